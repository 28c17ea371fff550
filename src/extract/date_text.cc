// A small scanner over letters and digits; month names are matched on their first three
// letters, which covers English full names, abbreviations and "Sept".
#include "extract/date_text.h"

#include <cctype>
#include <string>
#include <vector>

namespace dyad::extract {
namespace {

struct Tok {
  std::string_view text;
  bool digits;
  size_t end;  // offset past the token
};

std::vector<Tok> Tokenize(std::string_view s, size_t limit) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size() && out.size() < limit) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || std::isalpha(c)) {
      size_t j = i;
      bool digits = std::isdigit(c);
      while (j < s.size() && (digits ? std::isdigit(static_cast<unsigned char>(s[j]))
                                     : std::isalpha(static_cast<unsigned char>(s[j])))) {
        ++j;
      }
      out.push_back({s.substr(i, j - i), digits, j});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

int Number(std::string_view d) {
  int n = 0;
  for (char c : d) n = n * 10 + (c - '0');
  return n;
}

int MonthOf(std::string_view word) {
  if (word.size() < 3) return 0;
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : word.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m]) {
      // Reject words that only start like a month ("market", "decision"), except the
      // full names and "Sept".
      static constexpr std::string_view kFull[] = {"january", "february", "march",     "april",
                                                   "may",     "june",     "july",      "august",
                                                   "september", "october", "november", "december"};
      std::string all;
      for (char c : word) all += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (word.size() == 3 || all == kFull[m] || all == "sept") return m + 1;
      return 0;
    }
  }
  return 0;
}

std::optional<Date> Make(int y, int m, int d) {
  if (y < 1900 || y > 2099) return std::nullopt;
  Date date{y, m, d};
  if (!date.valid()) return std::nullopt;
  return date;
}

bool IsYear(const Tok& t) { return t.digits && t.text.size() == 4; }
bool IsSmall(const Tok& t) { return t.digits && t.text.size() <= 2 && !t.text.empty(); }

}  // namespace

std::optional<Date> ParseLooseDate(std::string_view text) {
  std::vector<Tok> t = Tokenize(text, 64);
  for (size_t i = 0; i < t.size(); ++i) {
    // 2019-11-18, 2019/11/18, 20191118
    if (IsYear(t[i]) && i + 2 < t.size() && IsSmall(t[i + 1]) && IsSmall(t[i + 2])) {
      if (auto d = Make(Number(t[i].text), Number(t[i + 1].text), Number(t[i + 2].text))) return d;
    }
    if (t[i].digits && t[i].text.size() == 8) {
      std::string_view s = t[i].text;
      if (auto d = Make(Number(s.substr(0, 4)), Number(s.substr(4, 2)), Number(s.substr(6, 2)))) {
        return d;
      }
    }
    int month = t[i].digits ? 0 : MonthOf(t[i].text);
    if (month == 0) continue;
    // November 18, 2019
    if (i + 2 < t.size() && IsSmall(t[i + 1]) && IsYear(t[i + 2])) {
      if (auto d = Make(Number(t[i + 2].text), month, Number(t[i + 1].text))) return d;
    }
    // 18 November 2019
    if (i >= 1 && i + 1 < t.size() && IsSmall(t[i - 1]) && IsYear(t[i + 1])) {
      if (auto d = Make(Number(t[i + 1].text), month, Number(t[i - 1].text))) return d;
    }
  }
  return std::nullopt;
}

std::optional<Date> DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  p = p.substr(0, p.find_first_of("?#"));
  std::vector<std::string_view> seg;
  for (size_t i = 0; i < p.size();) {
    size_t j = p.find('/', i);
    if (j == std::string_view::npos) j = p.size();
    if (j > i) seg.push_back(p.substr(i, j - i));
    i = j + 1;
  }
  auto all_digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  for (size_t i = 0; i < seg.size(); ++i) {
    std::string_view s = seg[i];
    if (s.size() == 4 && all_digits(s) && i + 2 < seg.size() && seg[i + 1].size() <= 2 &&
        all_digits(seg[i + 1])) {
      std::string_view day = seg[i + 2].substr(0, seg[i + 2].find_first_of("-_."));
      if (day.size() <= 2 && all_digits(day)) {
        if (auto d = Make(Number(s), Number(seg[i + 1]), Number(day))) return d;
      }
    }
    std::string_view head = s.substr(0, s.find_first_of("_."));
    if (head.size() >= 10 && head[4] == '-' && head[7] == '-' && all_digits(head.substr(0, 4)) &&
        all_digits(head.substr(5, 2)) && all_digits(head.substr(8, 2)) &&
        (head.size() == 10 || head[10] == '-')) {
      if (auto d = Make(Number(head.substr(0, 4)), Number(head.substr(5, 2)),
                        Number(head.substr(8, 2)))) {
        return d;
      }
    }
    std::string_view lead = s.substr(0, s.find_first_of("-_."));
    if (lead.size() == 8 && all_digits(lead)) {
      if (auto d = Make(Number(lead.substr(0, 4)), Number(lead.substr(4, 2)),
                        Number(lead.substr(6, 2)))) {
        return d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace dyad::extract
