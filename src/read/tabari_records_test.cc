// TABARI records: headers, dates, comments in all their placements, errors, the
// Article reader on top, and the real validation suite from ../shared.
#include "read/tabari_records.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/read_testing.h"
#include "read/tabari_reader.h"

namespace dyad::read {
namespace {

std::vector<TabariRecord> Records(std::string_view text, std::vector<Status>* errors) {
  auto in = OpenMemory(text);
  auto records = ReadTabariRecords(*in, errors);
  EXPECT_TRUE(records.ok()) << records.status().ToString();
  return records.ok() ? *records : std::vector<TabariRecord>{};
}

TEST(TabariDate, Table) {
  struct Case {
    const char* digits;
    const char* want;  // "" = no date
  } cases[] = {
      {"950101", "1995-01-01"}, {"000229", "2000-02-29"}, {"300630", "2030-06-30"}, {"310101", "1931-01-01"},
      {"20150607", "2015-06-07"}, {"19140724", "1914-07-24"}, {"9501201", "1995-01-20"},
      {"186010029", "1860-10-02"}, {"950230", ""}, {"951301", ""}, {"95010", ""}, {"", ""}, {"95o101", ""},
  };
  for (const Case& c : cases) {
    std::optional<Date> d = TabariDate(c.digits);
    EXPECT_EQ(d ? d->ToString() : "", c.want) << c.digits;
  }
}

TEST(TabariHeader, Table) {
  EXPECT_TRUE(IsTabariHeader("950101 DEMO-01"));
  EXPECT_TRUE(IsTabariHeader("950101*INTRO"));
  EXPECT_TRUE(IsTabariHeader("061118 00589742 004"));
  EXPECT_TRUE(IsTabariHeader("950101"));
  EXPECT_FALSE(IsTabariHeader("95010 DEMO"));
  EXPECT_FALSE(IsTabariHeader("100000people marched"));
  EXPECT_FALSE(IsTabariHeader("Arnor is about to restore"));
  EXPECT_FALSE(IsTabariHeader(""));
}

TEST(TabariRecords, ShapesOfRecords) {
  const char* text =
      "# a comment line between records\n"
      "\n"
      "950101*INTRO\n"
      "Opening text that ends in a comment/*\n"
      "\\n{---}*/\n"
      "\n"
      "950102  DEMO-01  EXTRA-FIELD\n"
      "Arnor is about to restore ties   \n"
      "with Gondor. \n"
      "/*\\n[Simple coding]\n"
      "\\n{ ARN / GON / 064 } */    \n"
      "950103 NO-BLANK-BEFORE\n"
      "A record that follows a comment directly.\n"
      "\n"
      "950104 NO-COMMENT\n"
      "Plain text, no comment.\n"
      "\n\n\n"
      "950105 EMPTY\n"
      "\n"
      "950106 AT-END\n"
      "Last record, no blank line after it.";
  std::vector<Status> errors;
  std::vector<TabariRecord> r = Records(text, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[0].id, "INTRO");
  EXPECT_EQ(r[0].line, 3u);
  EXPECT_EQ(r[0].text, "Opening text that ends in a comment");
  EXPECT_TRUE(r[0].has_comment);
  EXPECT_TRUE(r[0].comment_closed);
  EXPECT_EQ(r[0].comment, "\n\\n{---}");
  EXPECT_EQ(r[1].id, "DEMO-01");
  EXPECT_EQ(r[1].header, "950102  DEMO-01  EXTRA-FIELD");
  EXPECT_EQ(r[1].date_text, "950102");
  EXPECT_EQ(r[1].date->ToString(), "1995-01-02");
  EXPECT_EQ(r[1].text, "Arnor is about to restore ties\nwith Gondor.");
  EXPECT_EQ(r[1].comment, "\\n[Simple coding]\n\\n{ ARN / GON / 064 } ");
  EXPECT_EQ(r[2].id, "NO-BLANK-BEFORE");
  EXPECT_EQ(r[2].line, 12u);
  EXPECT_EQ(r[2].text, "A record that follows a comment directly.");
  EXPECT_FALSE(r[3].has_comment);
  EXPECT_EQ(r[3].text, "Plain text, no comment.");
  EXPECT_EQ(r[4].id, "EMPTY");
  EXPECT_EQ(r[4].text, "");
  EXPECT_EQ(r[5].text, "Last record, no blank line after it.");
}

TEST(TabariRecords, ErrorsNameTheirLineAndReadingGoesOn) {
  const char* text =
      "Stray text before any record\n"
      "and its second line.\n"
      "\n"
      "950101 GOOD\n"
      "Good text.\n"
      "\n"
      "More stray text.\n"
      "\n"
      "950102 OPEN-COMMENT\n"
      "Text. /* a comment closed by mistake /*\n"
      "more comment\n"
      "\n"
      "950103 AFTER\n"
      "Text. /* never closed";
  std::vector<Status> errors;
  std::vector<TabariRecord> r = Records(text, &errors);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].id, "GOOD");
  EXPECT_FALSE(r[0].has_comment);
  EXPECT_EQ(r[1].id, "OPEN-COMMENT");
  EXPECT_EQ(r[1].text, "Text.");
  EXPECT_TRUE(r[1].has_comment);
  EXPECT_FALSE(r[1].comment_closed);
  EXPECT_EQ(r[1].comment, " a comment closed by mistake /*\nmore comment");
  EXPECT_EQ(r[2].id, "AFTER");
  EXPECT_FALSE(r[2].comment_closed);
  EXPECT_EQ(r[2].comment, " never closed");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(errors[0].message().rfind("line 1: text outside a record", 0), 0u) << errors[0].ToString();
  EXPECT_EQ(errors[1].message().rfind("line 7: text outside a record", 0), 0u) << errors[1].ToString();
}

