#include "knowledge/entities.h"

#include <gtest/gtest.h>

#include "actors/testing.h"
#include "dict/dictionary.h"
#include "knowledge/testing.h"

namespace dyad::knowledge {
namespace {

// "name|code|role;role|count" for each entity.
std::vector<std::string> Render(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    std::string roles;
    for (const std::string& r : e.roles) roles += (roles.empty() ? "" : ";") + r;
    out.push_back(e.name + "|" + e.code + "|" + roles + "|" + std::to_string(e.count()));
  }
  return out;
}

std::vector<std::string> Names(const std::vector<Place>& places) {
  std::vector<std::string> out;
  for (const Place& p : places) out.push_back(p.name + "|" + p.country);
  return out;
}

const Date kDay{2023, 7, 27};

TEST(Entities, PersonsMergedWithRolesAndCodes) {
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  struct Case {
    const char* text;
    std::vector<std::string> persons;
  } cases[] = {
      {"Russian Defense Minister Sergei Shoigu arrived on Tuesday. Shoigu met the press.",
       {"Sergei Shoigu|RUSMIL|Russian Defense Minister|2"}},
      // An unknown name, its title as the role, and the surname later.
      {"New Orleans Mayor Mitch Landrieu said the city was ready. Landrieu spoke for an hour.",
       {"Mitch Landrieu||New Orleans Mayor|2"}},
      // The surname before the full name still joins it.
      {"Kim laid flowers. North Korean leader Kim Jong Un then left.",
       {"Kim Jong Un|PRKGOV|North Korean leader|2"}},
      // Calendar words, events and titles are not people.
      {"North Korea celebrated Victory Day on Monday, the end of the Korean War.", {}},
  };
  for (const Case& c : cases) {
    testing::Analysed a = testing::AnalyseText(*s, c.text, kDay);
    EXPECT_EQ(Render(a.knowledge.persons), c.persons) << c.text;
  }
}

TEST(Entities, Organisations) {
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  struct Case {
    const char* text;
    std::vector<std::string> organisations;
  } cases[] = {
      {"A video released by the Russian Defense Ministry showed the visit.",
       {"Russian Defense Ministry|RUSMIL||1"}},
      {"Li is a member of the Politburo of the Chinese Communist Party.",
       {"Politburo of the Chinese Communist Party|CHNGOV||1"}},
      {"Both voted in the UN Security Council. The UN Security Council met again.",
       {"UN Security Council|IGOUNOSEC||2"}},
      // The name without modifiers before it or what a possessive adds after it.
      {"The moderate Syrian rebels fought ISIL's fighters near Aleppo, CNN reported.",
       {"Syrian rebels|SYRREB||1", "ISIL|IMGMUSISI||1"}},
      // Generic bodies without a name are not organisations.
      {"The army said our defense departments were ready.", {}},
  };
  for (const Case& c : cases) {
    testing::Analysed a = testing::AnalyseText(*s, c.text, kDay);
    EXPECT_EQ(Render(a.knowledge.organisations), c.organisations) << c.text;
  }
}

TEST(Entities, PlacesThroughTheGazetteer) {
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  testing::Analysed a =
      testing::AnalyseText(*s, "Shoigu flew from Moscow to Pyongyang. North Korea welcomed him in Pyongyang.", kDay);
  EXPECT_EQ(Names(a.knowledge.locations), (std::vector<std::string>{"Moscow|RUS", "Pyongyang|PRK", "North Korea|PRK"}));
  ASSERT_EQ(a.knowledge.locations.size(), 3u);
  EXPECT_EQ(a.knowledge.locations[1].count(), 2u);
  // Offsets point at the name.
  for (const Place& p : a.knowledge.locations)
    for (Span sp : p.spans) EXPECT_EQ(a.doc.text.substr(sp.begin, sp.end - sp.begin), p.name);
}

TEST(Entities, AcronymsArePlacesOnlyAsCountries) {
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  testing::Analysed a = testing::AnalyseText(*s, "CNN reported that the USA and Syria met near Aleppo.", kDay);
  EXPECT_EQ(Names(a.knowledge.locations), (std::vector<std::string>{"USA|USA", "Syria|SYR", "Aleppo|SYR"}));
}

TEST(Entities, NoGazetteerNoPlaces) {
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  Document doc = s->analyser.Analyse("Shoigu flew from Moscow to Pyongyang.");
  auto mentions = actors::FindMentions(doc, *s->dict, kDay);
  ArticleEntities e = FindEntities(doc, mentions, *s->dict, kDay, nullptr);
  EXPECT_TRUE(e.places.empty());
  EXPECT_EQ(Render(e.persons), (std::vector<std::string>{"Shoigu|RUSMIL||1"}));
}

TEST(Entities, OrganisationNouns) {
  for (const char* w : {"Ministry", "council", "Party", "Politburo", "Kremlin"}) EXPECT_TRUE(IsOrganisationNoun(w)) << w;
  for (const char* w : {"minister", "flowers", "Shoigu", "country"}) EXPECT_FALSE(IsOrganisationNoun(w)) << w;
}

// On hand-tagged sentences: a capitalised common noun right before a proper noun inside
// the sentence is a given name the tagger took for a noun ("Justice Clarence[NOUN]
// Thomas"); a title before it stays out of the name.
TEST(Entities, GivenNameTaggedAsANoun) {
  const auto dict = dict::Dictionary::Builder().Finish();
  const struct {
    const char* sentence;  // form/UPOS/XPOS ...
    std::vector<std::string> persons;
  } kCases[] = {
      {"Conservative/ADJ/JJ Justice/NOUN/NN Clarence/NOUN/NN Thomas/PROPN/NNP argued/VERB/VBD ./PUNCT/.",
       {"Clarence Thomas"}},
      {"Conservative/ADJ/JJ Justice/PROPN/NNP Clarence/PROPN/NNP Thomas/PROPN/NNP argued/VERB/VBD ./PUNCT/.",
       {"Clarence Thomas"}},
      // No proper noun after it: no name.
      {"The/DET/DT judge/NOUN/NN called/VERB/VBD Clarence/NOUN/NN ./PUNCT/.", {}},
      // Lower case: a noun before the name ("the court Thomas ...").
      {"The/DET/DT court/NOUN/NN official/NOUN/NN Clarence/PROPN/NNP Thomas/PROPN/NNP argued/VERB/VBD ./PUNCT/.",
       {"Clarence Thomas"}},
  };
  for (const auto& c : kCases) {
    const Document doc = actors::testing::Annotated({c.sentence});
    std::vector<std::string> got;
    for (const Entity& e : FindEntities(doc, {}, *dict, kDay).persons) got.push_back(e.name);
    EXPECT_EQ(got, c.persons) << c.sentence;
  }
}

}  // namespace
}  // namespace dyad::knowledge
