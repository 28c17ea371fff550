// Lines are judged one at a time; a line is "prose" by its word count and ending. The
// cut is conservative: only lines outside the first..last prose range are candidates.
#include "extract/plain_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace dyad::extract {
namespace {

struct Line {
  size_t begin;  // offset of the first byte
  size_t end;    // offset past the last byte, before '\n'
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool EndsLikeSentence(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')') return true;
  for (std::string_view end : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6", "\xE3\x80\x82"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back({pos, end});
    pos = end + 1;
  }
  return lines;
}

}  // namespace

bool IsProseLine(std::string_view line) {
  line = Trim(line);
  size_t words = Words(line);
  return words >= 25 || (words >= 8 && EndsLikeSentence(line));
}

std::string TrimBoilerplateLines(std::string_view text) {
  std::vector<Line> lines = SplitLines(text);
  auto view = [&](const Line& l) { return text.substr(l.begin, l.end - l.begin); };
  size_t first = lines.size(), last = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsProseLine(view(lines[i]))) continue;
    if (first == lines.size()) first = i;
    last = i;
  }
  if (first == lines.size()) return std::string(text);

  size_t cut = lines[last].end < text.size() ? lines[last].end + 1 : text.size();
  std::string out(text.substr(0, cut));
  // The last non-blank line before the first paragraph is kept as the headline.
  size_t headline = first;
  for (size_t i = first; i-- > 0;) {
    if (!Trim(view(lines[i])).empty()) {
      headline = i;
      break;
    }
  }
  for (size_t i = 0; i < headline; ++i) {
    std::string_view line = Trim(view(lines[i]));
    if (line.empty()) continue;
    if (Words(line) > 3 || EndsLikeSentence(line)) break;
    for (size_t j = lines[i].begin; j < lines[i].end; ++j) out[j] = ' ';
  }
  return out;
}

namespace {

bool Space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool Digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Turns text[b, e) into spaces, newlines kept, so that every offset stays valid.
void Blank(std::string* text, size_t b, size_t e) {
  for (size_t i = b; i < e && i < text->size(); ++i)
    if ((*text)[i] != '\n') (*text)[i] = ' ';
}

constexpr std::string_view kHide = "Hide Caption ";

// Length of "Hide Caption N of M" at `at`, or 0.
size_t CaptionMarker(std::string_view s, size_t at) {
  if (s.substr(at, kHide.size()) != kHide) return 0;
  size_t i = at + kHide.size();
  auto number = [&] {
    const size_t b = i;
    while (i < s.size() && Digit(s[i])) ++i;
    return i > b;
  };
  if (!number() || s.substr(i, 4) != " of ") return 0;
  i += 4;
  return number() ? i - at : 0;
}

// The words of `s` from `at`, at most `max` of them: [begin, end) byte spans.
std::vector<std::pair<size_t, size_t>> WordsFrom(std::string_view s, size_t at, size_t max) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = at;
  while (out.size() < max) {
    while (i < s.size() && Space(s[i])) ++i;
    if (i >= s.size()) break;
    const size_t b = i;
    while (i < s.size() && !Space(s[i])) ++i;
    out.emplace_back(b, i);
  }
  return out;
}

}  // namespace

