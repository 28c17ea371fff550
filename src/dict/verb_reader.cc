// Verb dictionaries: TABARI .verbs, PETRARCH-1 verb patterns and PETRARCH 2 CAMEO verbs.
// One reader serves all three because they share their skeleton (synsets, verbs with
// forms, "- ... * ... [CODE]" patterns); what differs is recognised line by line:
// a TABARI root line opens its own block, a PETRARCH "--- NAME [CODE] ---" header opens a
// block that the following verb lines join, and pattern elements are parsed by one
// grammar that covers TABARI's { a | b } alternatives and connectors as well as
// PETRARCH 2's {MOD HEAD} noun phrases and (PREP NOUN) prepositional phrases.
#include <algorithm>
#include <cctype>

#include "dict/reader_common.h"
#include "dict/pattern_parser.h"
#include "dict/readers.h"
#include "dict/tokenize.h"

namespace dyad::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Regular verb forms: +S/ES, +ED/D, +ING (final E dropped after a consonant).
std::vector<std::string> RegularForms(const std::string& v) {
  std::vector<std::string> f{v};
  if (v.empty()) return f;
  const char last = v.back();
  const bool ends_e = last == 'e';
  const bool sibilant = last == 's' || last == 'x' || last == 'z' ||
                        (v.size() > 1 && last == 'h' && (v[v.size() - 2] == 'c' || v[v.size() - 2] == 's'));
  f.push_back(sibilant ? v + "es" : v + "s");
  f.push_back(ends_e ? v + "d" : v + "ed");
  if (ends_e && v.size() > 1 && std::string_view("aeiou").find(v[v.size() - 2]) == std::string_view::npos)
    f.push_back(v.substr(0, v.size() - 1) + "ing");
  else
    f.push_back(v + "ing");
  if (ends_e) f.push_back(v + "n");  // TABARI's EN ending: taken/given style participles
  return f;
}

int CountVerbMarks(const std::vector<PatternItem>& items) {
  int n = 0;
  for (const PatternItem& it : items) n += it.kind == PatternItem::Kind::kVerb;
  return n;
}

// Splits "TEXT [CODE]" at its last bracket group; returns false without one.
bool SplitCode(std::string_view t, std::string_view* body, std::string_view* code) {
  size_t close = t.rfind(']');
  size_t open = close == std::string_view::npos ? close : t.rfind('[', close);
  if (open == std::string_view::npos) return false;
  *body = Trim(t.substr(0, open));
  *code = t.substr(open + 1, close - open - 1);
  return true;
}

// True when two patterns are written alike (their items, word by word and bracket by bracket).
bool SameItems(const std::vector<PatternItem>& a, const std::vector<PatternItem>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const PatternItem &x = a[i], &y = b[i];
    if (x.kind != y.kind || !(x.word == y.word) || x.name != y.name || x.children.size() != y.children.size())
      return false;
    for (size_t k = 0; k < x.children.size(); ++k)
      if (!SameItems(x.children[k], y.children[k])) return false;
  }
  return true;
}

// The verb a PETRARCH pattern line's comment names: the first word after the '#' that
// follows its [CODE], lower-cased ("- * &TREATY [057] # RATIFY" -> "ratify"); empty when
// there is no comment or it opens with something else (initials, a date, a note).
std::string CommentVerb(std::string_view raw) {
  const size_t close = raw.rfind(']');
  if (close == std::string_view::npos) return {};
  const size_t hash = raw.find('#', close);
  if (hash == std::string_view::npos) return {};
  size_t i = hash + 1;
  while (i < raw.size() && IsBlank(raw[i])) ++i;
  std::string name;
  for (; i < raw.size() && (std::isupper(static_cast<unsigned char>(raw[i])) || raw[i] == '_'); ++i)
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i]))));
  // A name runs to a blank, a comma or the line's end ("# WITHDRAW , WITHDRAW"), not into
  // other characters ("# CONNECT-08", "# Tony").
  if (i < raw.size() && !IsBlank(raw[i]) && raw[i] != ',' && raw[i] != '\r' && raw[i] != '\n') return {};
  return name;
}

class VerbFileReader {
 public:
  VerbFileReader(uint32_t file, Notation notation, Model* model)
      : file_(file), tabari_(notation == Notation::kTabari), model_(model) {}

