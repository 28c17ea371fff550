// MergeStore: shards merged in order equal one store made from the whole input, row for
// row (canonical dumps); merging again changes nothing; a changed article replaces the
// stored one; an article whose event ids another article holds is refused; bad inputs
// are refused before anything is written.
#include "store/merge.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/dump.h"
#include "store/generate.h"
#include "store/store.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

constexpr int kArticles = 24;

Store OpenRw(const std::string& path) {
  Result<Store> s = Store::Open(path, OpenMode::kReadWrite);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(s).value();
}

std::string Dump(Store& s) {
  Result<std::string> d = CanonicalDump(s.db());
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? *d : "";
}

GeneratedArticle Sample(uint64_t i) { return GenerateArticle({.seed = 3, .events_per_article = 4}, i); }

// Adds articles [first, last) to `s` in one batch, each with one evidence link from its
// first event to the previous article's first sentence (links across articles).
void AddRange(Store& s, int first, int last) {
  ASSERT_TRUE(s.BeginBatch().ok());
  for (int i = first; i < last; ++i) {
    GeneratedArticle g = Sample(i);
    Result<AddOutcome> added = s.Add(g.article, g.sentences, g.events, g.mentions);
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    if (i > first) {
      Status linked = s.AddEvidence(g.events[0].event_id, Sample(i - 1).article.id, 0);
      ASSERT_TRUE(linked.ok()) << linked.ToString();
    }
  }
  ASSERT_TRUE(s.Commit().ok());
}

MergeStats Merge(Store& out, const std::string& input, MergeOptions options = {}) {
  Result<MergeStats> m = MergeStore(out, input, options);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return m.ok() ? *m : MergeStats{};
}

TEST(MergeTest, ShardsMergeIntoTheStoreOfOneRun) {
  // Shard boundaries, including an empty shard and one of a single article.
  const std::vector<std::vector<int>> splits = {{0, 12, kArticles}, {0, 0, 1, 20, kArticles}, {0, kArticles}};
  // The one-run store gets the same evidence links as the shards (none across a boundary).
  for (const std::vector<int>& split : splits) {
    Store one = OpenRw(FreshDbPath("one" + std::to_string(split.size())));
    Store out = OpenRw(FreshDbPath("out" + std::to_string(split.size())));
    uint64_t inserted = 0;
    for (size_t k = 0; k + 1 < split.size(); ++k) {
      AddRange(one, split[k], split[k + 1]);
      const std::string path = FreshDbPath("shard" + std::to_string(split.size()) + "_" + std::to_string(k));
      {
        Store shard = OpenRw(path);
        AddRange(shard, split[k], split[k + 1]);
      }
      inserted += Merge(out, path).inserted;
    }
    EXPECT_EQ(inserted, static_cast<uint64_t>(kArticles));
    EXPECT_EQ(Dump(out), Dump(one)) << "split of " << split.size() - 1 << " shards";
  }
}

TEST(MergeTest, MergingTwiceChangesNothing) {
  const std::string in = FreshDbPath("in");
  {
    Store s = OpenRw(in);
    AddRange(s, 0, 10);
  }
  Store out = OpenRw(FreshDbPath("out"));
  MergeOptions several_batches;
  several_batches.batch = 3;
  MergeStats first = Merge(out, in, several_batches);
  EXPECT_EQ(first.articles, 10u);
  EXPECT_EQ(first.inserted, 10u);
  EXPECT_EQ(first.events, 40u);
  const std::string once = Dump(out);
  MergeStats second = Merge(out, in);
  EXPECT_EQ(second.unchanged, 10u);
  EXPECT_EQ(second.inserted + second.replaced + second.events, 0u);
  EXPECT_EQ(Dump(out), once);
}

TEST(MergeTest, AChangedArticleReplacesTheStoredOne) {
  const std::string in = FreshDbPath("in");
  GeneratedArticle changed = Sample(4);
  changed.article.title = "A corrected headline";
  changed.events.pop_back();
  {
    Store s = OpenRw(in);
    ASSERT_TRUE(s.Add(changed.article, changed.sentences, changed.events, changed.mentions).ok());
  }
  Store out = OpenRw(FreshDbPath("out"));
  Store expected = OpenRw(FreshDbPath("expected"));
  AddRange(out, 0, 8);
  AddRange(expected, 0, 8);
  ASSERT_TRUE(expected.Add(changed.article, changed.sentences, changed.events, changed.mentions).ok());
  MergeStats m = Merge(out, in);
  EXPECT_EQ(m.replaced, 1u);
  EXPECT_EQ(m.events, changed.events.size());
  EXPECT_EQ(Dump(out), Dump(expected));
}

