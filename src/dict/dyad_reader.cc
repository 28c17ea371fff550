// dyad's own dictionary format (docs/dictionaries.md): entries opened in column 1
// (`actor CODE`, `person NAME`, `agent CODE`, `generic ...`, `modifier WORD CODE`,
// `event CODE`), fields on indented lines, values separated by ';'. Each entry becomes
// model actors, agents or one verb block; a person's roles become dated codes with ELI
// between and after terms; an event's verb and noun alternatives become verb forms with
// generated inflections and, where they name complement words or a preposition, patterns.
#include <algorithm>
#include <cctype>
#include <map>

#include "dict/cameo_codes.h"
#include "dict/inflect.h"
#include "dict/reader_common.h"
#include "dict/readers.h"

namespace dyad::dict {
namespace {

std::vector<std::string> SplitList(std::string_view v) {
  std::vector<std::string> out;
  while (true) {
    size_t semi = v.find(';');
    std::string_view item = Trim(v.substr(0, semi));
    if (!item.empty()) out.emplace_back(item);
    if (semi == std::string_view::npos) break;
    v = v.substr(semi + 1);
  }
  return out;
}

// "PHRASE [CODE]" -> phrase and code.
bool PhraseWithCode(std::string_view v, std::string* phrase, std::string* code) {
  size_t open = v.rfind('[');
  size_t close = open == std::string_view::npos ? open : v.find(']', open);
  if (close == std::string_view::npos) return false;
  *phrase = std::string(Trim(v.substr(0, open)));
  *code = std::string(Trim(v.substr(open + 1, close - open - 1)));
  return !phrase->empty() && IsActorCode(*code);
}

bool ParseDay(std::string_view s, int32_t* day) {
  auto d = Date::Parse(s);
  if (!d) return false;
  *day = static_cast<int32_t>(d->ToDays());
  return true;
}

struct Entry {
  std::string keyword, head;
  SourceRef where;
  std::vector<std::pair<std::string, std::string>> fields;
  std::vector<SourceRef> field_where;
};

// What a file's `event` entries have defined so far, to warn about repeats.
struct EventIndex {
  std::map<std::string, uint32_t> codes;                                // code -> line
  std::map<std::string, std::pair<std::string, uint32_t>> alternatives;  // key -> code, line
};

bool IsLemma(std::string_view w) {
  if (w.empty() || w.front() == '-' || w.back() == '-') return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == '\''; });
}