  void Line(std::string_view raw, uint32_t number) {
    where_ = {file_, number};
    raw_ = raw;
    std::string_view line = StripLine(raw, tabari_, &in_xml_);
    std::string_view t = Trim(line);
    if (t.empty()) return;
    if (StartsWith(t, "####") || StartsWith(t, "====")) {  // section rulers in PETRARCH files
      synset_ = -1;
      return;
    }
    if (t[0] == '<') return Tag(t);
    if (section_ == kSkip) return;
    if (section_ == kTime) return TimeLine(t);
    if (section_ == kIssues) return IssueLine(t);
    if (t[0] == '&') return StartSynset(t);
    if (t[0] == '+' && synset_ >= 0) return SynsetMember(t);
    if (t[0] == '~') return Transformation(t);
    if (StartsWith(t, "---")) return BlockHeader(t);
    if (t[0] == '-') return Pattern(t);
    if (t[0] == '{') return IrregularForms(t);
    return VerbLine(t);
  }

  bool finished() const { return finished_; }

 private:
  enum Section { kMain, kTime, kIssues, kSkip };

  void Tag(std::string_view t) {
    std::string tag;
    for (char c : t) tag.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (tag == "<SYNSETS>" || tag == "</SYNSETS>") {
      synset_ = -1;
      section_ = kMain;
    } else if (tag == "<TIME>") {
      section_ = kTime;
    } else if (tag == "<ISSUES>") {
      section_ = kIssues;
    } else if (tag == "<FREQUENCY>") {
      section_ = kSkip;
    } else if (tag == "</TIME>" || tag == "</ISSUES>" || tag == "</FREQUENCY>") {
      section_ = kMain;
    } else {
      model_->Warn(where_, "unknown tag " + std::string(t));
    }
  }

  void TimeLine(std::string_view t) {
    std::string_view body, code;
    if (!SplitCode(t, &body, &code)) {
      model_->Warn(where_, "time phrase without [shift]");
      return;
    }
    if (!body.empty() && body[0] == '-') body = Trim(body.substr(1));
    TimeShift ts;
    ts.phrase = TabariPhrase(body);
    for (char c : code) {
      if (!IsBlank(c)) ts.code.push_back(c);
    }
    ts.where = where_;
    model_->time_shifts.push_back(std::move(ts));
  }

  void IssueLine(std::string_view t) {
    std::string_view body, code;
    if (!SplitCode(t, &body, &code)) {
      model_->Warn(where_, "issue phrase without [CODE]");
      return;
    }
    Issue is;
    is.phrase = TabariPhrase(body);
    is.code = std::string(Trim(code));
    is.where = where_;
    model_->issues.push_back(std::move(is));
  }

  void StartSynset(std::string_view t) {
    Synset s;
    std::string_view name = Trim(t.substr(1));
    s.no_plural = !name.empty() && name.back() == '_';
    while (!name.empty() && name.back() == '_') name.remove_suffix(1);
    s.name = std::string(name);
    s.where = where_;
    if (s.name.empty()) {
      model_->Warn(where_, "synset without a name");
      synset_ = -1;
      return;
    }
    model_->synsets.push_back(std::move(s));
    synset_ = static_cast<int>(model_->synsets.size() - 1);
  }

  void SynsetMember(std::string_view t) {
    Synset& s = model_->synsets[synset_];
    std::string_view m = Trim(t.substr(1));
    if (m.empty()) {
      model_->Warn(where_, "empty synset member");
      return;
    }
    const bool no_plural = s.no_plural || m.back() == '_';
    s.members.push_back(tabari_ ? TabariPhrase(m)
                                : PlainPhrase(m, no_plural ? WordMatch::kExact : WordMatch::kEndings));
  }

