// Shared reader pieces: lines, comments, code groups, phrase notations.
#include "dict/reader_common.h"

#include <cctype>

#include "dict/tokenize.h"
#include "util/utf8.h"

namespace dyad::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Appends `word` split like text; the last part takes `match` and `gap_after`.
void AppendWord(std::string_view word, WordMatch match, bool gap_after, bool fold,
                std::vector<Word>* out) {
  std::vector<std::string> parts = SplitDictWord(word);
  for (size_t i = 0; i < parts.size(); ++i) {
    Word w;
    w.text = fold ? FoldCase(parts[i]) : parts[i];
    const bool last = i + 1 == parts.size();
    w.match = last ? match : (match == WordMatch::kCased ? WordMatch::kCased : WordMatch::kExact);
    w.gap_after = last && gap_after;
    out->push_back(std::move(w));
  }
}

}  // namespace

bool Lines::Next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view l = text_.substr(pos_, end - pos_);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  pos_ = end + 1;
  ++number_;
  *line = l;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string ToUtf8(std::string_view bytes, uint32_t file, Model* model) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 64);
  Lines lines(bytes);
  std::string_view line;
  bool warned = false;
  while (lines.Next(&line)) {
    size_t start = 0;
    while (start < line.size()) {
      std::string_view rest = line.substr(start);
      size_t bad = FirstInvalidUtf8(rest);
      out.append(rest.substr(0, bad));
      if (bad == rest.size()) break;
      if (!warned) {
        model->Warn({file, lines.number()}, "invalid UTF-8; bytes read as Latin-1");
        warned = true;
      }
      AppendUtf8(static_cast<unsigned char>(rest[bad]), &out);
      start += bad + 1;
    }
    out.push_back('\n');
  }
  return out;
}

std::string_view CutComment(std::string_view line, std::string_view marker) {
  size_t at = line.find(marker);
  return at == std::string_view::npos ? line : line.substr(0, at);
}

std::string_view StripLine(std::string_view line, bool tabari, bool* in_xml) {
  if (*in_xml) {
    size_t end = line.find("-->");
    if (end == std::string_view::npos) return {};
    *in_xml = false;
    line = line.substr(end + 3);
  }
  size_t open = line.find("<!--");
  if (open != std::string_view::npos) {
    size_t end = line.find("-->", open + 4);
    if (end == std::string_view::npos) {
      *in_xml = true;
      line = line.substr(0, open);
    } else if (Trim(line.substr(end + 3)).empty()) {
      line = line.substr(0, open);
    }
  }
  std::string_view t = Trim(line);
  if (t.empty() || t[0] == '#' || (tabari && t[0] == '/')) return {};
  if (tabari) {
    line = CutComment(line, ";");
  } else {
    line = CutComment(line, " #");
    line = CutComment(line, "\t#");
  }
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  return line;
}

bool IsActorCode(std::string_view code) {
  if (code == "---" || code == "###" || code == "+++") return true;
  if (code.empty() || code.front() == '/' || code.back() == '/') return false;
  for (char c : code) {  // '/' joins the members of a coded compound: [GON/ARN]
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  }
  return true;
}

bool ParseDatedCode(std::string_view inside, SourceRef where, Model* model, DatedCode* out) {
  std::string_view t = Trim(inside);
  std::string compact;
  for (char c : t) {
    if (!IsBlank(c)) compact.push_back(c);
  }
  *out = DatedCode{};
  if (compact == "---" || compact == "###" || compact == "+++") {
    out->code = compact;
    return true;
  }
  size_t end = 0;
  while (end < t.size() && !IsBlank(t[end]) && t[end] != '<' && t[end] != '>') ++end;
  out->code = std::string(t.substr(0, end));
  if (!IsActorCode(out->code)) {
    model->Warn(where, "bad code [" + std::string(inside) + "]");
    return false;
  }
  std::string rest;
  for (char c : t.substr(end)) {
    if (!IsBlank(c)) rest.push_back(c);
  }
  if (rest.empty()) return true;
  auto bad_date = [&] {
    model->Warn(where, "bad date restriction [" + std::string(inside) + "]");
    return false;
  };
  if (rest[0] == '<') {
    if (!ParseDictDate(rest.substr(1), &out->to)) return bad_date();
  } else if (rest[0] == '>') {
    if (!ParseDictDate(rest.substr(1), &out->from)) return bad_date();
  } else {
    size_t dash = rest.find('-');
    if (dash == std::string::npos || !ParseDictDate(rest.substr(0, dash), &out->from) ||
        !ParseDictDate(rest.substr(dash + 1), &out->to))
      return bad_date();
    if (out->from > out->to) return bad_date();
  }
  return true;
}

std::string_view ParseCodeGroups(std::string_view text, SourceRef where, Model* model,
                                 std::vector<DatedCode>* codes) {
  size_t open = text.find('[');
  std::string_view before = open == std::string_view::npos ? text : text.substr(0, open);
  while (open != std::string_view::npos) {
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) {
      model->Warn(where, "unclosed '['");
      break;
    }
    DatedCode code;
    if (ParseDatedCode(text.substr(open + 1, close - open - 1), where, model, &code)) {
      codes->push_back(std::move(code));
    }
    open = text.find('[', close);
  }
  return before;
}