TEST(TabariRecords, SniffTable) {
  struct Case {
    const char* head;
    bool want;
  } cases[] = {
      {"950101 DEMO-01\nArnor is about\n", true},
      {"\n#####\n# comment\n#\n\n950101  START-00\nValidation suite\n", true},
      {"950101*INTRO\nThis is\n", true},
      {"950101 DEMO-01\n\n", false},
      {"950101 DEMO-01", false},
      {"The 950101 file\n\n", false},
      {"2024 was a year\n\nof talks\n", false},
      {"100000 people marched on Sunday\nin the capital.\n", false},
      {"{\"id\":1}\n", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffTabari(c.head), c.want) << c.head;
}

TEST(TabariReader, ArticlesFromRecords) {
  std::string text =
      "950101 DEMO-01\nArnor is about to restore\nties with Gondor.\n/* { ARN / GON / 064 } */\n\n"
      "951399 BAD-DATE\nA record with an impossible date.\n\n"
      "950102\nA record without an id.\n\n"
      "950103 NO-TEXT\n\n"
      "950104 CAF\xC9\nAn id in Latin-1.\n\n";
  for (const std::string& bytes : {text, testing::Gzip(text), testing::Zstd(text)}) {
    auto reader = OpenTabari(OpenMemory(bytes), "suite/demo.text.gz");
    testing::Drained d = testing::Drain(*reader, "demo.text");
    ASSERT_EQ(d.articles.size(), 4u);
    EXPECT_EQ(d.articles[3].id, "CAF\xEF\xBF\xBD");
    EXPECT_EQ(d.articles[0].id, "DEMO-01");
    EXPECT_EQ(d.articles[0].text, "Arnor is about to restore\nties with Gondor.");
    EXPECT_EQ(d.articles[0].published->ToString(), "1995-01-01");
    EXPECT_EQ(d.articles[0].origin, "suite/demo.text.gz:1");
    EXPECT_EQ(d.articles[1].id, "BAD-DATE");
    EXPECT_FALSE(d.articles[1].published.has_value());
    EXPECT_EQ(d.articles[2].id, "demo.text:9");
    ASSERT_EQ(d.errors.size(), 1u);
    EXPECT_EQ(d.errors[0].record, "6");
    EXPECT_NE(d.errors[0].ToString().find("unrecognised date \"951399\""), std::string::npos);
    ASSERT_EQ(reader->Skipped().size(), 1u);
    EXPECT_EQ(reader->Skipped()[0].second, 1u);
  }
}

// Every header line of the validation suite starts a record, and the comments hold
// the expectations the validation command will read.
TEST(TabariRecords, ValidationSuite) {
  std::string path = testing::SharedPath("data/tabari/Validate.text");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/data/tabari/Validate.text";
  auto in = OpenInput(path);
  ASSERT_TRUE(in.ok());
  std::vector<Status> errors;
  auto records = ReadTabariRecords(**in, &errors);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  EXPECT_TRUE(errors.empty()) << errors[0].ToString();
  EXPECT_EQ(records->size(), 481u);  // lines matching ^[0-9]{6} in the file
  size_t with_expectation = 0;
  for (const TabariRecord& r : *records) {
    EXPECT_FALSE(r.id.empty()) << r.line;
    EXPECT_TRUE(r.date.has_value()) << r.header;
    with_expectation += r.comment.find('{') != std::string::npos;
  }
  EXPECT_GT(with_expectation, 470u);
  size_t unclosed = 0;
  for (const TabariRecord& r : *records) unclosed += r.has_comment && !r.comment_closed;
  EXPECT_EQ(unclosed, 2u);  // COMPOUND-06 ends its comment with "/*", DEFAULT-06b never closes it
  const TabariRecord& demo = (*records)[2];
  EXPECT_EQ(demo.id, "DEMO-01");
  EXPECT_NE(demo.comment.find("{ ARN / GON / 064 }"), std::string::npos);
  EXPECT_EQ(demo.text.substr(0, 37), "Arnor is about to restore full diplom");
}

TEST(TabariRecords, DemoText) {
  std::string path = testing::SharedPath("data/tabari/TABARI.Demo.text");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/data/tabari/TABARI.Demo.text";
  auto in = OpenInput(path);
  ASSERT_TRUE(in.ok());
  std::vector<Status> errors;
  auto records = ReadTabariRecords(**in, &errors);
  ASSERT_TRUE(records.ok());
  EXPECT_TRUE(errors.empty()) << errors[0].ToString();
  EXPECT_EQ(records->size(), 46u);
  EXPECT_EQ((*records)[0].id, "INTRO");
  EXPECT_EQ((*records)[0].text.find("/*"), std::string::npos);
}

}  // namespace
}  // namespace dyad::read
