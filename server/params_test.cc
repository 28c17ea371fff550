// Query parameters to filters: one case a line, accepted or refused with the reason.
#include "server/params.h"

#include <gtest/gtest.h>

namespace dyad::server {
namespace {

struct FilterCase {
  Params params;
  std::string error;  // substring of the message; empty when accepted
};

TEST(ParamsTest, FilterCases) {
  const FilterCase cases[] = {
      {{}, ""},
      {{{"actor", "rus"}}, ""},
      {{{"actor", "RUS"}, {"actor_role", "source"}}, ""},
      {{{"actor_role", "sideways"}}, "actor_role: 'sideways' is not one of"},
      {{{"dyad", "USA,CHN"}, {"directed", "true"}}, ""},
      {{{"dyad", "USA"}}, "dyad: 'USA' is not two actor codes"},
      {{{"dyad", "USA,"}}, "not two actor codes"},
      {{{"dyad", "A,B,C"}}, "not two actor codes"},
      {{{"directed", "maybe"}}, "directed: 'maybe' is not true or false"},
      {{{"actor", "RU S"}}, "is not an actor code"},
      {{{"actor", "RUS'; DROP TABLE events;--"}}, "is not an actor code"},
      {{{"cameo", "04x"}}, "CAMEO code"},
      {{{"root", "4"}}, "CAMEO root"},
      {{{"quad_class", "5"}}, "quad_class: 5 is out of range 1..4"},
      {{{"quad_class", "two"}}, "quad_class: 'two' is not an integer"},
      {{{"from", "2024-02-30"}}, "from: '2024-02-30' is not a date"},
      {{{"from", "yesterday"}}, "is not a date"},
      {{{"to", "2024-13-01"}}, "to: '2024-13-01' is not a date"},
      {{{"from", "2024-03-01"}, {"to", "2024-02-01"}}, "ends (2024-02-01) before it starts"},
      {{{"from", "2024-01-01T00:00:00Z"}}, ""},
      {{{"text", "ceasefire OR truce"}}, ""},
  };
  for (const auto& c : cases) {
    Result<store::EventFilter> f = ParseFilter(c.params);
    std::string shown = c.params.empty() ? "(none)" : c.params.begin()->first + "=" + c.params.begin()->second;
    if (c.error.empty()) {
      EXPECT_TRUE(f.ok()) << shown << ": " << f.status().ToString();
    } else {
      ASSERT_FALSE(f.ok()) << shown;
      EXPECT_EQ(f.status().code(), StatusCode::kInvalidArgument) << shown;
      EXPECT_NE(f.status().message().find(c.error), std::string::npos) << shown << ": " << f.status().message();
    }
  }
}

TEST(ParamsTest, FilterValues) {
  Result<store::EventFilter> f = ParseFilter(
      {{"actor", "rusmil"}, {"dyad", "usa,chn"}, {"directed", "1"}, {"from", "2024-01-02"}, {"quad_class", "4"}});
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->actor, "RUSMIL");
  EXPECT_EQ(f->dyad_a, "USA");
  EXPECT_EQ(f->dyad_b, "CHN");
  EXPECT_TRUE(f->dyad_directed);
  EXPECT_EQ(f->from->ToString(), "2024-01-02");
  EXPECT_FALSE(f->to.has_value());
  EXPECT_EQ(f->quad_class, 4);
}

TEST(ParamsTest, CheckParamsRefusesUnknownRepeatedAndLong) {
  const std::initializer_list<std::string_view> names = {"actor", "limit"};
  EXPECT_TRUE(CheckParams({{"actor", "USA"}, {"limit", "5"}}, {names}).ok());
  Status s = CheckParams({{"actr", "USA"}}, {names});
  EXPECT_NE(s.message().find("unknown parameter 'actr'"), std::string::npos) << s.message();
  s = CheckParams({{"actor", "USA"}, {"actor", "RUS"}}, {names});
  EXPECT_NE(s.message().find("given more than once"), std::string::npos) << s.message();
  s = CheckParams({{"actor", std::string(kMaxValueBytes + 1, 'A')}}, {names});
  EXPECT_NE(s.message().find("longer than"), std::string::npos) << s.message();
  Params many;
  for (size_t i = 0; i <= kMaxParams; ++i) {
    std::string name = std::to_string(i);
    name += 'p';
    many.emplace(name, "x");
  }
  s = CheckParams(many, {names});
  EXPECT_NE(s.message().find("too many parameters"), std::string::npos) << s.message();
}

TEST(ParamsTest, JsonBodies) {
  struct Case {
    std::string body;
    std::string error;  // empty when accepted
  };
  const Case cases[] = {
      {R"({"actor":"USA","limit":10,"directed":true})", ""},
      {"{}", ""},
      {"{not json", "not valid JSON"},
      {"", "not valid JSON"},
      {"[1]", "must be a JSON object"},
      {R"("USA")", "must be a JSON object"},
      {R"({"limit":1.5})", "must be a string, an integer or a boolean"},
      {R"({"actor":null})", "must be a string"},
      {R"({"actor":["USA"]})", "must be a string"},
  };
  for (const auto& c : cases) {
    Result<Params> p = ParamsFromJsonBody(c.body);
    if (c.error.empty()) {
      EXPECT_TRUE(p.ok()) << c.body << ": " << p.status().ToString();
    } else {
      ASSERT_FALSE(p.ok()) << c.body;
      EXPECT_NE(p.status().message().find(c.error), std::string::npos) << c.body << ": " << p.status().message();
    }
  }
  Result<Params> p = ParamsFromJsonBody(R"({"actor":"USA","limit":10,"directed":true})");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Get(*p, "limit"), "10");
  EXPECT_EQ(Get(*p, "directed"), "true");
  EXPECT_EQ(Get(*p, "actor"), "USA");
}

TEST(ParamsTest, GetIntBounds) {
  struct Case {
    std::string value;
    bool ok;
    int64_t want;
  };
  const Case cases[] = {{"1", true, 1},     {"1000", true, 1000},  {"0", false, 0},
                        {"1001", false, 0}, {"-5", false, 0},      {"10abc", false, 0},
                        {"", false, 0},     {"99999999999999999999", false, 0}};
  for (const auto& c : cases) {
    Result<int64_t> n = GetInt({{"limit", c.value}}, "limit", 1, 1000, 50);
    EXPECT_EQ(n.ok(), c.ok) << c.value;
    if (c.ok && n.ok()) {
      EXPECT_EQ(*n, c.want) << c.value;
    }
  }
  Result<int64_t> absent = GetInt({}, "limit", 1, 1000, 50);
  ASSERT_TRUE(absent.ok());
  EXPECT_EQ(*absent, 50);
}

}  // namespace
}  // namespace dyad::server