bool IsEventCodeSyntax(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One verb or noun alternative: "pay visit [to]" -> words {pay, visit}, prep "to".
struct Alternative {
  std::vector<std::string> words;  // the lemma, then lemmas its complement must hold
  std::string prep;                // the target's preposition; "-" none; "" direct object
};

// Parses one alternative; returns what is wrong with it, or "" when it is well formed.
std::string ParseAlternative(std::string_view text, Alternative* alt) {
  const size_t opens = std::count(text.begin(), text.end(), '[');
  const size_t closes = std::count(text.begin(), text.end(), ']');
  if (opens != closes) return "unbalanced brackets in '" + std::string(text) + "'";
  if (opens > 1) return "more than one [prep] in '" + std::string(text) + "'";
  std::string_view words = text;
  if (opens == 1) {
    const size_t open = text.find('['), close = text.find(']');
    if (close < open) return "unbalanced brackets in '" + std::string(text) + "'";
    if (close + 1 != text.size()) return "[prep] must end the alternative: '" + std::string(text) + "'";
    alt->prep = std::string(Trim(text.substr(open + 1, close - open - 1)));
    if (alt->prep != "-" && !IsLemma(alt->prep)) return "bad preposition [" + alt->prep + "]";
    words = Trim(text.substr(0, open));
  }
  for (size_t i = 0; i < words.size();) {
    const size_t end = std::min(words.find_first_of(" \t", i), words.size());
    if (end > i) alt->words.emplace_back(words.substr(i, end - i));
    i = end + 1;
  }
  if (alt->words.empty()) return "no lemma in '" + std::string(text) + "'";
  for (const std::string& w : alt->words) {
    if (!IsLemma(w)) return "'" + w + "' is not a lower-case lemma";
  }
  return "";
}

// Adds one alternative to block `b` as a verb form and, when it names complement words
// or a preposition, a pattern: [*lemma, word..., (prep +)], or [$, *lemma, word...] for
// "[-]" (the source alone, no target).
void AddAlternative(const Alternative& alt, bool noun, SourceRef where, VerbBlock* b) {
  VerbForm v;
  v.words = {alt.words[0]};
  v.forms = noun ? NounInflections(alt.words[0]) : VerbInflections(alt.words[0]);
  v.noun = noun;
  if (alt.words.size() == 1 && alt.prep.empty()) {
    v.has_code = true;
    v.code = b->code;
  } else {
    VerbPattern p;
    p.code = b->code;
    p.where = where;
    auto item = [](PatternItem::Kind kind, std::string word = "") {
      PatternItem it;
      it.kind = kind;
      it.word.text = std::move(word);
      return it;
    };
    if (alt.prep == "-") p.items.push_back(item(PatternItem::Kind::kSource));
    p.items.push_back(item(PatternItem::Kind::kVerb, alt.words[0]));
    for (size_t i = 1; i < alt.words.size(); ++i) p.items.push_back(item(PatternItem::Kind::kWord, alt.words[i]));
    if (!alt.prep.empty() && alt.prep != "-") {
      PatternItem pp = item(PatternItem::Kind::kPrepPhrase);
      pp.children.push_back({item(PatternItem::Kind::kWord, alt.prep), item(PatternItem::Kind::kTarget)});
      p.items.push_back(std::move(pp));
    }
    b->patterns.push_back(std::move(p));
  }
  b->verbs.push_back(std::move(v));
}

// `event CODE` with `verb`, `noun` and `pair` fields: one verb block named by the code.
void EmitEvent(const Entry& e, EventIndex* index, Model* model) {
  auto warn = [&](size_t i, std::string msg) { model->Warn(e.field_where[i], std::move(msg)); };
  if (!IsEventCodeSyntax(e.head) || !IsCameoEventCode(e.head))
    return model->Warn(e.where, "unknown CAMEO event code '" + e.head + "'");
  if (auto [it, fresh] = index->codes.emplace(e.head, e.where.line); !fresh)
    return model->Warn(e.where, "event " + e.head + " already defined on line " + std::to_string(it->second));
  VerbBlock b;
  b.name = e.head;
  b.code.code = e.head;
  b.where = e.where;
  for (size_t i = 0; i < e.fields.size(); ++i) {
    const auto& [k, v] = e.fields[i];
    if (k == "pair") {
      if (!b.code.paired.empty()) warn(i, "event " + e.head + " has more than one pair");
      else if (!IsEventCodeSyntax(v) || !IsCameoEventCode(v)) warn(i, "unknown CAMEO event code '" + v + "' in pair");
      else b.code.paired = v;
    } else if (k != "verb" && k != "noun") {
      warn(i, "unknown event field '" + k + "'");
    }
  }
  for (size_t i = 0; i < e.fields.size(); ++i) {
    const auto& [k, v] = e.fields[i];
    if (k != "verb" && k != "noun") continue;
    std::vector<std::string> items = SplitList(v);
    if (items.empty()) warn(i, "empty " + k + " list");
    for (const std::string& text : items) {
      Alternative alt;
      if (std::string problem = ParseAlternative(text, &alt); !problem.empty()) {
        warn(i, problem);
        continue;
      }
      std::string key = k;
      for (const std::string& w : alt.words) key += " " + w;
      key += " [" + alt.prep + "]";
      auto [it, fresh] = index->alternatives.emplace(key, std::make_pair(e.head, e.field_where[i].line));
      if (!fresh) {
        warn(i, k + " '" + text + "' already in event " + it->second.first + " on line " + std::to_string(it->second.second));
        continue;
      }
      AddAlternative(alt, k == "noun", e.field_where[i], &b);
    }
  }
  if (b.verbs.empty()) return model->Warn(e.where, "event " + e.head + " has no verb or noun");
  model->verbs.push_back(std::move(b));
}

void Emit(const Entry& e, EventIndex* events, Model* model) {
  auto warn = [&](size_t i, std::string msg) { model->Warn(e.field_where[i], std::move(msg)); };
  if (e.keyword == "event") return EmitEvent(e, events, model);
  if (e.keyword == "actor") {
    if (!IsActorCode(e.head)) return model->Warn(e.where, "bad actor code '" + e.head + "'");
    Actor names, adjs;
    names.where = adjs.where = e.where;
    adjs.kind = ActorKind::kAdjective;
    names.codes.push_back({e.head});
    adjs.codes.push_back({e.head});
    std::vector<std::pair<std::string, std::string>> subs;
    std::vector<Actor> seats;
    for (size_t i = 0; i < e.fields.size(); ++i) {
      const auto& [k, v] = e.fields[i];
      if (k == "name" || k == "capital") {
        for (const std::string& p : SplitList(v)) names.phrases.push_back(TextPhrase(p, WordMatch::kExact));
      } else if (k == "adj") {
        for (const std::string& p : SplitList(v)) adjs.phrases.push_back(TextPhrase(p, WordMatch::kExact));
      } else if (k == "seat" || k == "sub") {
        for (const std::string& item : SplitList(v)) {
          std::string phrase, code;
          if (!PhraseWithCode(item, &phrase, &code)) {
            warn(i, k + " needs 'PHRASE [CODE]': " + item);
            continue;
          }
          if (k == "sub") {
            subs.emplace_back(phrase, code);
          } else {
            Actor s;
            s.where = e.field_where[i];
            s.codes.push_back({code});
            s.phrases.push_back(TextPhrase(phrase, WordMatch::kExact));
            seats.push_back(std::move(s));
          }
        }
      } else if (k == "country") {
        if (!IsActorCode(v)) warn(i, "bad country code '" + v + "'");
        names.country = adjs.country = v;
      } else if (k == "kind") {
        static constexpr std::string_view kKinds[] = {"country", "territory", "igo", "ngo", "region",
                                                      "group", "company", "media"};
        if (std::find(std::begin(kKinds), std::end(kKinds), v) == std::end(kKinds)) warn(i, "unknown kind '" + v + "'");
      } else {
        warn(i, "unknown actor field '" + k + "'");
      }
    }
    for (const auto& [phrase, code] : subs) {
      Actor s;
      s.where = e.where;
      s.country = names.country;
      s.codes.push_back({code});
      s.phrases.push_back(TextPhrase(phrase, WordMatch::kExact));
      for (const Actor* a : {&names, &adjs}) {
        for (const Phrase& p : a->phrases) s.phrases.push_back(TextPhrase(p.written + " " + phrase, WordMatch::kExact));
      }
      model->actors.push_back(std::move(s));
    }
    for (Actor& s : seats) model->actors.push_back(std::move(s));
    if (names.phrases.empty()) model->Warn(e.where, "actor " + e.head + " has no name");
    else model->actors.push_back(std::move(names));
    if (!adjs.phrases.empty()) model->actors.push_back(std::move(adjs));
  } else if (e.keyword == "person") {
    Actor p;
    p.kind = ActorKind::kPerson;
    p.where = e.where;
    p.phrases.push_back(TextPhrase(e.head, WordMatch::kExact));
    std::vector<DatedCode> roles;
    for (size_t i = 0; i < e.fields.size(); ++i) {
      const auto& [k, v] = e.fields[i];
      if (k == "name") {
        for (const std::string& n : SplitList(v)) {
          if (n != e.head) p.phrases.push_back(TextPhrase(n, WordMatch::kExact));
        }
      } else if (k == "gender") {
        if (v != "m" && v != "f") warn(i, "gender is m or f");
      } else if (k == "role") {
        std::string_view r = v;
        size_t sp = r.find_first_of(" \t");
        std::string code(r.substr(0, sp));
        std::string_view rest = sp == std::string_view::npos ? std::string_view() : Trim(r.substr(sp));
        size_t sp2 = rest.find_first_of(" \t");
        std::string_view term = rest.substr(0, sp2);
        size_t dots = term.find("..");
        DatedCode dc{code};
        if (!IsActorCode(code) || dots == std::string_view::npos ||
            (dots > 0 && !ParseDay(term.substr(0, dots), &dc.from)) ||
            (dots + 2 < term.size() && !ParseDay(term.substr(dots + 2), &dc.to)) || dc.from > dc.to) {
          warn(i, "role is 'CODE FROM..TO TITLE': " + v);
          continue;
        }
        roles.push_back(dc);
      } else {
        warn(i, "unknown person field '" + k + "'");
      }
    }
    if (roles.empty()) model->Warn(e.where, "person " + e.head + " has no role");
    // Roles first (first match wins), then former-office ELI codes after each term,
    // latest first so that the most recent office before a date decides.
    std::vector<DatedCode> eli;
    for (const DatedCode& r : roles) {
      if (r.to != kMaxDay) eli.push_back({r.code.substr(0, 3) + "ELI", r.to + 1, kMaxDay});
    }
    std::sort(eli.begin(), eli.end(), [](const DatedCode& a, const DatedCode& b) { return a.from > b.from; });
    p.codes = roles;
    p.codes.insert(p.codes.end(), eli.begin(), eli.end());
    model->actors.push_back(std::move(p));
  } else if (e.keyword == "agent") {
    Agent a;
    a.where = e.where;
    a.code = e.head;
    if (!IsActorCode(a.code)) return model->Warn(e.where, "bad agent code '" + e.head + "'");
    for (size_t i = 0; i < e.fields.size(); ++i) {
      const auto& [k, v] = e.fields[i];
      if (k == "noun") {
        for (const std::string& n : SplitList(v)) {
          size_t slash = n.find('/');
          if (slash == std::string::npos) {
            a.phrases.push_back(TextPhrase(n, WordMatch::kEndings));
          } else {
            a.phrases.push_back(TextPhrase(n.substr(0, slash), WordMatch::kExact));
            a.phrases.push_back(TextPhrase(n.substr(slash + 1), WordMatch::kExact));
          }
        }
      } else if (k == "mode") {
        if (v == "prefix") a.prefix = true;
        else if (v != "append") warn(i, "mode is append or prefix");
      } else {
        warn(i, "unknown agent field '" + k + "'");
      }
    }
    if (a.phrases.empty()) return model->Warn(e.where, "agent " + e.head + " has no noun");
    model->agents.push_back(std::move(a));
  } else if ((e.keyword == "generic" || e.keyword == "modifier") && !e.fields.empty()) {
    warn(0, e.keyword + " takes no fields");
  }
  if (e.keyword == "actor" || e.keyword == "person" || e.keyword == "agent") {
    return;
  } else if (e.keyword == "generic") {
    for (const std::string& g : SplitList(e.head)) model->generics.push_back(g);
  } else if (e.keyword == "modifier") {
    size_t sp = e.head.find_last_of(" \t");
    std::string code = sp == std::string::npos ? "" : e.head.substr(sp + 1);
    if (!IsActorCode(code)) return model->Warn(e.where, "modifier is 'WORD CODE'");
    model->modifiers[std::string(Trim(e.head.substr(0, sp)))] = code;
  } else {
    model->Warn(e.where, "unknown entry '" + e.keyword + "'");
  }
}

}  // namespace

void ReadDyad(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  Lines lines(text);
  std::string_view raw;
  Entry entry;
  EventIndex events;
  bool open = false;
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view line = CutComment(raw, "#");
    if (Trim(line).empty()) continue;
    const bool indented = std::isspace(static_cast<unsigned char>(line[0])) != 0;
    std::string_view t = Trim(line);
    size_t sp = t.find_first_of(" \t");
    std::string key(t.substr(0, sp));
    std::string value(sp == std::string_view::npos ? std::string_view() : Trim(t.substr(sp)));
    if (!indented) {
      if (open) Emit(entry, &events, model);
      entry = Entry{key, value, where, {}, {}};
      open = true;
      if (value.empty()) model->Warn(where, "entry '" + key + "' without a head");
      continue;
    }
    if (!open) {
      model->Warn(where, "field outside an entry");
      continue;
    }
    entry.fields.emplace_back(key, value);
    entry.field_where.push_back(where);
  }
  if (open) Emit(entry, &events, model);
}

}  // namespace dyad::dict
