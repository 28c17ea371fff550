// Query tests over a small hand-written store: each filter, their combinations, paging
// by offset and by cursor, timelines per day/week/month with and without QuadClass, top
// dyads and actors, and the errors bad filters give.
#include "store/query.h"

#include <gtest/gtest.h>

#include "store/test_util.h"

namespace dyad::store {
namespace {

struct Row {
  const char* id;
  const char* date;
  const char* source;
  const char* target;
  const char* cameo;
  int quad;
  double goldstein;
  const char* place;
  const char* sentence;
};

// Query order is by date, then insertion: e7 e1 e2 e3 e4 e5 e6 e8.
constexpr Row kRows[] = {
    {"e1", "2024-01-01", "USAGOV", "RUSGOV", "042", 1, 1.9, "", "The US envoy visited Moscow for ceasefire talks."},
    {"e2", "2024-01-02", "RUSMIL", "UKR", "190", 4, -10.0, "UKR", "Russian forces fought Ukrainian troops."},
    {"e3", "2024-01-08", "UKRGOV", "RUSGOV", "112", 3, -2.0, "", "Kyiv accused Moscow of breaking the ceasefire."},
    {"e4", "2024-02-15", "CHN", "USA", "036", 1, 4.0, "CHN", "Beijing offered talks to Washington."},
    {"e5", "2024-02-15", "USA", "CHNGOV", "111", 3, -2.0, "", "Washington criticized Beijing."},
    {"e6", "2024-03-01", "RUSGOV", "USAGOV", "043", 1, 2.8, "RUS", "Moscow hosted the US envoy."},
    {"e7", "2023-12-31", "FRA", "DEU", "057", 2, 8.0, "", "Paris and Berlin signed a treaty."},
    {"e8", "2024-03-02", "USAGOV", "RUSGOV", "042", 1, 1.9, "", "The envoy visited again."},
};

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Store> s = Store::Open(FreshDbPath("q"), OpenMode::kReadWrite);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_.emplace(std::move(s).value());
    ASSERT_TRUE(store_->BeginBatch().ok());
    for (const Row& r : kRows) {
      Article a;
      a.id = std::string("a") + (r.id + 1);
      a.text = r.sentence;
      Event e;
      e.event_id = a.id + ":0:0";
      e.article_id = a.id;
      e.sentence = r.sentence;
      e.date = *Date::Parse(r.date);
      e.source = {r.source, std::string(r.source).substr(0, 3), "s", 0, 1};
      e.target = {r.target, std::string(r.target).substr(0, 3), "t", 2, 3};
      e.cameo = r.cameo;
      e.quad_class = r.quad;
      e.goldstein = r.goldstein;
      if (*r.place) e.location = Place{.name = "p", .country = r.place};
      SentenceRow sentence{0, 0, static_cast<uint32_t>(a.text.size()), a.text};
      ASSERT_TRUE(store_->Add(a, {&sentence, 1}, {&e, 1}).ok());
    }
    ASSERT_TRUE(store_->Commit().ok());
  }

  // The rows' short names ("e1 e3") of the events matching `f`.
  std::string Ids(const EventFilter& f) {
    Result<EventPage> page = QueryEvents(*store_, f, Page{});
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) return "error";
    return Names(page->events);
  }

  static std::string Names(const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events) {
      if (!out.empty()) out += ' ';
      out += "e" + e.article_id.substr(1);
    }
    return out;
  }

  std::optional<Store> store_;
};

