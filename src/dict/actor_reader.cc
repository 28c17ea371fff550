// Actor and agent dictionaries in the TABARI family (TABARI .actors/.agents and the
// PETRARCH actor and agent files, which extend the same layout).
#include <cctype>
#include <map>

#include "dict/reader_common.h"
#include "dict/readers.h"

namespace dyad::dict {
namespace {

Phrase ParsePhrase(std::string_view text, Notation notation) {
  return notation == Notation::kTabari ? TabariPhrase(text) : PlainPhrase(text, WordMatch::kEndings);
}

// Checks an actor once its block is complete.
void FinishActor(Model* model, size_t index) {
  if (index >= model->actors.size()) return;
  const Actor& a = model->actors[index];
  if (a.codes.empty()) {
    model->Warn(a.where, "actor '" + (a.phrases.empty() ? std::string() : a.phrases[0].written) + "' has no code");
    return;
  }
  for (size_t i = 0; i + 1 < a.codes.size(); ++i) {
    if (!a.codes[i].restricted()) {
      model->Warn(a.where, "unrestricted code [" + a.codes[i].code + "] before others: they never apply");
      break;
    }
  }
}

bool IsKeyword(std::string_view t, std::string_view kw) { return EqualsNoCase(Trim(t), kw); }

// TABARI's end of file: "FINISH", or "~~FINISH" followed by a time stamp.
bool IsFinish(std::string_view t) { return IsKeyword(t, "FINISH") || StartsWith(t, "~~FINISH"); }

}  // namespace

void ReadActors(std::string_view bytes, std::string_view path, Notation notation, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  const bool tabari = notation == Notation::kTabari;
  Lines lines(text);
  std::string_view raw;
  bool in_xml = false;
  enum { kActors, kNouns, kAdjectives } section = kActors;
  size_t current = static_cast<size_t>(-1);  // actor whose block is open
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view line = StripLine(raw, tabari, &in_xml);
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (tabari && IsFinish(t)) break;  // PETRARCH files have actors named FINISH
    if (t[0] == '<') {
      if (IsKeyword(t, "<NOUN>")) section = kNouns;
      else if (IsKeyword(t, "<ADJECTIVE>")) section = kAdjectives;
      else if (IsKeyword(t, "</NOUN>") || IsKeyword(t, "</ADJECTIVE>")) section = kActors;
      else model->Warn(where, "unknown tag " + std::string(t));
      continue;
    }
    if (section != kActors) {
      std::vector<DatedCode> ignored;
      std::string_view phrase = ParseCodeGroups(t, where, model, &ignored);
      (section == kNouns ? model->nouns : model->adjectives)
          .push_back(ParsePhrase(phrase, notation));
      continue;
    }
    const bool indented = std::isspace(static_cast<unsigned char>(line[0])) != 0;
    if (t[0] == '[') {  // a restriction line of the open block
      if (current >= model->actors.size()) {
        model->Warn(where, "code line outside an actor block");
        continue;
      }
      ParseCodeGroups(t, where, model, &model->actors[current].codes);
      continue;
    }
    if (t[0] == '+') {  // a synonym
      if (current >= model->actors.size()) {
        model->Warn(where, "synonym outside an actor block");
        continue;
      }
      Actor& a = model->actors[current];
      std::string_view phrase = ParseCodeGroups(t.substr(1), where, model, &a.codes);
      Phrase p = ParsePhrase(phrase, notation);
      if (p.words.empty()) {
        model->Warn(where, "empty synonym");
        continue;
      }
      a.phrases.push_back(std::move(p));
      continue;
    }
    if (indented) {
      model->Warn(where, "indented line is neither a code nor a synonym: " + std::string(t));
      continue;
    }
    Actor a;
    a.where = where;
    std::string_view phrase = ParseCodeGroups(t, where, model, &a.codes);
    Phrase p = ParsePhrase(phrase, notation);
    if (p.words.empty()) {
      model->Warn(where, "actor line without a phrase");
      continue;
    }
    // PETRARCH files list several primary phrases before the block's code lines
    // ("LEONID_BREZHNEV_" / "SECRETARY_BREZHNEV" / tab "[RUSGOV ...]"): a primary
    // phrase without a code joins a block that has no code yet.
    if (current < model->actors.size() && model->actors[current].codes.empty() && a.codes.empty()) {
      model->actors[current].phrases.push_back(std::move(p));
      ++model->actors[current].primaries;
      continue;
    }
    FinishActor(model, current);
    a.phrases.push_back(std::move(p));
    model->actors.push_back(std::move(a));
    current = model->actors.size() - 1;
  }
  FinishActor(model, current);
}

