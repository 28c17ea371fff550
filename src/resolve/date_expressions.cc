// A small hand-written matcher over lower-cased token forms. Each Match* function tries
// one family of expressions at token i and, on success, fills a DateMention and returns
// the number of tokens it used (0 for no match). The scan takes the first family that
// matches at each position, longest forms first within a family.
#include "resolve/date_expressions.h"
#include "util/ascii.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

namespace dyad::resolve {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbrevs = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int Weekday(const Date& d) {  // Monday = 0; 1970-01-01 was a Thursday
  return static_cast<int>(((d.ToDays() + 3) % 7 + 7) % 7);
}

Date AddDays(const Date& d, int64_t n) { return Date::FromDays(d.ToDays() + n); }

Date AddMonths(const Date& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  Date r{total / 12, total % 12 + 1, 1};
  return r;
}

std::optional<int> ParseInt(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

class Matcher {
 public:
  Matcher(const Document& doc, uint32_t begin, uint32_t end, Date published, Tense tense)
      : doc_(doc), begin_(begin), end_(end), pub_(published), tense_(tense) {
    low_.reserve(end - begin);
    for (uint32_t i = begin; i < end; ++i) low_.push_back(AsciiLower(doc.Form(doc.tokens[i])));
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    for (uint32_t i = 0; i < low_.size();) {
      DateMention m;
      uint32_t used = Try(i, &m);
      if (used == 0) {
        ++i;
        continue;
      }
      m.token_begin = begin_ + i;
      m.token_end = begin_ + i + used;
      m.begin = doc_.tokens[m.token_begin].begin;
      m.end = doc_.tokens[m.token_end - 1].end;
      out.push_back(m);
      i += used;
    }
    return out;
  }

 private:
  std::string_view At(uint32_t i) const { return i < low_.size() ? low_[i] : std::string_view(); }
  bool Is(uint32_t i, std::string_view w) const { return At(i) == w; }

  std::optional<int> Month(uint32_t i) const {
    std::string_view w = At(i);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    for (int m = 0; m < 12; ++m)
      if (w == kMonths[m] || (w == kMonthAbbrevs[m] && w != "may") || (m == 8 && w == "sep"))
        return m + 1;
    return std::nullopt;
  }
  std::optional<int> WeekdayAt(uint32_t i) const {
    for (int d = 0; d < 7; ++d)
      if (At(i) == kWeekdays[d]) return d;
    return std::nullopt;
  }
  std::optional<int> Day(uint32_t i) const {
    std::string_view w = At(i);
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
      if (w.size() > 2 && w.ends_with(suffix)) w.remove_suffix(2);
    auto v = ParseInt(w);
    if (v && *v >= 1 && *v <= 31 && w.size() <= 2) return v;
    return std::nullopt;
  }
  std::optional<int> Year(uint32_t i) const {
    std::string_view w = At(i);
    auto v = ParseInt(w);
    if (v && w.size() == 4 && *v >= 1800 && *v <= 2200) return v;
    return std::nullopt;
  }
  std::optional<int> Count(uint32_t i) const {
    static constexpr std::array<std::string_view, 13> kWords = {
        "zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    std::string_view w = At(i);
    if (w == "a" || w == "an") return 1;
    for (size_t k = 0; k < kWords.size(); ++k)
      if (w == kWords[k]) return static_cast<int>(k);
    auto v = ParseInt(w);
    if (v && *v < 1000) return v;
    return std::nullopt;
  }

  // A month, and the year it falls in when none is written.
  int YearForMonth(int month) const {
    if (tense_ == Tense::kFuture) return month >= pub_.month ? pub_.year : pub_.year + 1;
    return month <= pub_.month ? pub_.year : pub_.year - 1;
  }
  std::optional<Date> DayOf(int year, int month, int day) const {
    Date d{year, month, day};
    if (!d.valid()) return std::nullopt;
    return d;
  }
  std::optional<Date> DayWithoutYear(int month, int day) const {
    auto d = DayOf(pub_.year, month, day);
    if (!d) d = DayOf(pub_.year - 1, month, day);  // 29 February
    if (!d) return std::nullopt;
    if (tense_ == Tense::kPast && *d > pub_) return DayOf(d->year - 1, month, day);
    if (tense_ == Tense::kFuture && *d < pub_) return DayOf(d->year + 1, month, day);
    return d;
  }

  static uint32_t Set(DateMention* m, Date d, DatePrecision p, uint32_t used, bool other = false) {
    m->date = d;
    m->precision = p;
    m->relative_to_other = other;
    m->names_noun = false;
    return used;
  }
  Date WeekStart(Date d) const { return AddDays(d, -Weekday(d)); }

  uint32_t Try(uint32_t i, DateMention* m) const {
    for (auto fn : {&Matcher::Iso, &Matcher::MonthFirst, &Matcher::DayFirst, &Matcher::YearAlone,
                    &Matcher::Deictic, &Matcher::Relative, &Matcher::WeekdayName, &Matcher::Ago}) {
      uint32_t used = (this->*fn)(i, m);
      if (used) return used;
    }
    return 0;
  }

  // 2023-07-27, as one token or split at its hyphens (as UD English tokenizes it)
  uint32_t Iso(uint32_t i, DateMention* m) const {
    if (At(i).size() == 10) {
      auto d = Date::Parse(At(i));
      return d ? Set(m, *d, DatePrecision::kDay, 1) : 0;
    }
    if (At(i).size() != 4 || !Is(i + 1, "-") || At(i + 2).size() != 2 || !Is(i + 3, "-") ||
        At(i + 4).size() != 2)
      return 0;
    for (uint32_t k = i; k < i + 4; ++k)
      if (doc_.tokens[begin_ + k].space_after) return 0;
    std::string joined = low_[i] + "-" + low_[i + 2] + "-" + low_[i + 4];
    auto d = Date::Parse(joined);
    return d ? Set(m, *d, DatePrecision::kDay, 5) : 0;
  }

  // July 27, 2023 / July 27 / July 2023 / (in) July / mid-July
  uint32_t MonthFirst(uint32_t i, DateMention* m) const {
    uint32_t k = i;
    std::string_view w = At(i);
    bool hyphen_prefix = false;
    for (std::string_view prefix : {"mid-", "early-", "late-"}) {
      if (w.starts_with(prefix)) hyphen_prefix = true;
    }
    std::optional<int> month;
    if (hyphen_prefix) {
      std::string rest(w.substr(w.find('-') + 1));
      for (int mm = 0; mm < 12; ++mm)
        if (rest == kMonths[mm]) month = mm + 1;
    } else {
      month = Month(k);
    }
    if (!month) return 0;
    // "may" is a modal verb far more often than a month: require a written capital M and
    // a date-like neighbour.
    if (At(i) == "may") {
      std::string_view form = doc_.Form(doc_.tokens[begin_ + i]);
      bool dateish = Day(i + 1) || Year(i + 1) || Is(i - 1, "in") || Is(i - 1, "since");
      if (i == 0 || form[0] != 'M' || !dateish) return 0;
    }
    if (!hyphen_prefix) {
      if (auto day = Day(k + 1)) {
        uint32_t used = 2;
        std::optional<int> year;
        if (Is(k + 2, ",") && Year(k + 3)) {
          year = Year(k + 3);
          used = 4;
        } else if (Year(k + 2)) {
          year = Year(k + 2);
          used = 3;
        }
        auto d = year ? DayOf(*year, *month, *day) : DayWithoutYear(*month, *day);
        if (d) return Set(m, *d, DatePrecision::kDay, used);
      }
      if (auto year = Year(k + 1)) return Set(m, Date{*year, *month, 1}, DatePrecision::kMonth, 2);
      if (Is(k + 1, ",") && Year(k + 2)) return Set(m, Date{*Year(k + 2), *month, 1}, DatePrecision::kMonth, 3);
    } else if (auto year = Year(k + 1)) {
      return Set(m, Date{*year, *month, 1}, DatePrecision::kMonth, 2);
    }
    // "March last year", "June this year", "May next year".
    if (Is(k + 2, "year") && (Is(k + 1, "last") || Is(k + 1, "this") || Is(k + 1, "next"))) {
      int year = pub_.year + (Is(k + 1, "last") ? -1 : Is(k + 1, "next") ? 1 : 0);
      return Set(m, Date{year, *month, 1}, DatePrecision::kMonth, 3);
    }
    // A bare month name needs a preposition or modifier before it to be a date.
    if (!hyphen_prefix) {
      std::string_view prev = i > 0 ? At(i - 1) : std::string_view();
      static constexpr std::array<std::string_view, 11> kBefore = {
          "in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next"};
      if (std::find(kBefore.begin(), kBefore.end(), prev) == kBefore.end()) return 0;
      if (prev == "last" || prev == "next") return 0;  // handled by Relative
    }
    return Set(m, Date{YearForMonth(*month), *month, 1}, DatePrecision::kMonth, 1);
  }

  // 27 July 2023 / 27 July
  uint32_t DayFirst(uint32_t i, DateMention* m) const {
    auto day = Day(i);
    if (!day) return 0;
    uint32_t k = i + 1;
    if (Is(k, "of")) ++k;
    auto month = Month(k);
    if (!month || At(k) == "may") return 0;
    if (auto year = Year(k + 1)) {
      auto d = DayOf(*year, *month, *day);
      return d ? Set(m, *d, DatePrecision::kDay, k + 2 - i) : 0;
    }
    auto d = DayWithoutYear(*month, *day);
    return d ? Set(m, *d, DatePrecision::kDay, k + 1 - i) : 0;
  }

  // in 2019 / since 2019 / by 2030; a year that names the thing after it, after a
  // determiner or a possessor: "the 2015 deal", "Russia's 2014 annexation of Crimea".
  uint32_t YearAlone(uint32_t i, DateMention* m) const {
    auto year = Year(i);
    if (!year || i == 0) return 0;
    static constexpr std::array<std::string_view, 10> kBefore = {
        "in", "since", "until", "by", "during", "early", "late", "mid", "before", "after"};
    static constexpr std::array<std::string_view, 9> kNaming = {"the", "its", "his", "her", "their",
                                                               "our", "'s", "\u2019s", "this"};
    const bool naming = std::find(kNaming.begin(), kNaming.end(), At(i - 1)) != kNaming.end() &&
                        !At(i + 1).empty() && std::isalpha(static_cast<unsigned char>(At(i + 1)[0]));
    const bool after_preposition = std::find(kBefore.begin(), kBefore.end(), At(i - 1)) != kBefore.end();
    if (!naming && !after_preposition) return 0;
    const uint32_t used = Set(m, Date{*year, 1, 1}, DatePrecision::kYear, 1);
    m->names_noun = !after_preposition;
    return used;
  }

  // today, tonight, yesterday, tomorrow, last night
  uint32_t Deictic(uint32_t i, DateMention* m) const {
    std::string_view w = At(i);
    if (w == "today" || w == "tonight") return Set(m, pub_, DatePrecision::kDay, 1);
    if (w == "yesterday") return Set(m, AddDays(pub_, -1), DatePrecision::kDay, 1);
    if (w == "tomorrow") return Set(m, AddDays(pub_, 1), DatePrecision::kDay, 1);
    if (w == "last" && Is(i + 1, "night")) return Set(m, AddDays(pub_, -1), DatePrecision::kDay, 2);
    return 0;
  }

  // last/this/next week|month|year|<weekday>|<month>; earlier/later this week|month|year;
  // this morning/afternoon/evening; the weekend
  uint32_t Relative(uint32_t i, DateMention* m) const {
    uint32_t k = i;
    if ((Is(k, "earlier") || Is(k, "later")) && Is(k + 1, "this")) ++k;
    std::string_view which = At(k);
    if (which != "last" && which != "this" && which != "next" && which != "past") {
      if (Is(i, "the") && Is(i + 1, "weekend")) {
        int back = (Weekday(pub_) + 2) % 7;  // days since the last Saturday
        return Set(m, AddDays(pub_, -back), DatePrecision::kDay, 2);
      }
      return 0;
    }
    int dir = which == "last" || which == "past" ? -1 : which == "next" ? 1 : 0;
    std::string_view unit = At(k + 1);
    uint32_t used = k + 2 - i;
    if (unit == "morning" || unit == "afternoon" || unit == "evening")
      return dir == 0 ? Set(m, pub_, DatePrecision::kDay, used) : 0;
    if (unit == "week") return Set(m, WeekStart(AddDays(pub_, 7 * dir)), DatePrecision::kWeek, used);
    if (unit == "month") return Set(m, AddMonths(Date{pub_.year, pub_.month, 1}, dir), DatePrecision::kMonth, used);
    if (unit == "year") return Set(m, Date{pub_.year + dir, 1, 1}, DatePrecision::kYear, used);
    if (unit == "weekend") {
      int back = (Weekday(pub_) + 2) % 7;
      Date sat = AddDays(pub_, -back);
      if (dir == 1 || (dir == 0 && tense_ == Tense::kFuture)) sat = AddDays(sat, 7);
      return Set(m, sat, DatePrecision::kDay, used);
    }
    if (auto wd = WeekdayAt(k + 1)) {
      int today = Weekday(pub_);
      if (dir < 0) {
        int back = (today - *wd + 7) % 7;
        return Set(m, AddDays(pub_, -(back == 0 ? 7 : back)), DatePrecision::kDay, used);
      }
      int ahead = (*wd - today + 7) % 7;
      if (dir > 0 && ahead == 0) ahead = 7;
      return Set(m, AddDays(pub_, ahead), DatePrecision::kDay, used);
    }
    if (auto month = Month(k + 1); month && At(k + 1) != "may") {
      int year = dir < 0 ? (*month < pub_.month ? pub_.year : pub_.year - 1)
                 : dir > 0 ? (*month > pub_.month ? pub_.year : pub_.year + 1)
                           : pub_.year;
      return Set(m, Date{year, *month, 1}, DatePrecision::kMonth, used);
    }
    return 0;
  }

  // (on) Wednesday
  uint32_t WeekdayName(uint32_t i, DateMention* m) const {
    auto wd = WeekdayAt(i);
    if (!wd) return 0;
    int today = Weekday(pub_);
    if (tense_ == Tense::kFuture) {
      int ahead = (*wd - today + 7) % 7;
      return Set(m, AddDays(pub_, ahead), DatePrecision::kDay, 1);
    }
    int back = (today - *wd + 7) % 7;
    return Set(m, AddDays(pub_, -back), DatePrecision::kDay, 1);
  }

  // two days ago, a year earlier, three weeks later
  uint32_t Ago(uint32_t i, DateMention* m) const {
    auto n = Count(i);
    if (!n) return 0;
    std::string unit(At(i + 1));
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    std::string_view rel = At(i + 2);
    bool ago = rel == "ago";
    bool other = rel == "earlier" || rel == "before" || rel == "later" || rel == "after";
    if (!ago && !other) return 0;
    int sign = (rel == "later" || rel == "after") ? 1 : -1;
    if (unit == "day") return Set(m, AddDays(pub_, sign * *n), DatePrecision::kDay, 3, other);
    if (unit == "week") return Set(m, WeekStart(AddDays(pub_, sign * 7 * *n)), DatePrecision::kWeek, 3, other);
    if (unit == "month") return Set(m, AddMonths(Date{pub_.year, pub_.month, 1}, sign * *n), DatePrecision::kMonth, 3, other);
    if (unit == "year") return Set(m, Date{pub_.year + sign * *n, 1, 1}, DatePrecision::kYear, 3, other);
    return 0;
  }

  const Document& doc_;
  uint32_t begin_, end_;
  Date pub_;
  Tense tense_;
  std::vector<std::string> low_;
};

}  // namespace

std::vector<DateMention> FindDates(const Document& doc, uint32_t token_begin, uint32_t token_end,
                                   Date published, Tense tense) {
  if (token_begin >= token_end || !published.valid()) return {};
  return Matcher(doc, token_begin, token_end, published, tense).Run();
}

std::vector<DateMention> FindDates(const Document& doc, const Sentence& sentence, Date published,
                                   Tense tense) {
  return FindDates(doc, sentence.token_begin, sentence.token_end, published, tense);
}

}  // namespace dyad::resolve