  void Transformation(std::string_view t) {
    synset_ = -1;
    std::string flat;
    for (char c : t.substr(1)) flat.push_back(c == '(' || c == ')' ? ' ' : c);
    size_t eq = flat.find('=');
    std::vector<std::string> lhs, rhs;
    auto split = [](std::string_view s, std::vector<std::string>* out) {
      size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        size_t b = i;
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        if (i > b) out->emplace_back(s.substr(b, i - b));
      }
    };
    if (eq != std::string::npos) {
      split(std::string_view(flat).substr(0, eq), &lhs);
      split(std::string_view(flat).substr(eq + 1), &rhs);
    }
    if (lhs.size() != 5 || rhs.size() != 3) {
      model_->Warn(where_, "transformation is not '~ a (b c VERB) VERB = x y CODE'");
      return;
    }
    dict::Transformation tr{lhs[0], lhs[1], lhs[2], lhs[3], lhs[4], rhs[0], rhs[1], rhs[2], where_};
    model_->transformations.push_back(std::move(tr));
  }

  void BlockHeader(std::string_view t) {
    synset_ = -1;
    std::string_view inner = Trim(t.substr(3));
    while (!inner.empty() && inner.back() == '-') inner.remove_suffix(1);
    VerbBlock b;
    b.where = where_;
    std::string_view name = inner, code;
    if (SplitCode(inner, &name, &code) && !ParseEventCode(code, &b.code))
      model_->Warn(where_, "bad code [" + std::string(code) + "]");
    b.name = std::string(Trim(name));
    model_->verbs.push_back(std::move(b));
    block_open_ = true;
    tabari_root_ = false;
  }

  void Pattern(std::string_view t) {
    synset_ = -1;
    if (model_->verbs.empty()) {
      model_->Warn(where_, "pattern before any verb");
      return;
    }
    std::string_view body = Trim(t.substr(1)), code;
    VerbPattern p;
    p.where = where_;
    if (!SplitCode(body, &body, &code) || !ParseEventCode(code, &p.code)) {
      model_->Warn(where_, "pattern without a valid [CODE]");
      return;
    }
    PatternParser parser(body, tabari_);
    p.items = parser.Sequence(0);
    if (parser.too_deep())
      model_->Warn(where_, "pattern nested deeper than " + std::to_string(kMaxPatternDepth) + " brackets: the deeper groups are dropped");
    else if (!parser.ok())
      model_->Warn(where_, "unbalanced brackets in pattern");
    if (CountVerbMarks(p.items) != 1) model_->Warn(where_, "pattern should mark the verb with one '*'");
    std::vector<VerbPattern>& patterns = model_->verbs.back().patterns;
    if (!tabari_) {
      AttachToCommentVerb(model_->verbs.back(), &p);
      // PETRARCH 2 keeps one code per pattern of a block: a later line with the same
      // pattern replaces the earlier one ("- * &TREATY [031:031]" ... "- * &TREATY [057]").
      auto same = std::find_if(patterns.begin(), patterns.end(),
                               [&](const VerbPattern& q) { return SameItems(q.items, p.items); });
      if (same != patterns.end()) {
        *same = std::move(p);
        return;
      }
    }
    patterns.push_back(std::move(p));
  }

  // PETRARCH 2 verb files name the verb a pattern was written for in its comment
  // ("- * &TREATY [057] # RATIFY"): when that name is a verb of the block, the pattern
  // is that verb's alone (its '*' names the verb's inflected word, as dyad patterns do).
  void AttachToCommentVerb(const VerbBlock& block, VerbPattern* p) {
    const std::string name = CommentVerb(raw_);
    if (name.empty()) return;
    auto star = std::find_if(p->items.begin(), p->items.end(),
                             [](const PatternItem& it) { return it.kind == PatternItem::Kind::kVerb; });
    if (star == p->items.end()) return;
    for (const VerbForm& v : block.verbs) {
      if (v.noun || v.words.empty()) continue;
      const std::string& base = v.words[static_cast<size_t>(v.inflected)];
      std::string joined, glued;
      for (const std::string& w : v.words) {
        joined += (joined.empty() ? "" : "_") + w;
        glued += w;
      }
      const bool named = name == joined || name == glued ||
                         (v.words.size() == 1 && std::find(v.forms.begin(), v.forms.end(), name) != v.forms.end());
      if (named) {
        star->word.text = base;
        return;
      }
    }
  }

  void IrregularForms(std::string_view t) {
    if (model_->verbs.empty() || model_->verbs.back().verbs.empty()) {
      model_->Warn(where_, "irregular forms without a verb");
      return;
    }
    VerbForm& v = model_->verbs.back().verbs.back();
    size_t end = t.find('}');
    std::string_view inner = t.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
    for (const TextToken& tok : SplitWords(inner)) {
      std::string f = FoldCase(inner.substr(tok.begin, tok.end - tok.begin));
      while (!f.empty() && f.back() == '_') f.pop_back();
      for (char& c : f) c = c == '_' ? ' ' : c;
      if (!f.empty()) v.forms.push_back(f);
    }
  }

  void VerbLine(std::string_view t) {
    synset_ = -1;
    VerbForm v;
    std::string_view body = t, code;
    if (SplitCode(t, &body, &code)) {
      v.has_code = ParseEventCode(code, &v.code);
      if (!v.has_code) model_->Warn(where_, "bad code [" + std::string(code) + "]");
    }
    // PETRARCH lists forms on the verb's line: "SPEED {SPEEDING SPEEDS SPED}".
    bool listed = false;
    std::vector<std::string> forms;
    size_t brace = body.find('{');
    if (brace != std::string_view::npos) {
      size_t end = body.find('}', brace);
      std::string_view inner = body.substr(brace + 1, end == std::string_view::npos ? std::string_view::npos : end - brace - 1);
      for (const TextToken& tok : SplitWords(inner)) forms.push_back(FoldCase(inner.substr(tok.begin, tok.end - tok.begin)));
      listed = true;
      body = Trim(body.substr(0, brace));
    }
    std::string_view words = body;
    if (!words.empty() && words[0] == '+') words.remove_prefix(1);
    size_t i = 0;
    while (i < words.size()) {
      size_t b = i;
      while (i < words.size() && words[i] != '_' && !IsBlank(words[i])) ++i;
      std::string_view w = words.substr(b, i - b);
      const bool marked = !w.empty() && w[0] == '+';
      if (marked) w.remove_prefix(1);
      if (!w.empty()) {
        if (marked) v.inflected = static_cast<int>(v.words.size());
        v.words.push_back(FoldCase(w));
      }
      while (i < words.size() && (words[i] == '_' || IsBlank(words[i]))) ++i;
    }
    if (v.words.empty()) {
      model_->Warn(where_, "verb line without a verb");
      return;
    }
    v.forms = (listed && !tabari_) ? std::vector<std::string>{v.words[v.inflected]}
                                   : RegularForms(v.words[v.inflected]);
    // Listed forms of a multi-word verb ("+WINDS_DOWN") give the inflected word's form.
    for (std::string& f : forms) {
      std::vector<std::string> parts;
      size_t s = 0;
      while (true) {
        size_t u = f.find('_', s);
        std::string part = f.substr(s, u == std::string::npos ? std::string::npos : u - s);
        if (!part.empty() && part[0] == '+') part.erase(0, 1);
        if (!part.empty()) parts.push_back(part);
        if (u == std::string::npos) break;
        s = u + 1;
      }
      if (parts.empty()) continue;
      v.forms.push_back(parts.size() == v.words.size() ? parts[v.inflected] : parts.back());
    }
    // A TABARI root line (or a verb outside any PETRARCH block) opens its own block.
    if (tabari_ || !block_open_) {
      VerbBlock b;
      b.where = where_;
      b.name = std::string(Trim(body));
      if (v.has_code) b.code = v.code;
      model_->verbs.push_back(std::move(b));
    }
    model_->verbs.back().verbs.push_back(std::move(v));
  }

  uint32_t file_;
  bool tabari_;
  Model* model_;
  SourceRef where_;
  std::string_view raw_;  // the line being read, comment included
  bool in_xml_ = false;
  bool finished_ = false;
  bool block_open_ = false;
  bool tabari_root_ = false;
  int synset_ = -1;
  Section section_ = kMain;
};

}  // namespace

void ReadVerbs(std::string_view bytes, std::string_view path, Notation notation, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  VerbFileReader reader(file, notation, model);
  Lines lines(text);
  std::string_view raw;
  while (lines.Next(&raw)) {
    // TABARI ends a file with FINISH; in PETRARCH files it is just a verb.
    if (notation == Notation::kTabari && (EqualsNoCase(Trim(raw), "FINISH") || StartsWith(Trim(raw), "~~FINISH"))) break;
    reader.Line(raw, lines.number());
  }
}

}  // namespace dyad::dict
