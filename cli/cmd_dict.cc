// dyad dict lint|stats|compile|match [--dict SPEC]: the dictionary engine from the
// command line. lint lists every warning with file and line; stats counts entries;
// compile rebuilds the compiled cache; match prints every actor and agent mention in
// articles (plain text files, or JSON Lines with "text" and "date"), leftmost-longest,
// one a line: begin and end byte offsets, kind (actor, adj, person, agent, and with
// --compose "composed" for an actor or adjective followed by an agent), the code on the
// article's date, the text, and the dictionary phrase that matched.
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dict/load.h"
#include "dict/tokenize.h"
#include "util/input.h"

namespace dyad::cli {
namespace {

std::shared_ptr<const dict::Dictionary> LoadOrThrow(const std::string& spec, const dict::LoadOptions& opt,
                                                    dict::LoadInfo* info) {
  auto d = dict::Load(spec, opt, info);
  if (!d.ok()) throw CLI::RuntimeError("dict: " + d.status().ToString(), kExitFailure);
  return *d;
}

void Lint(const std::string& spec) {
  dict::LoadInfo info;
  auto m = dict::LoadModel(spec, &info);
  if (!m.ok()) throw CLI::RuntimeError("dict lint: " + m.status().ToString(), kExitFailure);
  for (const dict::Warning& w : m->warnings) std::printf("%s\n", m->Describe(w).c_str());
  std::fprintf(stderr, "dict lint: %zu files, %zu warnings\n", info.sources.size(), m->warnings.size());
  if (!m->warnings.empty()) throw CLI::RuntimeError(kExitBadRecords);
}

void Stats(const std::string& spec) {
  dict::LoadInfo info;
  auto start = std::chrono::steady_clock::now();
  auto d = LoadOrThrow(spec, {}, &info);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const dict::DictionaryStats s = d->Stats();
  for (const std::string& f : info.sources) std::printf("source          %s\n", f.c_str());
  std::printf("actors          %zu (%zu phrases)\n", s.actors, s.actor_phrases);
  std::printf("agents          %zu (%zu phrases)\n", s.agents, s.agent_phrases);
  std::printf("verb blocks     %zu (%zu verbs, %zu patterns)\n", s.verb_blocks, s.verbs, s.patterns);
  std::printf("synsets         %zu\n", s.synsets);
  std::printf("transformations %zu\n", s.transformations);
  std::printf("discards        %zu\n", s.discards);
  std::printf("issues          %zu\n", s.issues);
  std::printf("time shifts     %zu\n", s.time_shifts);
  std::printf("warnings        %zu\n", s.warnings);
  std::printf("trie            %zu nodes, %zu words, %.1f MB\n", s.trie_nodes, s.vocabulary,
             s.matcher_bytes / 1048576.0);
  std::fprintf(stderr, "loaded in %.3f s %s\n", secs,
               (info.from_cache ? "from " + info.cache_path : std::string("from source")).c_str());
}

void Compile(const std::string& spec) {
  dict::LoadInfo info;
  auto d = LoadOrThrow(spec, {.read_cache = false, .write_cache = true}, &info);
  if (info.cache_path.empty()) throw CLI::RuntimeError("dict compile: could not write a cache", kExitFailure);
  std::printf("%s\n", info.cache_path.c_str());
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

void MatchText(const dict::Dictionary& d, std::string_view id, std::string_view text, Date date, bool compose) {
  std::vector<dict::TextToken> toks = dict::SplitWords(text);
  std::vector<std::string_view> forms;
  forms.reserve(toks.size());
  for (const auto& t : toks) forms.push_back(text.substr(t.begin, t.end - t.begin));
  std::vector<dict::PhraseMatch> all = d.FindAll(forms);
  std::printf("# %.*s %s\n", static_cast<int>(id.size()), id.data(), date.ToString().c_str());
  const std::vector<dict::PhraseMatch> kept = dict::PhraseMatcher::LeftmostLongest(all);
  for (size_t i = 0; i < kept.size(); ++i) {
    const dict::PhraseMatch& m = kept[i];
    const dict::Entry& e = d.entry(m.id);
    uint32_t b = toks[m.begin].begin, end = toks[m.end - 1].end;
    std::string code(d.MentionCode({m.begin, m.end, m.id}, all, date));
    std::string phrase = d.PhraseOf(e).written;
    // An actor or adjective right before an agent composes with it: "Russian" + "Defense
    // Ministry" -> RUS + MIL = RUSMIL.
    if (compose && e.kind == dict::Entry::Kind::kActor && !code.empty() && i + 1 < kept.size() &&
        kept[i + 1].begin == m.end && d.entry(kept[i + 1].id).kind == dict::Entry::Kind::kAgent) {
      const dict::Entry& agent = d.entry(kept[i + 1].id);
      code = dict::ComposeAgent(code, d.model().agents[agent.index]);
      end = toks[kept[i + 1].end - 1].end;
      phrase += " + " + d.PhraseOf(agent).written;
      std::printf("%u\t%u\tcomposed\t%s\t%s\t%s\n", b, end, code.c_str(), OneLine(text.substr(b, end - b)).c_str(),
                  phrase.c_str());
      ++i;
      continue;
    }
    const char* kind = "agent";
    if (e.kind == dict::Entry::Kind::kActor) {
      switch (d.model().actors[e.index].kind) {
        case dict::ActorKind::kActor: kind = "actor"; break;
        case dict::ActorKind::kAdjective: kind = "adj"; break;
        case dict::ActorKind::kPerson: kind = "person"; break;
      }
    }
    std::printf("%u\t%u\t%s\t%s\t%s\t%s\n", b, end, kind, code.empty() ? "-" : code.c_str(),
                OneLine(text.substr(b, end - b)).c_str(), phrase.c_str());
  }
}

void Match(const std::string& spec, const std::vector<std::string>& files, const std::string& date_text,
           bool compose) {
  Date date{2000, 1, 1};
  if (!date_text.empty()) {
    auto d = Date::Parse(date_text);
    if (!d) throw CLI::RuntimeError("dict match: bad --date " + date_text, kExitFailure);
    date = *d;
  } else {
    auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    date = Date::FromDays(now.time_since_epoch().count());
  }
  auto dict = LoadOrThrow(spec, {}, nullptr);
  bool bad = false;
  for (const std::string& f : files) {
    auto in = OpenInput(f);
    if (!in.ok()) {
      std::fprintf(stderr, "%s: %s\n", f.c_str(), in.status().ToString().c_str());
      bad = true;
      continue;
    }
    auto bytes = ReadAll(**in);
    if (!bytes.ok()) {
      std::fprintf(stderr, "%s: %s\n", f.c_str(), bytes.status().ToString().c_str());
      bad = true;
      continue;
    }
    const bool jsonl = f.find(".jsonl") != std::string::npos;
    if (!jsonl) {
      const size_t slash = f.find_last_of('/');
      MatchText(*dict, slash == std::string::npos ? f : f.substr(slash + 1), *bytes, date, compose);
      continue;
    }
    std::string_view line;
    auto mem = OpenMemory(*bytes);
    LineReader reader(*mem);
    while (true) {
      auto more = reader.Next(&line);
      if (!more.ok() || !*more) break;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
        std::fprintf(stderr, "%s:%llu: not a JSON object with \"text\"\n", f.c_str(),
                     static_cast<unsigned long long>(reader.line_number()));
        bad = true;
        continue;
      }
      Date d = date;
      if (j.contains("date") && j["date"].is_string()) {
        if (auto p = Date::Parse(j["date"].get<std::string>())) d = *p;
      }
      std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                              : f + ":" + std::to_string(reader.line_number());
      MatchText(*dict, id, j["text"].get<std::string>(), d, compose);
    }
  }
  if (bad) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

CLI::Option* AddDictOption(CLI::App* cmd, std::string* spec) {
  return cmd->add_option("--dict", *spec,
                         "Dictionaries: a folder of dyad .dict files (default data/dict), a TABARI "
                         ".project, a PETRARCH config .ini or its folder, or one dictionary file");
}

void AddDictCommand(CLI::App& app) {
  auto* dict = app.add_subcommand("dict", "Check, count, compile and try dictionaries");
  dict->require_subcommand(1);
  static std::string spec, date;
  static bool compose = false;
  static std::vector<std::string> files;
  auto* lint = dict->add_subcommand("lint", "List every problem in the dictionaries, with file and line");
  AddDictOption(lint, &spec);
  lint->callback([] { Lint(spec); });
  auto* stats = dict->add_subcommand("stats", "Count entries, patterns and warnings");
  AddDictOption(stats, &spec);
  stats->callback([] { Stats(spec); });
  auto* compile = dict->add_subcommand("compile", "Rebuild the compiled cache beside the sources");
  AddDictOption(compile, &spec);
  compile->callback([] { Compile(spec); });
  auto* match = dict->add_subcommand("match", "Print every actor and agent mention in articles");
  AddDictOption(match, &spec);
  match->add_option("--date", date, "Date for date-dependent codes (YYYY-MM-DD; default today; "
                                    "JSON Lines records use their own \"date\")");
  match->add_option("files", files, "Text files, or JSON Lines with \"text\" (gzip/zstd welcome)")->required();
  match->add_flag("--compose", compose, "Compose an actor or adjective with the agent right after it "
                                        "(\"Russian\" + \"Defense Ministry\" -> RUSMIL) on one line");
  match->callback([] { Match(spec, files, date, compose); });
}

}  // namespace dyad::cli
