// Lines are judged one at a time; a line is "prose" by its word count and ending. The
// cut is conservative: only lines outside the first..last prose range are candidates.
#include "extract/plain_text.h"

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

}  // namespace dyad::extract
