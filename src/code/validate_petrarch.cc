// Reading the PETRARCH validation suites (see validate_petrarch.h).
#include "code/validate_petrarch.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include "read/tabari_records.h"

namespace dyad::code {
namespace fs = std::filesystem;

namespace {

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// The first error libxml2 reports while parsing one document.
struct FirstError {
  int line = 0;
  std::string message;
  static void Handler(void* self, xmlErrorPtr e) {
    auto* f = static_cast<FirstError*>(self);
    if (e == nullptr || e->level == XML_ERR_WARNING || !f->message.empty()) return;
    f->line = e->line;
    f->message = e->message != nullptr ? e->message : "unknown error";
    while (!f->message.empty() && (f->message.back() == '\n' || f->message.back() == ' ')) f->message.pop_back();
  }
};

// Parses strictly (no network, no entity expansion); null on any error.
DocPtr ParseStrict(std::string_view xml, FirstError* error) {
  xmlInitParser();
  void* saved_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  xmlSetStructuredErrorFunc(error, &FirstError::Handler);
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc(saved_context, saved_handler);
  if (doc != nullptr && xmlDocGetRootElement(doc) == nullptr) {
    xmlFreeDoc(doc);
    doc = nullptr;
  }
  return DocPtr(doc);
}

// True when `i` starts the tag <NAME (followed by a space, '>' or '/').
bool TagAt(std::string_view s, size_t i, std::string_view open) {
  if (s.substr(i, open.size()) != open) return false;
  if (i + open.size() >= s.size()) return false;
  const char c = s[i + open.size()];
  return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n';
}

// The known defects of the Universal-PETRARCH files, undone (see ParsePetrarchSuite).
std::string Repair(std::string_view xml) {
  std::string out;
  size_t env = xml.find("<Environment");
  if (env != std::string_view::npos) {
    out = "<Validation>\n";
    xml.remove_prefix(env);
  }
  // Lines that start with <PLEvent are dropped.
  size_t i = 0;
  while (i < xml.size()) {
    size_t nl = xml.find('\n', i);
    const size_t end = nl == std::string_view::npos ? xml.size() : nl + 1;
    std::string_view line = xml.substr(i, end - i);
    const size_t b = line.find_first_not_of(" \t");
    if (b == std::string_view::npos || line.substr(b, 8) != "<PLEvent") out.append(line);
    i = end;
  }
  // Self-closed <Sentence .../> start tags are reopened when the counts say so.
  std::vector<size_t> slashes;
  size_t starts = 0, ends = 0;
  for (size_t k = out.find("<Sentence"); k != std::string::npos; k = out.find("<Sentence", k + 1)) {
    if (!TagAt(out, k, "<Sentence")) continue;
    ++starts;
    const size_t gt = out.find('>', k);
    if (gt != std::string::npos && out[gt - 1] == '/') slashes.push_back(gt - 1);
  }
  for (size_t k = out.find("</Sentence>"); k != std::string::npos; k = out.find("</Sentence>", k + 1)) ++ends;
  if (starts == ends) {
    for (size_t s : slashes) out[s] = ' ';
  }
  return out;
}

bool NameIs(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::optional<std::string> Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string Content(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string out = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Runs of white space become one space; none at either end.
std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep || (sep == ' ' && IsSpace(c))) {
      if (!Trim(cur).empty()) out.push_back(Trim(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!Trim(cur).empty()) out.push_back(Trim(cur));
  return out;
}

PetrarchEnvironment ReadEnvironment(xmlNode* env) {
  PetrarchEnvironment out;
  for (xmlNode* c = env->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string v = Trim(Content(c));
    if (NameIs(c, "Verbfile")) out.verbs = v;
    if (NameIs(c, "Actorfile")) out.actors = SplitList(v, ',');
    if (NameIs(c, "Agentfile")) out.agents = SplitList(v, ',');
    if (NameIs(c, "Discardfile")) out.discards = v;
    if (NameIs(c, "PICOfile")) out.pico = v;
    if (NameIs(c, "Include")) {
      for (std::string& cat : SplitList(v, ' '))
        if (cat != "valid") out.include.push_back(std::move(cat));
    }
  }
  return out;
}

// The sentence a CoNLL-U parse spells: its word forms, each followed by a space unless
// its MISC column says SpaceAfter=No (multiword-token and empty-node lines aside).
std::string TextOfConllu(std::string_view conllu) {
  std::string out;
  size_t i = 0;
  while (i < conllu.size()) {
    size_t nl = conllu.find('\n', i);
    if (nl == std::string_view::npos) nl = conllu.size();
    const std::string_view line = conllu.substr(i, nl - i);
    i = nl + 1;
    std::vector<std::string_view> cols;
    for (size_t b = 0; b <= line.size();) {
      size_t tab = line.find('\t', b);
      if (tab == std::string_view::npos) tab = line.size();
      cols.push_back(line.substr(b, tab - b));
      b = tab + 1;
    }
    if (cols.size() < 10 || cols[0].empty() || cols[0].find_first_of("-.") != std::string_view::npos) continue;
    out.append(cols[1]);
    if (cols[9].find("SpaceAfter=No") == std::string_view::npos) out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "<Config option="require_dyad" value="false">" as the option line "require_dyad = false".
std::optional<std::string> ConfigLine(xmlNode* n) {
  auto option = Attr(n, "option");
  if (!option || Trim(*option).empty()) return std::nullopt;
  return Trim(*option) + " = " + Trim(Attr(n, "value").value_or(""));
}

bool IsFalse(const std::optional<std::string>& v) {
  return v && (*v == "false" || *v == "False" || *v == "FALSE");
}

// One <Sentence> as a suite record; *why_unscored says why it is kNone, if it is.
Result<SuiteRecord> ReadRecord(xmlNode* s, const PetrarchEnvironment& env, std::string_view file, size_t n,
                               std::string* why_unscored) {
  SuiteRecord r;
  r.id = Attr(s, "id").value_or("");
  if (r.id.empty()) r.id = "sentence " + std::to_string(n);
  auto fail = [&](const std::string& what) { return InvalidArgument(std::string(file) + ": " + r.id + ": " + what); };
  r.category = Attr(s, "category").value_or("");
  const std::string date = Attr(s, "date").value_or("");
  std::optional<Date> d = Date::Parse(Trim(date));
  if (!d && Trim(date).size() == 6) d = read::TabariDate(Trim(date));  // YYMMDD, as TABARI reads it
  if (!d) return fail("no readable date (\"" + date + "\")");
  r.date = *d;
  bool have_text = false;
  std::string error;
  for (xmlNode* c = s->children; c != nullptr; c = c->next) {
    if (NameIs(c, "Text")) {
      have_text = true;
      r.text = Collapse(Content(c));
    } else if (NameIs(c, "Parse")) {
      const std::string p = Trim(Content(c));
      if (!p.empty() && p[0] != '(') r.conllu = p + "\n";  // CoNLL-U, not a Penn tree
    } else if (NameIs(c, "Config")) {
      if (auto option = ConfigLine(c)) r.options.push_back(std::move(*option));
    } else if (NameIs(c, "EventCoding")) {
      if (auto e = Attr(c, "error")) {
        error = Trim(*e);
        continue;
      }
      if (auto ne = Attr(c, "noevents"); ne && !IsFalse(ne)) continue;
      auto src = Attr(c, "sourcecode"), tgt = Attr(c, "targetcode"), code = Attr(c, "eventcode");
      if (!src || !tgt || !code) return fail("<EventCoding> without sourcecode, targetcode and eventcode");
      r.events.push_back({Trim(*src), Trim(*tgt), Trim(*code)});
    }
  }
  if (r.text.empty() && !r.conllu.empty()) r.text = TextOfConllu(r.conllu);
  if (!have_text || r.text.empty()) return fail("no <Text>");
  why_unscored->clear();
  if (IsFalse(Attr(s, "sentence"))) {
    *why_unscored = "sentence=\"false\" (not implemented upstream)";
  } else if (IsFalse(Attr(s, "evaluate"))) {
    *why_unscored = "evaluate=\"false\"";
  } else if (std::find(env.include.begin(), env.include.end(), r.category) == env.include.end()) {
    *why_unscored = "category not in <Include>";
  } else if (!error.empty() && error != "storydiscard" && error != "sentencediscard") {
    *why_unscored = "error=\"" + error + "\" (tests the given parse or input)";
  }
  if (!why_unscored->empty()) {
    r.expect = Expect::kNone;
  } else if (!error.empty()) {
    r.expect = Expect::kDiscard;
  } else {
    r.expect = Expect::kEvents;  // a record without <EventCoding> expects no event, as noevents does
  }
  return r;
}

}  // namespace

Result<PetrarchSuite> ParsePetrarchSuite(std::string_view xml, std::string_view file) {
  PetrarchSuite out;
  out.file = std::string(file);
  FirstError first;
  DocPtr doc = ParseStrict(xml, &first);
  if (doc == nullptr) {
    FirstError again;
    doc = ParseStrict(Repair(xml), &again);
    if (doc == nullptr) {
      return DataLoss(std::string(file) + ": line " + std::to_string(first.line) + ": " + first.message);
    }
    out.repaired = true;
  }
  // Depth-first in document order; a <Sentence> is not searched inside. <Config>
  // elements outside <Environment> are kept in order with the sentences.
  std::vector<xmlNode*> sentences;  // <Sentence> and <Config>
  xmlNode* env = nullptr;
  std::vector<xmlNode*> stack = {xmlDocGetRootElement(doc.get())};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (NameIs(node, "Sentence") || NameIs(node, "Config")) {
      sentences.push_back(node);
      continue;
    }
    if (NameIs(node, "Environment")) {
      if (env == nullptr) env = node;
      continue;
    }
    std::vector<xmlNode*> kids;
    for (xmlNode* c = node->children; c != nullptr; c = c->next)
      if (c->type == XML_ELEMENT_NODE) kids.push_back(c);
    stack.insert(stack.end(), kids.rbegin(), kids.rend());
  }
  if (env == nullptr) return InvalidArgument(std::string(file) + ": no <Environment> block");
  out.environment = ReadEnvironment(env);
  std::string why;
  std::vector<std::string> options;  // <Config> seen since the last record
  for (xmlNode* node : sentences) {
    if (NameIs(node, "Config")) {
      if (auto option = ConfigLine(node)) options.push_back(std::move(*option));
      continue;
    }
    ASSIGN_OR_RETURN(SuiteRecord r, ReadRecord(node, out.environment, file, out.records.size() + 1, &why));
    options.insert(options.end(), r.options.begin(), r.options.end());
    r.options = std::move(options);
    options.clear();
    if (!why.empty()) out.unscored[why]++;
    out.records.push_back(std::move(r));
  }
  return out;
}

namespace {

// The first 64 KiB of a file.
std::string Head(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string buf(64 << 10, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsPetrarchSuiteFile(std::string_view path) {
  std::error_code ec;
  const fs::path p{std::string(path)};
  if (!fs::is_regular_file(p, ec) || p.extension() != ".xml") return false;
  return Head(p).find("<Environment>") != std::string::npos;
}

Result<std::string> PetrarchSuitePath(std::string_view suite) {
  std::error_code ec;
  const fs::path p{std::string(suite)};
  if (fs::is_regular_file(p, ec)) return p.string();
  if (!fs::is_directory(p, ec)) return NotFound("no PETRARCH suite at " + p.string());
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(p, ec)) {
    const std::string name = e.path().filename().string();
    if (EndsWith(name, ".debug.xml") || !IsPetrarchSuiteFile(e.path().string())) continue;
    found.push_back(e.path().string());
  }
  std::sort(found.begin(), found.end());
  if (found.empty()) return NotFound("no PETRARCH suite file (.xml with <Environment>) in " + p.string());
  if (found.size() > 1) {
    std::string list;
    for (const std::string& f : found) list += " " + fs::path(f).filename().string();
    return InvalidArgument(p.string() + " holds several suite files; name one:" + list);
  }
  return found[0];
}

std::vector<std::string> PetrarchDictionaryCandidates(std::string_view records_file, std::string_view name) {
  const fs::path dir = fs::path(std::string(records_file)).parent_path();
  const std::string n(name);
  return {(dir / n).string(), (dir / ".." / "dictionaries" / n).lexically_normal().string(),
          (dir / ".." / "validate" / n).lexically_normal().string(),
          (dir / ".." / ".." / "petrarch2" / "dictionaries" / n).lexically_normal().string()};
}

Result<PetrarchSuite> ReadPetrarchSuite(std::string_view suite) {
  ASSIGN_OR_RETURN(std::string path, PetrarchSuitePath(suite));
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  ASSIGN_OR_RETURN(PetrarchSuite out, ParsePetrarchSuite(ss.str(), path));
  const PetrarchEnvironment& env = out.environment;
  std::vector<std::string> names;
  if (!env.verbs.empty()) names.push_back(env.verbs);
  names.insert(names.end(), env.actors.begin(), env.actors.end());
  names.insert(names.end(), env.agents.begin(), env.agents.end());
  if (!env.discards.empty()) names.push_back(env.discards);
  // The first of the places a file the environment names may be in that holds it.
  auto find = [&](const std::string& name, std::string_view what) -> Result<std::string> {
    for (const std::string& cand : PetrarchDictionaryCandidates(path, name)) {
      std::error_code ec;
      if (fs::is_regular_file(cand, ec)) return cand;
    }
    return NotFound(fmt::format("{}: {} {} is in none of the places looked in", path, what, name));
  };
  for (const std::string& name : names) {
    ASSIGN_OR_RETURN(std::string hit, find(name, "dictionary"));
    out.dictionaries.push_back(std::move(hit));
  }
  if (!env.pico.empty()) {
    ASSIGN_OR_RETURN(const std::string pico, find(env.pico, "coding ontology"));
    std::ifstream f(pico, std::ios::binary);
    std::ostringstream text;
    text << f.rdbuf();
    if (!f) return IoError("cannot read " + pico);
    out.intents = ReadIntentCodes(text.str());
  }
  return out;
}

std::string PetrarchDictSpec(const PetrarchSuite& suite) {
  std::string spec;
  for (const std::string& d : suite.dictionaries) {
    if (!spec.empty()) spec += ',';
    spec += d;
  }
  return spec;
}

}  // namespace dyad::code
