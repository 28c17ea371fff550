// dyad's own dictionary format (docs/dictionaries.md): entries opened in column 1
// (`actor CODE`, `person NAME`, `agent CODE`, `generic ...`, `modifier WORD CODE`),
// fields on indented lines, values separated by ';'. Each entry becomes model actors
// and agents; a person's roles become dated codes with ELI between and after terms.
#include <algorithm>
#include <cctype>

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

void Emit(const Entry& e, Model* model) {
  auto warn = [&](size_t i, std::string msg) { model->Warn(e.field_where[i], std::move(msg)); };
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
      if (open) Emit(entry, model);
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
  if (open) Emit(entry, model);
}

}  // namespace dyad::dict
