#include "resolve/date_expressions.h"

#include <gtest/gtest.h>

#include "text/segmenter.h"

namespace dyad::resolve {
namespace {

struct Found {
  std::string text;
  std::string date;
  DatePrecision precision;
};

std::vector<Found> Find(const std::string& sentence, Date pub, Tense tense = Tense::kPast) {
  Document doc = text::Segment(sentence);
  std::vector<Found> out;
  for (const auto& m : FindDates(doc, 0, static_cast<uint32_t>(doc.tokens.size()), pub, tense))
    out.push_back({doc.text.substr(m.begin, m.end - m.begin), m.date.ToString(), m.precision});
  return out;
}

constexpr Date kThursday{2023, 7, 27};  // the seed article's publication date
using P = DatePrecision;

TEST(DateExpressions, ResolvesAgainstThePublicationDate) {
  struct Case {
    const char* sentence;
    const char* text;
    const char* date;
    DatePrecision precision;
  } cases[] = {
      {"North Korea is celebrating Victory Day today.", "today", "2023-07-27", P::kDay},
      {"The minister arrived yesterday.", "yesterday", "2023-07-26", P::kDay},
      {"The talks were held on Wednesday.", "Wednesday", "2023-07-26", P::kDay},
      {"The talks were held on Thursday.", "Thursday", "2023-07-27", P::kDay},
      {"They met last Thursday.", "last Thursday", "2023-07-20", P::kDay},
      {"They met last week.", "last week", "2023-07-17", P::kWeek},
      {"Exports rose in June.", "June", "2023-06-01", P::kMonth},
      {"Exports fell in September.", "September", "2022-09-01", P::kMonth},
      {"A delivery went to Wagner in November 2022.", "November 2022", "2022-11-01", P::kMonth},
      {"Talks broke down in 2019.", "2019", "2019-01-01", P::kYear},
      {"The 2015 deal lifted sanctions.", "2015", "2015-01-01", P::kYear},
      {"Russia's 2014 annexation of Crimea drew sanctions.", "2014", "2014-01-01", P::kYear},
      {"It happened two days ago.", "two days ago", "2023-07-25", P::kDay},
      {"It happened three weeks ago.", "three weeks ago", "2023-07-03", P::kWeek},
      {"The treaty was signed on July 4, 2020.", "July 4, 2020", "2020-07-04", P::kDay},
      {"The treaty was signed on 4 July 2020.", "4 July 2020", "2020-07-04", P::kDay},
      {"The summit opened on July 30.", "July 30", "2022-07-30", P::kDay},
      {"Fighting resumed last month.", "last month", "2023-06-01", P::kMonth},
      {"Elections were held last year.", "last year", "2022-01-01", P::kYear},
      {"Elections were held in March last year.", "March last year", "2022-03-01", P::kMonth},
      {"Talks resume in May next year.", "May next year", "2024-05-01", P::kMonth},
      {"The report is dated 2023-07-20.", "2023-07-20", "2023-07-20", P::kDay},
      {"Clashes broke out over the weekend.", "the weekend", "2023-07-22", P::kDay},
      {"Troops withdrew in mid-June.", "mid-June", "2023-06-01", P::kMonth},
      {"Shelling continued last night.", "last night", "2023-07-26", P::kDay},
  };
  for (const auto& c : cases) {
    auto found = Find(c.sentence, kThursday);
    ASSERT_FALSE(found.empty()) << c.sentence;
    EXPECT_EQ(found[0].text, c.text) << c.sentence;
    EXPECT_EQ(found[0].date, c.date) << c.sentence;
    EXPECT_EQ(found[0].precision, c.precision) << c.sentence;
  }
}

TEST(DateExpressions, FutureClausesLookAhead) {
  auto found = Find("The ministers will meet on Monday.", kThursday, Tense::kFuture);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-07-31");
  found = Find("Elections are due in March.", kThursday, Tense::kFuture);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2024-03-01");
  found = Find("They will meet next week.", kThursday);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-07-31");
}

TEST(DateExpressions, MonthAndYearBoundariesAndLeapDays) {
  // Published on 1 January: "yesterday" is in the previous year, "in December" too.
  auto found = Find("The border closed yesterday.", Date{2024, 1, 1});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-12-31");
  found = Find("The border closed in December.", Date{2024, 1, 1});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-12-01");
  found = Find("Voting ended on February 29.", Date{2024, 3, 2});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2024-02-29");
  found = Find("The ceasefire began three days ago.", Date{2024, 3, 1});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2024-02-27");
  found = Find("The ceasefire began last month.", Date{2024, 1, 15});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-12-01");
  // 29 February in a year without one falls back to the last year that has it.
  found = Find("Voting ended on February 29.", Date{2025, 3, 2});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2024-02-29");
}

TEST(DateExpressions, AnchoredElsewhereIsMarked) {
  Document doc = text::Segment("Exports in June were eight times higher than a year earlier.");
  auto found = FindDates(doc, doc.sentences[0], kThursday);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[0].relative_to_other);
  EXPECT_EQ(found[0].date.ToString(), "2023-06-01");
  EXPECT_TRUE(found[1].relative_to_other);
}

TEST(DateExpressions, IgnoresWhatIsNotADate) {
  for (const char* s : {"Russia may send more troops.", "He won 2019 votes.", "The 1990s were calm.",
                        "since the end of the corona pandemic", "The March of the Volunteers.",
                        "A few kilometers long border.", "They will meet."}) {
    EXPECT_TRUE(Find(s, kThursday).empty()) << s;
  }
  EXPECT_TRUE(Find("today", Date{}).empty());  // no publication date, nothing to resolve
}

}  // namespace
}  // namespace dyad::resolve
