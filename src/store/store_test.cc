// Store writer tests: round trip of every Event field, idempotent re-ingest, replacement
// of changed articles, per-article atomicity inside a batch, evidence links, open modes.
#include "store/store.h"

#include <gtest/gtest.h>

#include <fstream>

#include "store/dump.h"
#include "store/generate.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

GeneratedArticle Sample(uint64_t index, int events = 4) {
  GenerateOptions o;
  o.events_per_article = events;
  return GenerateArticle(o, index);
}

Store OpenRw(const std::string& path, const std::string& dict = "d1") {
  StoreOptions o;
  o.dictionary_version = dict;
  Result<Store> s = Store::Open(path, OpenMode::kReadWrite, o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(s).value();
}

std::vector<Event> AllEvents(Store& s) {
  Result<EventPage> page = QueryEvents(s, {}, Page{.limit = kMaxPageSize});
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? page->events : std::vector<Event>{};
}

int64_t Count(Store& s, const char* sql) {
  Result<int64_t> n = s.db().QueryInt(sql);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *n : -1;
}

std::string Dump(Store& s) {
  Result<std::string> d = CanonicalDump(s.db());
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? *d : "";
}

TEST(StoreTest, EveryEventFieldSurvivesTheRoundTrip) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle g = Sample(7);
  Event& e = g.events[1];
  e.date_precision = DatePrecision::kMonth;
  e.date_text = "last March";
  e.source_group = {{"RUS", "RUS", "Russia", 0, 6}, {"CHN", "CHN", "China", 11, 16}};
  e.target_group = {{"UKR", "UKR", "Kyiv", 30, 34}};
  e.plover_mode = "verbal";
  e.plover_context = "military";
  e.negated = true;
  e.issues = {"PEACE", "NUCLEAR"};
  e.num_mentions = 3;
  e.num_sources = 2;
  e.num_articles = 2;
  e.location = Place{"Kharkiv", "UKR", "Kharkiv Oblast", 49.99, 36.23, 706483, PlaceLevel::kCity, "in Kharkiv", 40, 50};
  g.events[2].source = {};  // an unknown actor is stored as NULLs and read back empty
  ASSERT_TRUE(s.Add(g.article, g.sentences, g.events, g.mentions).ok());
  EXPECT_EQ(AllFields(AllEvents(s)), AllFields(InQueryOrder(g.events)));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM mentions"), static_cast<int64_t>(g.mentions.size()));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM event_evidence"), static_cast<int64_t>(g.events.size()));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM evidence"), 0);
}

TEST(StoreTest, ReaddingTheSameArticleChangesNothing) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle g = Sample(1);
  Result<AddOutcome> first = s.Add(g.article, g.sentences, g.events, g.mentions);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(*first, AddOutcome::kInserted);
  std::string before = Dump(s);
  ASSERT_TRUE(s.BeginBatch().ok());
  Result<AddOutcome> again = s.Add(g.article, g.sentences, g.events, g.mentions);
  ASSERT_TRUE(s.Commit().ok());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, AddOutcome::kUnchanged);
  EXPECT_EQ(Dump(s), before);
}

struct ReplaceCase {
  const char* name;
  void (*change)(GeneratedArticle&);
  bool new_dictionary;
  AddOutcome want;
};