std::string BlankGalleryHeaders(std::string text) {
  std::vector<std::pair<size_t, size_t>> markers;  // [begin, end)
  for (size_t at = text.find(kHide); at != std::string::npos; at = text.find(kHide, at + 1))
    if (const size_t n = CaptionMarker(text, at)) markers.emplace_back(at, at + n);
  if (markers.size() < 2) return text;
  // The header: the words every marker is followed by alike.
  constexpr size_t kMaxHeader = 40;
  std::vector<std::vector<std::pair<size_t, size_t>>> after;
  for (const auto& [b, e] : markers) after.push_back(WordsFrom(text, e, kMaxHeader + 1));
  auto word = [&](const std::pair<size_t, size_t>& w) { return std::string_view(text).substr(w.first, w.second - w.first); };
  // Words each marker shares with the first from its start (the first all of its own);
  // the header is what at least half of the others share with it (the last marker is
  // often followed by the article).
  std::vector<size_t> common = {after[0].size()};
  for (size_t m = 1; m < after.size(); ++m) {
    size_t k = 0;
    while (k < after[m].size() && k < after[0].size() && word(after[m][k]) == word(after[0][k])) ++k;
    common.push_back(k);
  }
  std::vector<size_t> others(common.begin() + 1, common.end());
  std::sort(others.rbegin(), others.rend());
  size_t shared = others[(others.size() + 1) / 2 - 1];
  // A header of 40 words or more is a caption that repeats, not a header.
  if (shared >= kMaxHeader) shared = 0;
  // Read everything before blanking anything.
  std::string header;
  if (shared > 0) header = text.substr(after[0][0].first, after[0][shared - 1].second - after[0][0].first);
  std::vector<std::string> header_words;
  for (size_t k = 0; k < shared; ++k) header_words.emplace_back(word(after[0][k]));
  for (size_t m = 0; m < markers.size(); ++m) {
    Blank(&text, markers[m].first, markers[m].second);
    if (shared > 0 && common[m] >= shared) Blank(&text, after[m][0].first, after[m][shared - 1].second);
  }
  // Before the first caption: the header once more, and the words of it repeated before
  // that ("Photos: Photos: Taliban attack Pakistani school Photos: Photos: ...").
  if (header.empty()) return text;
  const size_t at = text.rfind(header, markers[0].first);
  if (at == std::string::npos) return text;
  size_t begin = at;
  while (begin > 0) {
    size_t e = begin;
    while (e > 0 && Space(text[e - 1])) --e;
    size_t b = e;
    while (b > 0 && !Space(text[b - 1])) --b;
    if (b == e) break;
    const std::string_view w = std::string_view(text).substr(b, e - b);
    if (std::find(header_words.begin(), header_words.end(), w) == header_words.end()) break;
    begin = b;
  }
  Blank(&text, begin, at + header.size());
  return text;
}

std::string BlankVideoPlayers(std::string text) {
  constexpr size_t kMaxTitle = 300;
  // The end of the line (or text) after `from`, at most kMaxTitle bytes on.
  auto line_end = [&](size_t from) {
    const size_t nl = text.find('\n', from);
    return std::min({nl == std::string::npos ? text.size() : nl, from + kMaxTitle, text.size()});
  };
  constexpr std::string_view kJust = "JUST WATCHED ", kReplay = "Replay More Videos";
  for (size_t at = text.find(kJust); at != std::string::npos; at = text.find(kJust, at + 1)) {
    const size_t limit = line_end(at + kJust.size());
    const size_t r = std::string_view(text).substr(0, limit).find(kReplay, at + kJust.size());
    if (r == std::string::npos) continue;
    size_t e = r + kReplay.size();
    for (std::string_view tail : {" ...", "..."})
      if (std::string_view(text).substr(e, tail.size()) == tail) {
        e += tail.size();
        break;
      }
    Blank(&text, at, e);
  }
  constexpr std::string_view kMust = "MUST WATCH ";
  for (size_t at = text.find(kMust); at != std::string::npos; at = text.find(kMust, at + 1)) {
    const size_t limit = line_end(at + kMust.size());
    // The first duration, "1:35" or "01:35", standing as a word.
    for (size_t i = at + kMust.size(); i + 4 <= limit; ++i) {
      if (text[i - 1] != ' ') continue;
      size_t j = i;
      while (j < limit && j - i < 2 && Digit(text[j])) ++j;
      if (j == i || j + 3 > limit || text[j] != ':' || !Digit(text[j + 1]) || !Digit(text[j + 2])) continue;
      if (j + 3 < text.size() && !Space(text[j + 3])) continue;
      Blank(&text, at, j + 3);
      break;
    }
  }
  return text;
}

}  // namespace dyad::extract