TEST(MergeTest, AnArticleWhoseEventIdsAreTakenIsRefused) {
  const std::string in = FreshDbPath("in");
  GeneratedArticle clash = Sample(2);
  clash.article.id = "another-article";  // same event ids as article 2
  GeneratedArticle fine = Sample(50);
  {
    Store s = OpenRw(in);
    ASSERT_TRUE(s.Add(clash.article, clash.sentences, clash.events, clash.mentions).ok());
    ASSERT_TRUE(s.Add(fine.article, fine.sentences, fine.events, fine.mentions).ok());
  }
  Store out = OpenRw(FreshDbPath("out"));
  AddRange(out, 0, 5);
  std::vector<std::string> refused;
  MergeOptions options;
  options.on_refused = [&](const std::string& id, const Status& why) {
    EXPECT_EQ(why.code(), StatusCode::kInvalidArgument);
    refused.push_back(id);
  };
  MergeStats m = Merge(out, in, options);
  EXPECT_EQ(refused, std::vector<std::string>{"another-article"});
  EXPECT_EQ(m.refused, 1u);
  EXPECT_EQ(m.inserted, 1u);
}

TEST(MergeTest, KnowledgeRowsComeWithTheirArticle) {
  const std::string in = FreshDbPath("in");
  {
    Store s = OpenRw(in);
    AddRange(s, 0, 2);
    ASSERT_TRUE(s.db().Exec(
        "INSERT INTO quotes(article, begin_byte, end_byte, kind, sentence_first, sentence_last, day, date, text)"
        " VALUES (2, 0, 10, 'direct', 0, 0, 19000, '2022-01-08', 'we agree');"
        "INSERT INTO entities(article, kind, name, count, first_byte, day)"
        " VALUES (2, 'person', 'A. Person', 2, 5, 19000);"
        "INSERT INTO article_themes(article, theme, count, day) VALUES (1, 'SANCTIONS', 1, 19000)").ok());
  }
  Store out = OpenRw(FreshDbPath("out"));
  AddRange(out, 0, 1);  // article 0 is already there, without knowledge rows
  Merge(out, in);
  const struct {
    const char* sql;
    int64_t want;
  } cases[] = {
      {"SELECT count(*) FROM quotes q JOIN articles a ON a.aid = q.article WHERE a.id = 'gen-3-1'", 1},
      {"SELECT count(*) FROM entities e JOIN articles a ON a.aid = e.article WHERE a.id = 'gen-3-1'", 1},
      {"SELECT count(*) FROM article_themes t JOIN articles a ON a.aid = t.article WHERE a.id = 'gen-3-0'", 1},
  };
  for (const auto& c : cases) {
    Result<int64_t> n = out.db().QueryInt(c.sql);
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    EXPECT_EQ(*n, c.want) << c.sql;
  }
}

TEST(MergeTest, BadInputsAreRefusedAndLeaveTheOutputAlone) {
  const std::string out_path = FreshDbPath("out");
  Store out = OpenRw(out_path);
  AddRange(out, 0, 3);
  const std::string before = Dump(out);
  const std::string not_a_store = ::testing::TempDir() + "dyad_merge_not_a_store.db";
  {
    FILE* f = std::fopen(not_a_store.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("not a database, only text that is long enough to be read as a header\n", f);
    std::fclose(f);
  }
  const struct {
    std::string input;
    const char* why;
  } cases[] = {
      {FreshDbPath("missing"), "a missing file"},
      {out_path, "the output itself"},
      {not_a_store, "a file that is not a database"},
  };
  for (const auto& c : cases) {
    Result<MergeStats> m = MergeStore(out, c.input);
    EXPECT_FALSE(m.ok()) << c.why;
    EXPECT_FALSE(out.in_batch()) << c.why;
  }
  EXPECT_EQ(Dump(out), before);
}

}  // namespace
}  // namespace dyad::store
