// TABARI validation expectations: every shape the suite uses, and counts over the
// real Validate.text.
#include "read/tabari_expectations.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/read_testing.h"
#include "read/tabari_records.h"

namespace dyad::read {
namespace {

TEST(TabariExpectations, Events) {
  struct Case {
    const char* comment;
    std::vector<std::vector<std::string>> events;  // source, target, code, note
  } cases[] = {
      {"\\n[Simple coding]\\n{ ARN / GON / 064 } ", {{"ARN", "GON", "064", ""}}},
      {"\\n{ DAG / GON / 032 } 950103      \\n{ GON / DAG / 033 } 950103   ",
       {{"DAG", "GON", "032", "950103"}, {"GON", "DAG", "033", "950103"}}},
      {"\\n{  ORC / GON / 041 } (PRAISE)    WELCOMED \\n", {{"ORC", "GON", "041", "(PRAISE)    WELCOMED"}}},
      {"{ HOB / GON / 075A }*/", {{"HOB", "GON", "075A", ""}}},
      {"{ ~MIL / ~MOSREB / 064 }\n{ --- / --- / 000 }", {{"~MIL", "~MOSREB", "064", ""}, {"---", "---", "000", ""}}},
      {"{ ARN / GON / 064}{ ARN / BRE / 064 }", {{"ARN", "GON", "064", ""}, {"ARN", "BRE", "064", ""}}},
  };
  for (const Case& c : cases) {
    TabariExpectations e = ParseTabariExpectations(c.comment);
    ASSERT_EQ(e.events.size(), c.events.size()) << c.comment;
    for (size_t i = 0; i < e.events.size(); ++i) {
      EXPECT_EQ(e.events[i].source, c.events[i][0]) << c.comment;
      EXPECT_EQ(e.events[i].target, c.events[i][1]) << c.comment;
      EXPECT_EQ(e.events[i].code, c.events[i][2]) << c.comment;
      EXPECT_EQ(e.events[i].note, c.events[i][3]) << c.comment;
    }
    EXPECT_FALSE(e.no_events || e.discard || e.complex || e.unchecked) << c.comment;
  }
}

TEST(TabariExpectations, Markers) {
  struct Case {
    const char* comment;
    bool no_events, discard, complex, unchecked;
    std::vector<std::string> options, unparsed;
  } cases[] = {
      {"\\n{---}", true, false, false, false, {}, {}},
      {"{ --- } */", true, false, false, false, {}, {}},
      {"{###}", false, true, false, false, {}, {}},
      {"\\n{+++}  ", false, false, true, false, {}, {}},
      {"\\n-{---} ", true, false, false, true, {}, {}},
      {"\\n{ OPTION: SET: TIME SHIFT = FALSE } ", false, false, false, false, {"SET: TIME SHIFT = FALSE"}, {}},
      {"{ OPTION: DEFAULT: OFF }{ OPTION: SET: YYYY = TRUE }", false, false, false, false,
       {"DEFAULT: OFF", "SET: YYYY = TRUE"}, {}},
      {"{} { A / B } {unclosed", false, false, false, false, {}, {"", "A / B", "unclosed"}},
      {"\\n{ OPTION: SET: MINIMUM WORDS = 4  ", false, false, false, false, {"SET: MINIMUM WORDS = 4"}, {}},
      {"no braces at all", false, false, false, false, {}, {}},
  };
  for (const Case& c : cases) {
    TabariExpectations e = ParseTabariExpectations(c.comment);
    EXPECT_TRUE(e.events.empty()) << c.comment;
    EXPECT_EQ(e.no_events, c.no_events) << c.comment;
    EXPECT_EQ(e.discard, c.discard) << c.comment;
    EXPECT_EQ(e.complex, c.complex) << c.comment;
    EXPECT_EQ(e.unchecked, c.unchecked) << c.comment;
    EXPECT_EQ(e.options, c.options) << c.comment;
    EXPECT_EQ(e.unparsed, c.unparsed) << c.comment;
  }
}

// Counted in the file with grep: 31 OPTION braces inside record comments (three of
// them never closed), one empty "{}".
TEST(TabariExpectations, ValidationSuite) {
  std::string path = testing::SharedPath("data/tabari/Validate.text");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/data/tabari/Validate.text";
  auto in = OpenInput(path);
  ASSERT_TRUE(in.ok());
  auto records = ReadTabariRecords(**in);
  ASSERT_TRUE(records.ok());
  size_t events = 0, options = 0, with_events = 0, marked = 0, unparsed = 0;
  for (const TabariRecord& r : *records) {
    TabariExpectations e = ParseTabariExpectations(r.comment);
    events += e.events.size();
    options += e.options.size();
    with_events += !e.events.empty();
    marked += e.no_events || e.discard || e.complex;
    unparsed += e.unparsed.size();
  }
  EXPECT_EQ(options, 31u);
  EXPECT_EQ(unparsed, 1u);  // one empty "{}"
  EXPECT_GT(with_events, 400u);
  EXPECT_GT(events, with_events);
  EXPECT_GT(marked, 30u);
  std::printf("Validate.text: %zu records, %zu with events, %zu events, %zu marked, %zu options\n",
              records->size(), with_events, events, marked, options);
}

}  // namespace
}  // namespace dyad::read