TEST(StoreTest, ChangedArticleReplacesItsRows) {
  const ReplaceCase cases[] = {
      {"same", [](GeneratedArticle&) {}, false, AddOutcome::kUnchanged},
      {"new text", [](GeneratedArticle& g) { g.article.text += " Update."; g.events.pop_back(); }, false,
       AddOutcome::kReplaced},
      {"new title", [](GeneratedArticle& g) { g.article.title = "Corrected"; }, false, AddOutcome::kReplaced},
      {"new date", [](GeneratedArticle& g) { g.article.published = Date{2001, 2, 3}; }, false, AddOutcome::kReplaced},
      {"new dictionary", [](GeneratedArticle&) {}, true, AddOutcome::kReplaced},
  };
  for (const ReplaceCase& c : cases) {
    SCOPED_TRACE(c.name);
    std::string path = FreshDbPath(c.name);
    GeneratedArticle g = Sample(3);
    {
      Store s = OpenRw(path);
      ASSERT_TRUE(s.Add(g.article, g.sentences, g.events, g.mentions).ok());
    }
    c.change(g);
    // Drop the sentence of any removed event so the old sentence must disappear too.
    g.sentences.resize(g.events.size());
    g.mentions.resize(2 * g.events.size());
    Store s = OpenRw(path, c.new_dictionary ? "d2" : "d1");
    Result<AddOutcome> r = s.Add(g.article, g.sentences, g.events, g.mentions);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(*r, c.want);
    EXPECT_EQ(AllFields(AllEvents(s)), AllFields(InQueryOrder(g.events)));
    EXPECT_EQ(Count(s, "SELECT count(*) FROM articles"), 1);
    EXPECT_EQ(Count(s, "SELECT count(*) FROM sentences"), static_cast<int64_t>(g.sentences.size()));
    EXPECT_EQ(Count(s, "SELECT count(*) FROM mentions"), static_cast<int64_t>(g.mentions.size()));
    EXPECT_EQ(Count(s, "SELECT count(*) FROM event_evidence"), static_cast<int64_t>(g.events.size()));
    EXPECT_EQ(Count(s, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'officials'"),
              static_cast<int64_t>(g.sentences.size()));
    EXPECT_NE(Dump(s).find("fts ok"), std::string::npos);
  }
}

TEST(StoreTest, BadArticleLeavesTheBatchUsable) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle good = Sample(1), bad_date = Sample(2), dup_id = Sample(3);
  bad_date.events[2].date = Date{2023, 2, 29};
  dup_id.events[1].event_id = good.events[0].event_id;
  ASSERT_TRUE(s.BeginBatch().ok());
  ASSERT_TRUE(s.Add(good.article, good.sentences, good.events).ok());
  Result<AddOutcome> r1 = s.Add(bad_date.article, bad_date.sentences, bad_date.events);
  EXPECT_EQ(r1.status().code(), StatusCode::kInvalidArgument) << r1.status().ToString();
  EXPECT_NE(r1.status().message().find(bad_date.article.id), std::string::npos);
  Result<AddOutcome> r2 = s.Add(dup_id.article, dup_id.sentences, dup_id.events);
  EXPECT_EQ(r2.status().code(), StatusCode::kInvalidArgument) << r2.status().ToString();
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM events"), static_cast<int64_t>(good.events.size()));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM sentences"), static_cast<int64_t>(good.sentences.size()));
}

TEST(StoreTest, EventWithoutSentenceRowGetsOneFromItsText) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle g = Sample(4, 2);
  ASSERT_TRUE(s.Add(g.article, {}, g.events).ok());
  EXPECT_EQ(AllFields(AllEvents(s)), AllFields(InQueryOrder(g.events)));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM sentences WHERE begin_byte IS NULL"), 2);
}

TEST(StoreTest, EvidenceLinksMergedEvents) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle a = Sample(1, 2), b = Sample(2, 2);
  ASSERT_TRUE(s.Add(a.article, a.sentences, a.events).ok());
  ASSERT_TRUE(s.Add(b.article, b.sentences, b.events).ok());
  EXPECT_TRUE(s.AddEvidence(a.events[0].event_id, b.article.id, 1).ok());
  EXPECT_TRUE(s.AddEvidence(a.events[0].event_id, b.article.id, 1).ok());  // twice: no-op
  EXPECT_EQ(Count(s, "SELECT count(*) FROM evidence"), 1);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM event_evidence"), 5);
  EXPECT_EQ(s.AddEvidence("nope", b.article.id, 1).code(), StatusCode::kNotFound);
  EXPECT_EQ(s.AddEvidence(a.events[0].event_id, b.article.id, 9).code(), StatusCode::kNotFound);
  // Replacing article b drops the link to its sentence with it.
  b.article.text += " More.";
  ASSERT_TRUE(s.Add(b.article, b.sentences, b.events).ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM evidence"), 0);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM event_evidence"), 4);
}