namespace {

// Parses "[~GOV]" / "[NGO~]" / "[GOV]" (treated as append) into *agent.
bool ParseAgentCode(std::string_view inside, SourceRef where, Model* model, Agent* agent) {
  std::string c;
  for (char ch : inside) {
    if (!std::isspace(static_cast<unsigned char>(ch))) c.push_back(ch);
  }
  agent->prefix = false;
  if (!c.empty() && c.front() == '~') {
    c.erase(0, 1);
  } else if (!c.empty() && c.back() == '~') {
    c.pop_back();
    agent->prefix = true;
  }
  if (!IsActorCode(c)) {
    model->Warn(where, "bad agent code [" + std::string(inside) + "]");
    return false;
  }
  agent->code = c;
  return true;
}

// Replaces each !MARKER! in `phrase`, from `from` on, by every one of its forms. A form is
// inserted as written: markers inside a form are not expanded again (that could recurse
// forever), and a phrase expanding to more than kMaxExpansions forms is cut with a warning.
constexpr size_t kMaxExpansions = 4096;

void Substitute(const std::string& phrase, size_t from,
                const std::map<std::string, std::vector<std::string>>& markers, SourceRef where,
                Model* model, std::vector<std::string>* out) {
  size_t open = phrase.find('!', from);
  if (open == std::string::npos) {
    if (out->size() < kMaxExpansions) out->push_back(phrase);
    return;
  }
  size_t close = phrase.find('!', open + 1);
  if (close == std::string::npos) {
    model->Warn(where, "unclosed !MARKER!");
    return;
  }
  auto it = markers.find(phrase.substr(open, close - open + 1));
  if (it == markers.end()) {
    model->Warn(where, "undefined marker " + phrase.substr(open, close - open + 1));
    return;
  }
  for (const std::string& form : it->second) {
    if (out->size() >= kMaxExpansions) {
      model->Warn(where, "marker expansion cut at " + std::to_string(kMaxExpansions) + " phrases");
      return;
    }
    Substitute(phrase.substr(0, open) + form + phrase.substr(close + 1), open + form.size(),
               markers, where, model, out);
  }
}

std::vector<std::string> Substitute(const std::string& phrase,
                                    const std::map<std::string, std::vector<std::string>>& markers,
                                    SourceRef where, Model* model) {
  std::vector<std::string> out;
  Substitute(phrase, 0, markers, where, model, &out);
  return out;
}

}  // namespace

void ReadAgents(std::string_view bytes, std::string_view path, Notation notation, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  const bool tabari = notation == Notation::kTabari;
  std::map<std::string, std::vector<std::string>> markers;
  Lines lines(text);
  std::string_view raw;
  bool in_xml = false;
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view t = Trim(StripLine(raw, tabari, &in_xml));
    if (t.empty()) continue;
    if (tabari && IsFinish(t)) break;  // PETRARCH files have actors named FINISH
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {  // !MARKER! = a, b, c
      size_t eq = t.find('=');
      std::string name(Trim(t.substr(0, eq)));
      std::vector<std::string>& forms = markers[name];
      forms.clear();
      std::string_view rest = t.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view f = Trim(rest.substr(0, comma));
        if (!f.empty()) forms.emplace_back(f);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      continue;
    }
    size_t open = t.find('[');
    size_t close = open == std::string_view::npos ? open : t.find(']', open);
    if (close == std::string_view::npos) {
      model->Warn(where, "agent line without [CODE]: " + std::string(t));
      continue;
    }
    Agent agent;
    agent.where = where;
    if (!ParseAgentCode(t.substr(open + 1, close - open - 1), where, model, &agent)) continue;
    std::string_view head = Trim(t.substr(0, open));
    // PETRARCH plural list: "PHRASE {PLURAL ...}" or "{}" for none.
    bool plural_given = false;
    std::vector<std::string> plurals;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        model->Warn(where, "unclosed '{'");
        continue;
      }
      plural_given = true;
      std::string_view list = head.substr(brace + 1, end - brace - 1);
      size_t i = 0;
      while (i < list.size()) {
        while (i < list.size() && std::isspace(static_cast<unsigned char>(list[i]))) ++i;
        size_t b = i;
        while (i < list.size() && !std::isspace(static_cast<unsigned char>(list[i]))) ++i;
        if (i > b) plurals.emplace_back(list.substr(b, i - b));
      }
      head = Trim(head.substr(0, brace));
    }
    std::vector<std::string> forms = Substitute(std::string(head), markers, where, model);
    const bool substituted = forms.size() != 1 || forms[0] != head;
    for (const std::string& f : forms) {
      Phrase p = tabari ? TabariPhrase(f)
                        : PlainPhrase(f, (plural_given || substituted) ? WordMatch::kExact : WordMatch::kEndings);
      if (!p.words.empty()) agent.phrases.push_back(std::move(p));
    }
    for (const std::string& f : plurals) agent.phrases.push_back(PlainPhrase(f, WordMatch::kExact));
    if (agent.phrases.empty()) {
      model->Warn(where, "agent without a phrase");
      continue;
    }
    model->agents.push_back(std::move(agent));
  }
}

}  // namespace dyad::dict
