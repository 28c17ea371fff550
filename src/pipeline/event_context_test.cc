// Event dates and places from the clause of the event's verb.
#include "pipeline/event_context.h"

#include <gtest/gtest.h>

#include "pipeline/coder.h"

namespace dyad::pipeline {
namespace {

const Coder* Shipped() {
  static std::shared_ptr<const Coder> coder = [] {
    auto c = Coder::Load({.dict = std::string(DYAD_SOURCE_DIR) + "/data/dict"});
    return c.ok() ? *c : nullptr;
  }();
  return coder.get();
}

struct Row {
  const char* text;
  const char* date;
  DatePrecision precision;
  const char* place;  // "" for none expected
};

TEST(EventContextTest, DatesAndPlacesFromTheEventsClause) {
  const Coder* coder = Shipped();
  ASSERT_NE(coder, nullptr);
  if (coder->analysis_level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  const Row rows[] = {
      {"In November 2022 Russia attacked Ukraine.", "2022-11-01", DatePrecision::kMonth, "Ukraine"},
      {"Russia attacked Ukraine in 2019.", "2019-01-01", DatePrecision::kYear, "Ukraine"},
      {"Russia attacked Ukraine.", "2023-07-27", DatePrecision::kDay, "Ukraine"},
      // A date in a relative clause dates that clause, not the event.
      {"China urged North Korea to resume talks that broke down in 2019.", "2023-07-27", DatePrecision::kDay, ""},
      // A year that names a thing dates that thing alone.
      {"Putin's 2014 annexation of Crimea angered Ukraine.", "2014-01-01", DatePrecision::kYear, ""},
      {"Russia attacked Ukraine over the 2014 crisis.", "2023-07-27", DatePrecision::kDay, "Ukraine"},
      // A place named in the clause beats the target's country.
      {"Shoigu met Kim Jong Un in Pyongyang.", "2023-07-27", DatePrecision::kDay, "Pyongyang"},
      // An act of force placed nowhere in its clause: the one city of the target's country
      // that the article places something in ("in Kharkiv"), else the country.
      {"Thousands protested in Kharkiv on Monday. Russia attacked Ukraine.", "2023-07-27", DatePrecision::kDay,
       "Kharkiv"},
      {"Thousands protested in Kharkiv and in Lviv on Monday. Russia attacked Ukraine.", "2023-07-27",
       DatePrecision::kDay, "Ukraine"},
  };
  for (const Row& r : rows) {
    auto coded = coder->CodeText(r.text, Date::Parse("2023-07-27"));
    ASSERT_TRUE(coded.ok());
    ASSERT_FALSE(coded->events.empty()) << r.text;
    const Event& e = coded->events[0];
    EXPECT_EQ(e.date.ToString(), r.date) << r.text;
    EXPECT_EQ(e.date_precision, r.precision) << r.text;
    if (*r.place) {
      ASSERT_TRUE(e.location.has_value()) << r.text;
      EXPECT_EQ(e.location->name, r.place) << r.text;
    }
  }
}

TEST(EventContextTest, VerbTokenFindsTheVerbByOffset) {
  const Coder* coder = Shipped();
  ASSERT_NE(coder, nullptr);
  auto coded = coder->CodeText("Russia attacked Ukraine.", Date::Parse("2023-07-27"));
  ASSERT_TRUE(coded.ok());
  if (coded->events.empty()) GTEST_SKIP() << "needs the shipped models";
  const int32_t t = VerbToken(coded->doc, coded->events[0]);
  ASSERT_GE(t, 0);
  EXPECT_EQ(coded->doc.Form(coded->doc.tokens[t]), "attacked");
  Event stray;
  stray.sentence_index = 99;
  EXPECT_EQ(VerbToken(coded->doc, stray), -1);
}

}  // namespace
}  // namespace dyad::pipeline