TEST(StoreTest, OpenModes) {
  std::string path = FreshDbPath("a");
  EXPECT_EQ(Store::Open(path, OpenMode::kReadOnly).status().code(), StatusCode::kIoError);
  {
    Store s = OpenRw(path);
    GeneratedArticle g = Sample(1, 1);
    ASSERT_TRUE(s.Add(g.article, g.sentences, g.events).ok());
  }
  Result<Store> ro = Store::Open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  GeneratedArticle g = Sample(2, 1);
  EXPECT_EQ(ro->Add(g.article, g.sentences, g.events).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ro->BeginBatch().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(AllEvents(*ro).size(), 1u);

  std::string junk = FreshDbPath("junk");
  std::ofstream(junk) << std::string(4096, 'x');
  Result<Store> bad = Store::Open(junk, OpenMode::kReadWrite);
  EXPECT_EQ(bad.status().code(), StatusCode::kDataLoss) << bad.status().ToString();
}

TEST(StoreTest, BatchMisuseIsAnError) {
  Store s = OpenRw(FreshDbPath("a"));
  EXPECT_EQ(s.Commit().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(s.BeginBatch().ok());
  EXPECT_EQ(s.BeginBatch().code(), StatusCode::kInvalidArgument);
  GeneratedArticle g = Sample(1, 1);
  ASSERT_TRUE(s.Add(g.article, g.sentences, g.events).ok());
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM articles"), 0);
}

TEST(StoreTest, RepeatedMentionSpanKeepsTheLastOne) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle g = Sample(3, 2);
  ASSERT_GE(g.mentions.size(), 2u);
  MentionRow again = g.mentions[0];
  again.code = "XXXLAST";
  g.mentions.push_back(again);
  ASSERT_TRUE(s.Add(g.article, g.sentences, g.events, g.mentions).ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM mentions"), static_cast<int64_t>(g.mentions.size()) - 1);
  EXPECT_EQ(Count(s, "SELECT count(*) FROM mentions WHERE code = 'XXXLAST'"), 1);
}

// actor_codes lists every code the committed events use, whatever was rolled back on the
// way: a code first written in a dropped batch is written again by the next one.
TEST(StoreTest, ActorCodesFollowCommittedEvents) {
  Store s = OpenRw(FreshDbPath("a"));
  GeneratedArticle g = Sample(1, 6);
  ASSERT_TRUE(s.BeginBatch().ok());
  ASSERT_TRUE(s.Add(g.article, g.sentences, g.events).ok());
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM actor_codes"), 0);
  ASSERT_TRUE(s.BeginBatch().ok());
  ASSERT_TRUE(s.Add(g.article, g.sentences, g.events).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(Count(s, "SELECT count(*) FROM actor_codes"),
            Count(s, "SELECT count(*) FROM (SELECT src_code FROM events WHERE src_code IS NOT NULL"
                     " UNION SELECT tgt_code FROM events WHERE tgt_code IS NOT NULL)"));
  EXPECT_EQ(Count(s, "SELECT count(*) FROM events WHERE src_code NOT IN (SELECT code FROM actor_codes)"
                     " OR tgt_code NOT IN (SELECT code FROM actor_codes)"), 0);
  // Each event is found by the dyad of its own codes' three-letter prefixes.
  for (const Event& e : g.events) {
    if (e.source.code.size() < 3 || e.target.code.size() < 3) continue;
    EventFilter f{.dyad_a = e.source.code.substr(0, 3), .dyad_b = e.target.code.substr(0, 3)};
    Result<EventPage> page = QueryEvents(s, f, Page{});
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    bool found = false;
    for (const Event& got : page->events) found = found || got.event_id == e.event_id;
    EXPECT_TRUE(found) << e.event_id;
  }
}

// A reader's cached statements are reset after each query, so a reader sees what a
// writer committed since (an unfinished statement would keep its old snapshot), and a
// cache of statements answers as fresh ones do.
TEST(StoreTest, CachedQueriesSeeLaterCommits) {
  const std::string path = FreshDbPath("a");
  Store writer = OpenRw(path);
  GeneratedArticle first = Sample(1, 4), second = Sample(2, 4);
  ASSERT_TRUE(writer.Add(first.article, first.sentences, first.events).ok());
  Result<Store> reader = Store::Open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto count = [&reader] {
    size_t n = 0;
    std::string cursor;
    do {  // pages of one: every query stops before its statement is done
      Result<EventPage> page = QueryEvents(*reader, {}, Page{.limit = 1, .cursor = cursor});
      EXPECT_TRUE(page.ok()) << page.status().ToString();
      if (!page.ok()) return size_t{0};
      n += page->events.size();
      cursor = page->next_cursor;
    } while (!cursor.empty());
    return n;
  };
  EXPECT_EQ(count(), 4u);
  ASSERT_TRUE(writer.Add(second.article, second.sentences, second.events).ok());
  EXPECT_EQ(count(), 8u);
  Result<std::vector<TimelinePoint>> cached = Timeline(*reader, {}, Bucket::kMonth, true);
  Result<std::vector<TimelinePoint>> again = Timeline(*reader, {}, Bucket::kMonth, true);
  ASSERT_TRUE(cached.ok() && again.ok());
  ASSERT_EQ(cached->size(), again->size());
  for (size_t i = 0; i < cached->size(); ++i) EXPECT_EQ((*cached)[i].events, (*again)[i].events);
}

TEST(StoreTest, BulkLoadBuildsTheQueryIndexesAtTheEnd) {
  std::vector<GeneratedArticle> articles;
  for (uint64_t i = 0; i < 30; ++i) articles.push_back(Sample(i, 5));
  auto ingest = [&articles](Store& s) {
    ASSERT_TRUE(s.BeginBatch().ok());
    for (const GeneratedArticle& g : articles) ASSERT_TRUE(s.Add(g.article, g.sentences, g.events, g.mentions).ok());
    ASSERT_TRUE(s.Commit().ok());
  };
  Store plain = OpenRw(FreshDbPath("plain"));
  ingest(plain);
  const std::string path = FreshDbPath("bulk");
  {
    Result<Store> s = Store::Open(path, OpenMode::kReadWrite, {.dictionary_version = "d1", .bulk_load = true});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_TRUE(s->in_bulk_load());
    EXPECT_FALSE(*HasQueryIndexes(s->db()));
    ingest(*s);
    ASSERT_TRUE(s->BeginBatch().ok());
    EXPECT_EQ(s->FinishBulkLoad().code(), StatusCode::kInvalidArgument);  // not inside a batch
    ASSERT_TRUE(s->Commit().ok());
    ASSERT_TRUE(s->FinishBulkLoad().ok());
    EXPECT_FALSE(s->in_bulk_load());
    EXPECT_TRUE(*HasQueryIndexes(s->db()));
    EXPECT_EQ(Dump(*s), Dump(plain));
    const EventFilter filters[] = {{.dyad_a = "USA", .dyad_b = "RUS"}, {.actor = "CHN"}, {.root = "04"}};
    for (const EventFilter& f : filters) {
      Result<EventPage> got = QueryEvents(*s, f, Page{}), want = QueryEvents(plain, f, Page{});
      ASSERT_TRUE(got.ok() && want.ok());
      EXPECT_EQ(AllFields(got->events), AllFields(want->events));
    }
  }
  // A store that already holds events keeps its indexes, bulk load or not.
  Result<Store> again = Store::Open(path, OpenMode::kReadWrite, {.dictionary_version = "d1", .bulk_load = true});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->in_bulk_load());
  EXPECT_TRUE(*HasQueryIndexes(again->db()));
}

// A bulk load killed before its end leaves the store without query indexes: reading it is
// refused with a way out, and a read-write open builds them.
TEST(StoreTest, InterruptedBulkLoadIsRepairedByTheNextWriter) {
  const std::string path = FreshDbPath("a");
  {
    Store s = OpenRw(path);
    GeneratedArticle g = Sample(1, 3);
    ASSERT_TRUE(s.Add(g.article, g.sentences, g.events).ok());
    ASSERT_TRUE(DropQueryIndexes(s.db()).ok());  // as the killed bulk load left it
  }
  Result<Store> ro = Store::Open(path, OpenMode::kReadOnly);
  EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(ro.status().message().find("read-write"), std::string::npos) << ro.status().ToString();
  { Store s = OpenRw(path); }
  ro = Store::Open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  EXPECT_EQ(AllEvents(*ro).size(), 3u);
}

}  // namespace
}  // namespace dyad::store