TEST_F(QueryTest, Filters) {
  struct Case {
    const char* name;
    EventFilter filter;
    const char* want;
  };
  auto day = [](const char* s) { return Date::Parse(s); };
  const Case cases[] = {
      {"none", {}, "e7 e1 e2 e3 e4 e5 e6 e8"},
      {"actor either", {.actor = "USA"}, "e1 e4 e5 e6 e8"},
      {"actor source", {.actor = "USA", .actor_role = Role::kSource}, "e1 e5 e8"},
      {"actor target full code", {.actor = "USAGOV", .actor_role = Role::kTarget}, "e6"},
      {"actor short prefix", {.actor = "US"}, "e1 e4 e5 e6 e8"},
      {"country either", {.country = "RUS"}, "e1 e2 e3 e6 e8"},
      {"country source", {.country = "RUS", .country_role = Role::kSource}, "e2 e6"},
      {"country target", {.country = "RUS", .country_role = Role::kTarget}, "e1 e3 e8"},
      {"dyad", {.dyad_a = "USA", .dyad_b = "RUS"}, "e1 e6 e8"},
      {"dyad directed", {.dyad_a = "USA", .dyad_b = "RUS", .dyad_directed = true}, "e1 e8"},
      {"dyad reversed directed", {.dyad_a = "RUS", .dyad_b = "USA", .dyad_directed = true}, "e6"},
      {"dyad mixed", {.dyad_a = "RUS", .dyad_b = "UKR"}, "e2 e3"},
      {"dyad in a period", {.dyad_a = "USA", .dyad_b = "RUS", .from = day("2024-01-02"), .to = day("2024-03-01")}, "e6"},
      {"directed dyad from a day", {.dyad_a = "USA", .dyad_b = "RUS", .dyad_directed = true, .from = day("2024-01-01")},
       "e1 e8"},
      {"cameo", {.cameo = "042"}, "e1 e8"},
      {"root", {.root = "11"}, "e3 e5"},
      {"quad class", {.quad_class = 1}, "e1 e4 e6 e8"},
      {"date range", {.from = day("2024-01-02"), .to = day("2024-02-15")}, "e2 e3 e4 e5"},
      {"from only", {.from = day("2024-03-01")}, "e6 e8"},
      {"to only", {.to = day("2023-12-31")}, "e7"},
      {"place", {.place_country = "CHN"}, "e4"},
      {"text", {.text = "ceasefire"}, "e1 e3"},
      {"text phrase", {.text = "\"US envoy\""}, "e1 e6"},
      {"text and actor", {.actor = "UKR", .text = "ceasefire"}, "e3"},
      {"actor and quad", {.actor = "RUS", .quad_class = 4}, "e2"},
      {"nothing matches", {.actor = "ZZZ"}, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Ids(c.filter), c.want) << c.name;
}

TEST_F(QueryTest, OffsetPaging) {
  Result<EventPage> page = QueryEvents(*store_, {}, Page{.limit = 2, .offset = 3});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Names(page->events), "e3 e4");
  EXPECT_FALSE(page->next_cursor.empty());
}

TEST_F(QueryTest, CursorPagingVisitsEveryEventOnce) {
  // No filter, and a dyad in a period (whose pages are ordered from the dyad index alone).
  struct Case {
    EventFilter filter;
    const char* want;
    int events;
  };
  const Case cases[] = {
      {{}, "e7 e1 e2 e3 e4 e5 e6 e8", 8},
      {{.dyad_a = "USA", .dyad_b = "RUS", .from = Date{2024, 1, 2}, .to = Date{2024, 12, 31}}, "e6 e8", 2},
      {{.dyad_a = "RUS", .dyad_b = "USA", .dyad_directed = true}, "e6", 1},
  };
  for (const Case& c : cases) {
    for (int limit : {1, 2, 8, 100}) {
      std::string seen, cursor;
      int pages = 0;
      do {
        Result<EventPage> page = QueryEvents(*store_, c.filter, Page{.limit = limit, .cursor = cursor});
        ASSERT_TRUE(page.ok()) << page.status().ToString();
        if (!seen.empty() && !page->events.empty()) seen += ' ';
        seen += Names(page->events);
        cursor = page->next_cursor;
        ++pages;
      } while (!cursor.empty() && pages < 20);
      EXPECT_EQ(seen, c.want) << limit;
      EXPECT_EQ(pages, (c.events + limit - 1) / limit) << c.want << " " << limit;
      // Offsets give the same pages.
      Result<EventPage> second = QueryEvents(*store_, c.filter, Page{.limit = 1, .offset = 1});
      ASSERT_TRUE(second.ok());
      std::string want_second = c.events > 1 ? std::string(c.want).substr(3, 2) : "";
      EXPECT_EQ(Names(second->events), want_second) << c.want;
    }
  }
}

std::string Text(const std::vector<TimelinePoint>& points) {
  std::string out;
  for (const TimelinePoint& p : points) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s%s q%d n%lld g%.1f", out.empty() ? "" : "; ", p.period.c_str(),
                  p.quad_class, static_cast<long long>(p.events), p.goldstein_sum);
    out += buf;
  }
  return out;
}