bool ParseEventCode(std::string_view inside, EventCode* out) {
  std::string c;
  for (char ch : inside) {
    if (!IsBlank(ch)) c.push_back(ch);
  }
  *out = EventCode{};
  if (!c.empty() && (c.back() == '?' || c.back() == '!')) {
    out->suffix = c.back();
    c.pop_back();
  }
  size_t colon = c.find(':');
  if (colon != std::string::npos) {
    out->paired = c.substr(colon + 1);
    c.resize(colon);
  }
  out->code = c;
  // CAMEO event codes are digits; validation suites also use letters ("174K").
  auto valid = [](const std::string& s) {
    if (s == "---" || s == "###" || s == "+++") return true;
    if (s.empty()) return false;
    for (char ch : s) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    }
    return true;
  };
  std::string_view t = Trim(inside);
  for (size_t i = 1; i + 1 < t.size(); ++i) {  // "0 3" is two codes, not one
    if (IsBlank(t[i]) && std::isalnum(static_cast<unsigned char>(t[i - 1])) &&
        std::isalnum(static_cast<unsigned char>(t[i + 1])))
      return false;
  }
  // PETRARCH 2 writes a passive-only meaning as "[:173]".
  if (colon != std::string::npos && out->code.empty()) return valid(out->paired);
  return valid(out->code) && (colon == std::string::npos || valid(out->paired));
}

Phrase TabariPhrase(std::string_view written) {
  Phrase p;
  p.written = std::string(Trim(written));
  std::string_view s = p.written;
  struct Raw {
    std::string_view text;
    bool stem, adjacent, no_endings;
  };
  std::vector<Raw> raw;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    while (i < n && IsBlank(s[i])) ++i;
    if (i >= n) break;
    size_t b = i;
    while (i < n && !IsBlank(s[i]) && s[i] != '_' && s[i] != '=' &&
           !(s[i] == '~' && i + 1 < n && s[i + 1] == '_'))
      ++i;
    Raw r{s.substr(b, i - b), false, false, false};
    if (i < n && s[i] == '=') {
      r.no_endings = true;
      ++i;
      if (i < n && s[i] == '_') {
        ++i;
        r.adjacent = i < n && !IsBlank(s[i]);
      }
    } else if (i + 1 < n && s[i] == '~' && s[i + 1] == '_') {
      r.stem = true;
      i += 2;
      r.adjacent = i < n && !IsBlank(s[i]);
    } else if (i < n && s[i] == '_') {
      ++i;
      r.adjacent = i < n && !IsBlank(s[i]);
    } else {
      r.stem = true;
    }
    if (r.text.empty()) {
      if (i == b) ++i;  // a lone connector: skip it
      continue;
    }
    raw.push_back(r);
  }
  for (size_t k = 0; k < raw.size(); ++k) {
    const bool last = k + 1 == raw.size();
    WordMatch m = raw[k].stem ? WordMatch::kStem
                  : (last && !raw[k].no_endings) ? WordMatch::kEndings
                                                 : WordMatch::kExact;
    AppendWord(raw[k].text, m, !last && !raw[k].adjacent, true, &p.words);
  }
  return p;
}

Phrase PlainPhrase(std::string_view written, WordMatch last) {
  Phrase p;
  p.written = std::string(Trim(written));
  std::vector<std::string_view> pieces;
  std::string_view s = p.written;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == '_')) ++i;
    size_t b = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != '_') ++i;
    if (i > b) pieces.push_back(s.substr(b, i - b));
  }
  for (size_t k = 0; k < pieces.size(); ++k) {
    AppendWord(pieces[k], k + 1 == pieces.size() ? last : WordMatch::kExact, false, true, &p.words);
  }
  return p;
}

Phrase TextPhrase(std::string_view written, WordMatch last) {
  Phrase p;
  p.written = std::string(Trim(written));
  std::string_view s = p.written;
  const bool cased = !s.empty() && s[0] == '=';
  if (cased) s.remove_prefix(1);
  std::vector<TextToken> toks = SplitWords(s);
  for (size_t k = 0; k < toks.size(); ++k) {
    Word w;
    std::string_view t = s.substr(toks[k].begin, toks[k].end - toks[k].begin);
    w.text = cased ? std::string(t) : FoldCase(t);
    w.match = cased ? WordMatch::kCased : (k + 1 == toks.size() ? last : WordMatch::kExact);
    p.words.push_back(std::move(w));
  }
  return p;
}

std::string Plural(std::string_view noun) {
  std::string out(noun);
  if (noun.empty()) return out;
  const bool upper = std::isupper(static_cast<unsigned char>(noun.back())) != 0;
  auto suffix = [&](std::string_view lower) {
    for (char c : lower) out.push_back(upper ? static_cast<char>(std::toupper(c)) : c);
  };
  const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(noun.back())));
  const char prev = noun.size() > 1 ? static_cast<char>(std::tolower(static_cast<unsigned char>(noun[noun.size() - 2]))) : 0;
  const bool vowel_before = prev && std::string_view("aeiou").find(prev) != std::string_view::npos;
  if (last == 'y' && !vowel_before) {
    out.pop_back();
    suffix("ies");
  } else if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'))) {
    suffix("es");
  } else {
    suffix("s");
  }
  return out;
}

}  // namespace dyad::dict
