// Test helpers for the knowledge stage: the shipped models, dictionary, gazetteer and
// theme dictionary, loaded once per test binary, and one call from text to knowledge.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "knowledge/knowledge.h"
#include "parse/model_set.h"

namespace dyad::knowledge::testing {

struct Shipped {
  actors::Analyser analyser;
  std::shared_ptr<const dict::Dictionary> dict;
  resolve::Gazetteer gazetteer;
  Themes themes;
};

// Null (with a test failure) when something shipped fails to load.
inline const Shipped* LoadShipped() {
  static const Shipped* shipped = [] () -> const Shipped* {
    auto analyser = actors::Analyser::Load(parse::DefaultModelDir());
    auto gazetteer = resolve::Gazetteer::Load();
    auto themes = Themes::Load("");
    auto dict = actors::testing::ShippedDictionary();
    if (!analyser.ok() || !gazetteer.ok() || !themes.ok() || dict == nullptr) return nullptr;
    return new Shipped{std::move(*analyser), dict, std::move(*gazetteer), std::move(*themes)};
  }();
  EXPECT_NE(shipped, nullptr) << "the shipped models, dictionary, gazetteer or themes failed to load";
  return shipped;
}

struct Analysed {
  Document doc;
  std::vector<actors::Mention> mentions;
  ArticleKnowledge knowledge;
};

inline Analysed AnalyseText(const Shipped& s, const std::string& text, Date date) {
  Analysed a;
  a.doc = s.analyser.Analyse(text);
  a.mentions = actors::FindMentions(a.doc, *s.dict, date);
  a.knowledge = Analyse(a.doc, a.mentions, *s.dict, date, &s.themes, &s.gazetteer);
  return a;
}

}  // namespace dyad::knowledge::testing
