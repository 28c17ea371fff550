// The article's country and the actors named by their sector alone that take it.
#include "actors/article_country.h"

#include <gtest/gtest.h>

#include "actors/find_mentions.h"
#include "actors/testing.h"

namespace dyad::actors {
namespace {

using testing::Annotated;

Mention Named(std::string code, std::string country, MentionKind kind = MentionKind::kState,
              Resolution how = Resolution::kPhrase) {
  Mention m;
  m.codes = {std::move(code)};
  m.country = std::move(country);
  m.kind = kind;
  m.how = how;
  return m;
}

TEST(ArticleCountry, OneCountryMustLeadClearly) {
  std::vector<Mention> m = {Named("USA", "USA"), Named("USAGOV", "USA", MentionKind::kPerson),
                            Named("USALEG", "USA", MentionKind::kState, Resolution::kComposed)};
  EXPECT_EQ(ArticleCountry(m), "USA");
  m.push_back(Named("RUS", "RUS"));
  EXPECT_EQ(ArticleCountry(m), "USA");  // 3 against 1
  m.push_back(Named("RUSGOV", "RUS", MentionKind::kPerson));
  EXPECT_EQ(ArticleCountry(m), "");  // 3 against 2: no clear lead
  EXPECT_EQ(ArticleCountry(m, {.min_mentions = 3, .min_ratio = 1.5}), "USA");
  EXPECT_EQ(ArticleCountry(std::vector<Mention>(m.begin(), m.begin() + 2)), "");  // too few
}

TEST(ArticleCountry, ReferencesCompoundsAndOrganisationsDoNotCount) {
  std::vector<Mention> m = {Named("SYR", "SYR"),
                            Named("SYR", "SYR", MentionKind::kPronoun, Resolution::kReference),
                            Named("SYR", "SYR", MentionKind::kReference, Resolution::kReference),
                            Named("SYR", "SYR", MentionKind::kCompound, Resolution::kCompound),
                            Named("IGOUNO", "", MentionKind::kIgo)};
  EXPECT_EQ(ArticleCountry(m), "");
  m.push_back(Named("SYRMIL", "SYR", MentionKind::kState, Resolution::kComposed));
  m.push_back(Named("SYRREB", "SYR", MentionKind::kGroup));
  EXPECT_EQ(ArticleCountry(m), "SYR");
}

TEST(ArticleCountry, DomesticSectors) {
  for (const char* code : {"GOV", "LEG", "MIL", "COP", "JUD", "OPP", "REB", "CVL", "ELIGOV", "MILGOV"})
    EXPECT_TRUE(IsDomesticSector(code)) << code;
  for (const char* code : {"", "MED", "REF", "NGO", "IGOUNO", "USA", "USAGOV", "GOVMED", "GO"})
    EXPECT_FALSE(IsDomesticSector(code)) << code;
}

class ArticleCountryEvents : public ::testing::Test {
 protected:
  void SetUp() override {
    dict_ = testing::ShippedDictionary();
    ASSERT_NE(dict_, nullptr);
  }
  // The mention whose words are `text` (the first), as an event actor.
  EventActor Actor(const Document& doc, const std::vector<Mention>& mentions, std::string_view text) {
    for (const Mention& m : mentions) {
      if (doc.text.substr(m.byte_begin, m.byte_end - m.byte_begin) != text || m.codes.empty()) continue;
      return {m.codes[0], m.country, std::string(text), m.byte_begin, m.byte_end};
    }
    ADD_FAILURE() << "no mention " << text;
    return {};
  }
  Event Make(uint32_t sentence, EventActor source, EventActor target, std::string cameo) {
    Event e;
    e.sentence_index = sentence;
    e.source = std::move(source);
    e.target = std::move(target);
    e.cameo = std::move(cameo);
    return e;
  }
  std::vector<Mention> Find(const Document& doc) const { return FindMentions(doc, *dict_, Date{2015, 3, 1}); }
  std::shared_ptr<const dict::Dictionary> dict_;
};

TEST_F(ArticleCountryEvents, BareSectorsTakeTheCountryUnlessPlacedElsewhere) {
  const Document doc = Annotated({
      "Lawmakers/NOUN/NNS criticized/VERB/VBD the/DET/DT army/NOUN/NN ./PUNCT/.",
      "Foreign/ADJ/JJ diplomats/NOUN/NNS criticized/VERB/VBD the/DET/DT police/NOUN/NN ./PUNCT/.",
      "Protesters/NOUN/NNS in/ADP/IN Canada/PROPN/NNP criticized/VERB/VBD the/DET/DT police/NOUN/NN ./PUNCT/.",
      "Migrants/NOUN/NNS criticized/VERB/VBD the/DET/DT courts/NOUN/NNS ./PUNCT/.",
  });
  const std::vector<Mention> mentions = Find(doc);
  std::vector<Event> events = {
      Make(0, Actor(doc, mentions, "Lawmakers"), Actor(doc, mentions, "the army"), "111"),
      Make(1, Actor(doc, mentions, "Foreign diplomats"), Actor(doc, mentions, "the police"), "111"),
      Make(3, Actor(doc, mentions, "Migrants"), Actor(doc, mentions, "the courts"), "111"),
  };
  ASSERT_EQ(events[0].source.code, "LEG");
  ASSERT_EQ(events[0].target.code, "MIL");
  GiveArticleCountry(doc, mentions, "USA", &events);
  EXPECT_EQ(events[0].source.code, "USALEG");
  EXPECT_EQ(events[0].source.country, "USA");
  EXPECT_EQ(events[0].target.code, "USAMIL");
  // "Foreign diplomats" stay without a country; "the police" of that sentence takes it.
  EXPECT_EQ(events[1].source.country, "");
  EXPECT_EQ(events[1].target.code, "USACOP");
  // Migrants are as often from elsewhere; the courts take the country.
  EXPECT_EQ(events[2].source.country, "");
  EXPECT_EQ(events[2].target.code, "USAJUD");

  // A sentence that names another country is left as it is.
  std::vector<Event> canada = {Make(2, EventActor{}, Actor(doc, mentions, "the police"), "111")};
  canada[0].source = {"CANOPP", "CAN", "Protesters in Canada", mentions[0].byte_begin, mentions[0].byte_end};
  EXPECT_EQ(GiveArticleCountry(doc, mentions, "USA", &canada), 0u);
  EXPECT_EQ(canada[0].target.code, "COP");
}

TEST_F(ArticleCountryEvents, NeverMakesBothSidesOneActorAndMergesRepeats) {
  const Document doc = Annotated({
      "Obama/PROPN/NNP met/VERB/VBD lawmakers/NOUN/NNS ./PUNCT/.",
      "Soldiers/NOUN/NNS met/VERB/VBD lawmakers/NOUN/NNS ./PUNCT/.",
  });
  const std::vector<Mention> mentions = Find(doc);
  const EventActor obama = Actor(doc, mentions, "Obama");
  ASSERT_EQ(obama.code, "USAGOV");
  const EventActor soldiers = Actor(doc, mentions, "Soldiers");
  ASSERT_EQ(soldiers.code, "MIL");
  std::vector<Event> events = {
      Make(0, obama, Actor(doc, mentions, "lawmakers"), "040"),
      Make(1, soldiers, EventActor{"USAMIL", "USA", "x", 0, 1}, "040"),  // would be USAMIL -> USAMIL
      Make(1, Actor(doc, mentions, "lawmakers"), EventActor{"CHN", "CHN", "y", 0, 1}, "040"),
      Make(1, EventActor{"USALEG", "USA", "z", 0, 1}, EventActor{"CHN", "CHN", "y", 0, 1}, "040"),
  };
  GiveArticleCountry(doc, mentions, "USA", &events);
  ASSERT_EQ(events.size(), 3u);  // the third became the fourth
  EXPECT_EQ(events[0].target.code, "USALEG");
  EXPECT_EQ(events[1].source.code, "MIL");  // kept apart from its target
  EXPECT_EQ(events[2].source.code, "USALEG");
}

TEST_F(ArticleCountryEvents, ReferencesFollowWhatTheyPointTo) {
  const Document doc = Annotated({
      "Lawmakers/NOUN/NNS met/VERB/VBD ./PUNCT/.",
      "They/PRON/PRP criticized/VERB/VBD China/PROPN/NNP ./PUNCT/.",
      "World/NOUN/NN leaders/NOUN/NNS met/VERB/VBD ./PUNCT/.",
      "They/PRON/PRP criticized/VERB/VBD the/DET/DT army/NOUN/NN ./PUNCT/.",
  });
  const std::vector<Mention> mentions = Find(doc);
  const std::vector<bool> takes = TakesArticleCountry(doc, mentions);
  std::vector<std::string> taking;
  for (size_t i = 0; i < mentions.size(); ++i)
    if (takes[i])
      taking.push_back(doc.text.substr(mentions[i].byte_begin, mentions[i].byte_end - mentions[i].byte_begin) +
                       "/" + std::to_string(mentions[i].sentence));
  EXPECT_EQ(taking, (std::vector<std::string>{"Lawmakers/0", "They/1", "the army/3"}));
}

}  // namespace
}  // namespace dyad::actors