TEST_F(QueryTest, Timelines) {
  struct Case {
    EventFilter filter;
    Bucket bucket;
    bool by_quad;
    const char* want;
  };
  const Case cases[] = {
      {{.actor = "RUS"}, Bucket::kMonth, false, "2024-01 q0 n3 g-10.1; 2024-03 q0 n2 g4.7"},
      {{.actor = "RUS"}, Bucket::kWeek, false,
       "2024-01-01 q0 n2 g-8.1; 2024-01-08 q0 n1 g-2.0; 2024-02-26 q0 n2 g4.7"},
      {{.dyad_a = "USA", .dyad_b = "RUS"}, Bucket::kDay, false,
       "2024-01-01 q0 n1 g1.9; 2024-03-01 q0 n1 g2.8; 2024-03-02 q0 n1 g1.9"},
      {{.to = Date::Parse("2024-02-28")}, Bucket::kMonth, true,
       "2023-12 q2 n1 g8.0; 2024-01 q1 n1 g1.9; 2024-01 q3 n1 g-2.0; 2024-01 q4 n1 g-10.0; "
       "2024-02 q1 n1 g4.0; 2024-02 q3 n1 g-2.0"},
      {{.actor = "FRA"}, Bucket::kWeek, false, "2023-12-25 q0 n1 g8.0"},
      // A dyad in a period alone is summed from events_dyad; with another filter, from rows.
      {{.dyad_a = "USA", .dyad_b = "RUS"}, Bucket::kMonth, true, "2024-01 q1 n1 g1.9; 2024-03 q1 n2 g4.7"},
      {{.dyad_a = "RUS", .dyad_b = "UKR", .from = Date::Parse("2024-01-02"), .to = Date::Parse("2024-01-08")},
       Bucket::kWeek, true, "2024-01-01 q4 n1 g-10.0; 2024-01-08 q3 n1 g-2.0"},
      {{.dyad_a = "USA", .dyad_b = "CHN", .dyad_directed = true}, Bucket::kMonth, false, "2024-02 q0 n1 g-2.0"},
      {{.dyad_a = "USA", .dyad_b = "RUS", .from = Date::Parse("2024-01-02")}, Bucket::kDay, false,
       "2024-03-01 q0 n1 g2.8; 2024-03-02 q0 n1 g1.9"},
      {{.dyad_a = "FRA", .dyad_b = "USA"}, Bucket::kMonth, true, ""},
      {{.dyad_a = "USA", .dyad_b = "RUS", .cameo = "042"}, Bucket::kMonth, false,
       "2024-01 q0 n1 g1.9; 2024-03 q0 n1 g1.9"},
  };
  for (const Case& c : cases) {
    Result<std::vector<TimelinePoint>> t = Timeline(*store_, c.filter, c.bucket, c.by_quad);
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    EXPECT_EQ(Text(*t), c.want);
  }
}

TEST_F(QueryTest, TopDyadsAndActors) {
  Result<std::vector<DyadCount>> dyads = TopDyads(*store_, {}, 3);
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads->size(), 3u);
  EXPECT_EQ((*dyads)[0].source + ">" + (*dyads)[0].target, "USAGOV>RUSGOV");
  EXPECT_EQ((*dyads)[0].events, 2);
  EXPECT_NEAR((*dyads)[0].goldstein_sum, 3.8, 1e-9);
  EXPECT_EQ((*dyads)[1].source + ">" + (*dyads)[1].target, "CHN>USA");
  EXPECT_EQ((*dyads)[2].source + ">" + (*dyads)[2].target, "FRA>DEU");

  Result<std::vector<ActorCount>> actors = TopActors(*store_, {}, 3);
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(actors->size(), 3u);
  EXPECT_EQ((*actors)[0].code, "RUSGOV");
  EXPECT_EQ((*actors)[0].as_source, 1);
  EXPECT_EQ((*actors)[0].as_target, 3);
  EXPECT_EQ((*actors)[1].code, "USAGOV");
  EXPECT_EQ((*actors)[1].total(), 3);
  EXPECT_EQ((*actors)[2].code, "USA");

  Result<std::vector<ActorCount>> in_march = TopActors(*store_, {.from = Date::Parse("2024-03-01")}, 10);
  ASSERT_TRUE(in_march.ok());
  ASSERT_EQ(in_march->size(), 2u);
  EXPECT_EQ((*in_march)[0].total(), 2);
}

TEST_F(QueryTest, BadFiltersAreInvalidArguments) {
  struct Case {
    const char* name;
    EventFilter filter;
    Page page;
  };
  const Case cases[] = {
      {"quad class", {.quad_class = 5}, {}},
      {"cameo letters", {.cameo = "4a"}, {}},
      {"root length", {.root = "1"}, {}},
      {"reversed range", {.from = Date::Parse("2024-02-01"), .to = Date::Parse("2024-01-01")}, {}},
      {"impossible day", {.from = Date{2023, 2, 30}}, {}},
      {"lowercase actor", {.actor = "usa"}, {}},
      {"half a dyad", {.dyad_a = "USA"}, {}},
      {"zero limit", {}, {.limit = 0}},
      {"huge limit", {}, {.limit = kMaxPageSize + 1}},
      {"negative offset", {}, {.offset = -1}},
      {"bad cursor", {}, {.cursor = "x"}},
      {"bad text query", {.text = "\"unbalanced"}, {}},
  };
  for (const Case& c : cases) {
    Result<EventPage> r = QueryEvents(*store_, c.filter, c.page);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << c.name << ": " << r.status().ToString();
  }
  EXPECT_EQ(TopDyads(*store_, {}, 0).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseBucket("year").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dyad::store
