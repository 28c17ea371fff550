// Resolving a --dict SPEC to files, reading them with the right reader, and the compiled
// cache around that.
#include "dict/load.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/cache.h"
#include "dict/readers.h"
#include "util/ascii.h"

namespace dyad::dict {
namespace fs = std::filesystem;
namespace {

enum class Kind { kDyad, kActors, kAgents, kVerbs, kOptions, kDiscards, kIssues };

struct Source {
  std::string path;
  Kind kind;
  Notation notation;
};

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError("cannot read " + path);
  return ss.str();
}

bool Contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// The reader for a single file, from its name.
Result<Source> Classify(const fs::path& p) {
  const std::string name = AsciiLower(p.filename().string());
  const std::string ext = AsciiLower(p.extension().string());
  if (ext == ".dict") return Source{p.string(), Kind::kDyad, Notation::kPetrarch};
  if (ext == ".actors") return Source{p.string(), Kind::kActors, Notation::kTabari};
  if (ext == ".agents") return Source{p.string(), Kind::kAgents, Notation::kTabari};
  if (ext == ".verbs") return Source{p.string(), Kind::kVerbs, Notation::kTabari};
  if (ext == ".options") return Source{p.string(), Kind::kOptions, Notation::kTabari};
  if (ext == ".txt") {
    if (Contains(name, "actors")) return Source{p.string(), Kind::kActors, Notation::kPetrarch};
    if (Contains(name, "agents")) return Source{p.string(), Kind::kAgents, Notation::kPetrarch};
    if (Contains(name, "discards")) return Source{p.string(), Kind::kDiscards, Notation::kPetrarch};
    if (Contains(name, "issue")) return Source{p.string(), Kind::kIssues, Notation::kPetrarch};
    return Source{p.string(), Kind::kVerbs, Notation::kPetrarch};
  }
  return Unsupported("not a dictionary file dyad knows: " + p.string());
}

// Finds a file a PETRARCH config names.
std::string FindBeside(const fs::path& dir, const std::string& name) {
  for (const fs::path& cand : {dir / name, dir.parent_path() / "dictionaries" / name, dir / "dictionaries" / name,
                               dir.parent_path() / "data" / "dictionaries" / name}) {
    std::error_code ec;
    if (fs::is_regular_file(cand, ec)) return cand.string();
  }
  return (dir / name).string();
}

// Expands SPEC into sources; project and config files are read here (into *model).
Status Plan(const std::string& spec, Model* model, std::vector<Source>* out, std::vector<std::string>* read) {
  std::error_code ec;
  fs::path p(spec);
  // A comma-separated list of SPECs (a validation suite's dictionary files) is each of them in turn.
  if (const size_t comma = spec.find(','); comma != std::string::npos && !fs::exists(p, ec)) {
    RETURN_IF_ERROR(Plan(spec.substr(0, comma), model, out, read));
    return Plan(spec.substr(comma + 1), model, out, read);
  }
  if (fs::is_directory(p, ec)) {
    std::vector<fs::path> dicts, inis, projects;
    for (const auto& e : fs::directory_iterator(p, ec)) {
      const std::string ext = AsciiLower(e.path().extension().string());
      if (ext == ".dict") dicts.push_back(e.path());
      if (ext == ".ini") inis.push_back(e.path());
      if (ext == ".project") projects.push_back(e.path());
    }
    std::sort(dicts.begin(), dicts.end());
    std::sort(inis.begin(), inis.end());
    std::sort(projects.begin(), projects.end());
    if (!dicts.empty()) {
      for (const fs::path& d : dicts) out->push_back({d.string(), Kind::kDyad, Notation::kPetrarch});
      return Status::Ok();
    }
    if (!inis.empty()) return Plan(inis[0].string(), model, out, read);
    if (!projects.empty()) return Plan(projects[0].string(), model, out, read);
    return NotFound("no .dict, .ini or .project file in " + spec);
  }
  if (!fs::is_regular_file(p, ec)) return NotFound("no such dictionary: " + spec);
  const std::string ext = AsciiLower(p.extension().string());
  if (ext == ".project" || ext == ".ini") {
    ASSIGN_OR_RETURN(std::string bytes, ReadFile(spec));
    read->push_back(spec);
    const fs::path dir = p.parent_path();
    auto add = [&](const std::string& name, Kind kind, Notation n) {
      if (name.empty()) return;
      std::string path = ext == ".ini" ? FindBeside(dir, name) : (dir / name).string();
      if (!fs::is_regular_file(path, ec)) {
        model->Warn({0, 0}, "missing dictionary file " + path);
        return;
      }
      out->push_back({path, kind, n});
    };
    if (ext == ".project") {
      TabariProject tp = ReadTabariProject(bytes, spec, model);
      add(tp.options, Kind::kOptions, Notation::kTabari);
      add(tp.actors, Kind::kActors, Notation::kTabari);
      add(tp.agents, Kind::kAgents, Notation::kTabari);
      add(tp.verbs, Kind::kVerbs, Notation::kTabari);
    } else {
      PetrarchConfig pc = ReadPetrarchConfig(bytes, spec, model);
      for (const std::string& a : pc.actors) add(a, Kind::kActors, Notation::kPetrarch);
      add(pc.agents, Kind::kAgents, Notation::kPetrarch);
      add(pc.verbs, Kind::kVerbs, Notation::kPetrarch);
      add(pc.discards, Kind::kDiscards, Notation::kPetrarch);
      add(pc.issues, Kind::kIssues, Notation::kPetrarch);
    }
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(Source s, Classify(p));
  out->push_back(std::move(s));
  return Status::Ok();
}

void ReadSource(const Source& s, std::string_view bytes, Model* model) {
  switch (s.kind) {
    case Kind::kDyad: return ReadDyad(bytes, s.path, model);
    case Kind::kActors: return ReadActors(bytes, s.path, s.notation, model);
    case Kind::kAgents: return ReadAgents(bytes, s.path, s.notation, model);
    case Kind::kVerbs: return ReadVerbs(bytes, s.path, s.notation, model);
    case Kind::kOptions: return ReadTabariOptions(bytes, s.path, model);
    case Kind::kDiscards: return ReadDiscards(bytes, s.path, model);
    case Kind::kIssues: return ReadIssues(bytes, s.path, model);
  }
}

struct Loaded {
  Model config;  // project/ini contents and their warnings
  std::vector<Source> sources;
  std::vector<std::string> bytes;
  uint64_t checksum = 0;
};

Result<Loaded> ReadSources(std::string_view spec, LoadInfo* info) {
  Loaded l;
  std::vector<std::string> read;
  std::string s = spec.empty() ? DefaultDictSpec() : std::string(spec);
  RETURN_IF_ERROR(Plan(s, &l.config, &l.sources, &read));
  l.checksum = Checksum64(std::to_string(kCacheVersion));
  for (const std::string& r : read) {
    ASSIGN_OR_RETURN(std::string b, ReadFile(r));
    l.checksum = Checksum64(b, Checksum64(r, l.checksum));
  }
  for (const Source& src : l.sources) {
    ASSIGN_OR_RETURN(std::string b, ReadFile(src.path));
    l.checksum = Checksum64(b, Checksum64(src.path, l.checksum));
    l.bytes.push_back(std::move(b));
    read.push_back(src.path);
  }
  if (info) info->sources = read;
  return l;
}

Model Parse(Loaded& l) {
  Model m = std::move(l.config);
  for (size_t i = 0; i < l.sources.size(); ++i) ReadSource(l.sources[i], l.bytes[i], &m);
  return m;
}

// Candidate cache paths: beside dyad's own .dict sources, then the user's cache folder.
// Foreign dictionaries (TABARI, PETRARCH) belong to another project's tree, which dyad
// treats as read-only: their cache goes to the user's cache folder only.
std::vector<std::string> CachePaths(const std::string& spec, bool own_format) {
  std::vector<std::string> paths;
  std::error_code ec;
  fs::path p(spec);
  if (own_format) paths.push_back(fs::is_directory(p, ec) ? (p / "dyad-dict.dyc").string() : spec + ".dyc");
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  fs::path dir = xdg && *xdg ? fs::path(xdg) / "dyad" : home && *home ? fs::path(home) / ".cache" / "dyad" : fs::path();
  if (!dir.empty()) {
    std::string abs = fs::weakly_canonical(fs::absolute(p, ec), ec).string();
    char name[40];
    std::snprintf(name, sizeof name, "dict-%016llx.dyc", static_cast<unsigned long long>(Checksum64(abs)));
    paths.push_back((dir / name).string());
  }
  return paths;
}

}  // namespace

std::string DefaultDictSpec() {
  std::error_code ec;
  if (fs::is_directory("data/dict", ec)) return "data/dict";
  return std::string(DYAD_SOURCE_DIR) + "/data/dict";
}

Result<Model> LoadModel(std::string_view spec, LoadInfo* info) {
  ASSIGN_OR_RETURN(Loaded l, ReadSources(spec, info));
  return Parse(l);
}

Result<std::shared_ptr<const Dictionary>> Load(std::string_view spec, const LoadOptions& options, LoadInfo* info) {
  LoadInfo local;
  if (info == nullptr) info = &local;
  ASSIGN_OR_RETURN(Loaded l, ReadSources(spec, info));
  const std::string s = spec.empty() ? DefaultDictSpec() : std::string(spec);
  bool own = !l.sources.empty();
  for (const Source& src : l.sources) own &= src.kind == Kind::kDyad;
  const std::vector<std::string> caches = CachePaths(s, own);
  Dictionary::Builder builder;
  if (options.read_cache) {
    for (const std::string& c : caches) {
      Result<std::string> bytes = ReadFile(c);
      if (!bytes.ok()) continue;
      Result<Model> m = DeserializeModel(*bytes, l.checksum);
      if (!m.ok()) {
        info->cache_problem = c + ": " + m.status().message();
        continue;
      }
      info->from_cache = true;
      info->cache_path = c;
      builder.Add(std::move(m).value());
      return builder.Finish();
    }
  }
  builder.Add(Parse(l));
  if (options.write_cache) {
    const std::string bytes = SerializeModel(builder.model(), l.checksum);
    for (const std::string& c : caches) {
      std::error_code ec;
      fs::create_directories(fs::path(c).parent_path(), ec);
      if (WriteFileAtomically(c, bytes).ok()) {
        info->cache_path = c;
        break;
      }
    }
  }
  return builder.Finish();
}

}  // namespace dyad::dict
