// dyad's own verb dictionary (data/dict/verbs.dict) as loaded and compiled: it reads
// without a warning, covers every CAMEO root, and the compiled index finds each event
// block from the words news reports use. Counts are floors at the measured size.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "dict/dictionary.h"
#include "dict/load.h"

namespace dyad::dict {
namespace {

class VerbsData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Model> m = LoadModel(std::string(DYAD_SOURCE_DIR) + "/data/dict");
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    warnings_ = m->warnings.size();
    Dictionary::Builder b;
    b.Add(*std::move(m));
    dict_ = b.Finish();
  }
  static void TearDownTestSuite() { dict_.reset(); }

  // The dyad `event` blocks (named by their code).
  static std::vector<const VerbBlock*> EventBlocks() {
    std::vector<const VerbBlock*> out;
    for (const VerbBlock& b : dict_->model().verbs) {
      if (!b.name.empty() && b.name == b.code.code) out.push_back(&b);
    }
    return out;
  }

  // The codes of the blocks the index gives for `form`.
  static std::set<std::string> CodesFor(std::string_view form) {
    std::set<std::string> codes;
    for (uint32_t i : dict_->VerbBlocksFor(form)) codes.insert(dict_->model().verbs[i].code.code);
    return codes;
  }

  static inline size_t warnings_ = 0;
  static inline std::shared_ptr<const Dictionary> dict_;
};

TEST_F(VerbsData, LoadsWithoutWarnings) { EXPECT_EQ(warnings_, 0u); }

TEST_F(VerbsData, NewsWordsFindTheirEvent) {
  const struct {
    const char* form;
    const char* code;
  } kCases[] = {
      {"visit", "042"},     {"visited", "042"},    {"traveled", "042"},   {"travelled", "042"},
      {"trip", "042"},      {"hosted", "043"},     {"welcomed", "043"},   {"accused", "112"},
      {"accuses", "112"},   {"denied", "016"},     {"vetoed", "129"},     {"veto", "129"},
      {"exports", "061"},   {"supplying", "072"},  {"met", "040"},        {"talks", "040"},
      {"signed", "057"},    {"praised", "051"},    {"called", "020"},     {"threatened", "130"},
      {"attacked", "190"},  {"struck", "190"},     {"killed", "190"},     {"fought", "190"},
      {"shelled", "194"},   {"bombed", "195"},     {"arrested", "173"},   {"protested", "140"},
      {"demonstrated", "141"}, {"expelled", "174"}, {"sanctions", "163"}, {"aided", "070"},
      {"withdrew", "0874"}, {"laid", "017"},       {"urged", "020"},      {"pushed", "0254"},
      {"persuade", "026"},  {"emphasized", "010"}, {"war", "190"},        {"parade", "150"},
  };
  for (const auto& c : kCases) {
    const std::set<std::string> codes = CodesFor(c.form);
    EXPECT_TRUE(codes.count(c.code)) << c.form << " should find " << c.code;
  }
  EXPECT_TRUE(CodesFor("said").empty());  // speech verbs are the coder's
  EXPECT_TRUE(CodesFor("told").empty());
}

TEST_F(VerbsData, VisitsArePaired) {
  std::map<std::string, std::string> paired;
  for (const VerbBlock* b : EventBlocks()) paired[b->code.code] = b->code.paired;
  EXPECT_EQ(paired["042"], "043");
  EXPECT_EQ(paired["043"], "042");
}

TEST_F(VerbsData, EveryRootHasEntriesAndEveryFormIsIndexed) {
  std::map<std::string, size_t> per_root;
  size_t alternatives = 0, nouns = 0;
  for (const VerbBlock* b : EventBlocks()) {
    ++per_root[b->code.code.substr(0, 2)];
    for (const VerbForm& v : b->verbs) {
      ++alternatives;
      nouns += v.noun;
      for (const std::string& f : v.forms) EXPECT_TRUE(CodesFor(f).count(b->code.code)) << f;
    }
  }
  for (int root = 1; root <= 20; ++root) {
    char r[8];
    std::snprintf(r, sizeof r, "%02d", root);
    EXPECT_GE(per_root[r], 3u) << "root " << r;
  }
  // Floors at the size measured when these lines were written (247 entries, 1,497
  // alternatives of which 135 nouns): a shrinking dictionary fails here.
  EXPECT_GE(EventBlocks().size(), 247u);
  EXPECT_GE(alternatives, 1497u);
  EXPECT_GE(nouns, 135u);
}

TEST_F(VerbsData, EveryPatternNamesAFormOfItsBlock) {
  for (const VerbBlock* b : EventBlocks()) {
    for (const VerbPattern& p : b->patterns) {
      int verbs = 0;
      for (const PatternItem& it : p.items) {
        if (it.kind != PatternItem::Kind::kVerb) continue;
        ++verbs;
        const bool found = std::any_of(b->verbs.begin(), b->verbs.end(),
                                       [&](const VerbForm& v) { return v.words.at(0) == it.word.text; });
        EXPECT_TRUE(found) << b->name << ": " << it.word.text;
      }
      EXPECT_EQ(verbs, 1) << b->name;
      EXPECT_EQ(p.code.code, b->code.code);
    }
  }
}

}  // namespace
}  // namespace dyad::dict
