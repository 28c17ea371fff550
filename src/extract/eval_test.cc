// The shingle metric on small cases, and the accuracy ratchet: extraction quality on the
// reference benchmarks in ../shared must not fall below the figures dyad has reached
// (docs/ACCURACY.md, Extraction). Floors sit just under the measured values.
#include "extract/eval.h"

#include <filesystem>
#include <iostream>

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(WordTokensTest, SplitsOnNonWordCharacters) {
  struct Case {
    std::string_view text;
    std::vector<std::string_view> want;
  };
  const Case cases[] = {
      {"", {}},
      {"Hello, world!", {"Hello", "world"}},
      {"snake_case 42x", {"snake_case", "42x"}},
      {"S\xC3\xA3o Paulo", {"S\xC3\xA3o", "Paulo"}},
      {"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text", {"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4", "text"}},
      {"a\xE2\x80\x94" "b", {"a", "b"}},
  };
  for (const Case& c : cases) EXPECT_EQ(WordTokens(c.text), c.want) << c.text;
}

TEST(CompareShinglesTest, CountsOverlaps) {
  // Identical texts: everything is a true positive.
  ShingleScore same = CompareShingles("a b c d e", "a b c d e");
  EXPECT_DOUBLE_EQ(same.tp, 1.0);
  // Gold has 2 shingles (abcd, bcde); prediction has abcd and bcdf: 1 tp, 1 fp, 1 fn.
  ShingleScore half = CompareShingles("a b c d e", "a b c d f");
  EXPECT_NEAR(half.tp, 1.0 / 3, 1e-12);
  EXPECT_NEAR(half.fp, 1.0 / 3, 1e-12);
  EXPECT_NEAR(half.fn, 1.0 / 3, 1e-12);
  // Empty prediction: all false negatives.
  ShingleScore none = CompareShingles("a b c d e", "");
  EXPECT_DOUBLE_EQ(none.tp, 0.0);
  EXPECT_GT(none.fn, 0.0);
  // Short texts are one shingle of all their tokens; repeated shingles count.
  EXPECT_DOUBLE_EQ(CompareShingles("a b", "a b").tp, 1.0);
  EXPECT_NEAR(CompareShingles("a b c d a b c d", "a b c d").tp, 1.0 / 5, 1e-12);
}

TEST(SummariseTest, AveragesNormalisedCounts) {
  CorpusEval e;
  e.pages.push_back({"p1", {1, 0, 0}, true, std::nullopt});
  e.pages.push_back({"p2", {0.5, 0.5, 0}, false, true});
  Summarise(&e);
  EXPECT_NEAR(e.precision, 0.75 / 1.0, 1e-12);
  EXPECT_NEAR(e.recall, 1.0, 1e-12);
  EXPECT_EQ(e.titles_judged, 2u);
  EXPECT_EQ(e.titles_ok, 1u);
  EXPECT_EQ(e.dates_judged, 1u);
}

TEST(HeadlineMatchesTest, Rules) {
  EXPECT_TRUE(HeadlineMatches("Iran talks stall", "Iran Talks Stall"));
  EXPECT_TRUE(HeadlineMatches("Iran talks stall", "Iran talks stall - BBC News"));
  EXPECT_FALSE(HeadlineMatches("Iran talks stall", "BBC News"));
  EXPECT_FALSE(HeadlineMatches("Talks", "Talks stall"));
  EXPECT_FALSE(HeadlineMatches("", ""));
}

std::string ExtractionDir() { return SharedDir() + "/data/extraction"; }

TEST(ExtractionAccuracyTest, ZyteBenchmarkRatchet) {
  if (!std::filesystem::exists(ExtractionDir() + "/scrapinghub-aeb/ground-truth.json")) {
    GTEST_SKIP() << "needs ../shared/data/extraction/scrapinghub-aeb";
  }
  Result<CorpusEval> e = EvalZyteBenchmark(ExtractionDir() + "/scrapinghub-aeb");
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  std::cout << "zyte: P=" << e->precision << " R=" << e->recall << " F1=" << e->f1
            << " dates " << e->dates_ok << "/" << e->dates_judged << "\n";
  EXPECT_EQ(e->pages.size(), 91u);
  // Measured: P 0.9780, R 0.9836, F1 0.9808; dates 19 of 19 (dyad eval-extract --corpus zyte).
  EXPECT_GE(e->f1, 0.9805);
  EXPECT_GE(e->precision, 0.9777);
  EXPECT_GE(e->recall, 0.9833);
  EXPECT_EQ(e->dates_judged, 19u);
  EXPECT_GE(e->dates_ok, 19u);
}

TEST(ExtractionAccuracyTest, MsvCorpusRatchet) {
  if (!std::filesystem::exists(ExtractionDir() + "/msv-big9-chaos/manifest.tsv")) {
    GTEST_SKIP() << "needs ../shared/data/extraction/msv-big9-chaos";
  }
  Result<CorpusEval> e = EvalMsvCorpus(ExtractionDir() + "/msv-big9-chaos");
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  std::cout << "msv: P=" << e->precision << " R=" << e->recall << " F1=" << e->f1
            << " titles " << e->titles_ok << "/" << e->titles_judged << "\n";
  EXPECT_EQ(e->pages.size(), 540u);
  // Measured: P 0.9675, R 0.9665, F1 0.9670; headlines 484 of 521 (dyad eval-extract --corpus msv).
  EXPECT_GE(e->f1, 0.9667);
  EXPECT_GE(e->precision, 0.9672);
  EXPECT_GE(e->recall, 0.9662);
  EXPECT_EQ(e->titles_judged, 521u);
  EXPECT_GE(e->titles_ok, 484u);
}

// The same metric applied to the other extractors' published outputs on these pages:
// a check on the metric (their figures land near the published ones) and a yardstick.
TEST(ExtractionAccuracyTest, ZyteBaselines) {
  std::string dir = ExtractionDir() + "/scrapinghub-aeb";
  if (!std::filesystem::exists(dir + "/baseline-output/trafilatura.json")) {
    GTEST_SKIP() << "needs ../shared/data/extraction/scrapinghub-aeb/baseline-output";
  }
  for (const char* name : {"trafilatura", "readability_js", "go_trafilatura", "newspaper", "html-text"}) {
    Result<CorpusEval> e = EvalZyteBenchmark(dir, dir + "/baseline-output/" + name + ".json");
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    std::cout << name << ": P=" << e->precision << " R=" << e->recall << " F1=" << e->f1 << "\n";
  }
}

}  // namespace
}  // namespace dyad::extract
