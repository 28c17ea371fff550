#include "knowledge/quotes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "knowledge/testing.h"
#include "text/segmenter.h"
#include "util/data_path.h"

namespace dyad::knowledge {
namespace {

struct Found {
  std::string kind, quote, speaker;
  bool inherited;
};

std::vector<Found> QuotesIn(const Document& doc) {
  std::vector<Found> out;
  for (const Quote& q : FindQuotes(doc)) {
    out.push_back({q.kind == QuoteKind::kDirect ? "direct" : "indirect",
                   doc.text.substr(q.begin, q.end - q.begin),
                   q.has_speaker ? doc.text.substr(q.speaker_begin, q.speaker_end - q.speaker_begin) : "",
                   q.speaker_inherited});
  }
  return out;
}

// Segmented only: the finder's words-only path.
std::vector<Found> Quotes(const std::string& text) { return QuotesIn(text::Segment(text)); }

// Tagged and parsed with the shipped models, as the pipeline runs it.
std::vector<Found> AnalysedQuotes(const std::string& text) {
  const auto* s = testing::LoadShipped();
  return s == nullptr ? std::vector<Found>{} : QuotesIn(s->analyser.Analyse(text));
}

TEST(Quotes, AttributionPatterns) {
  struct Case {
    const char* text;
    const char* quote;
    const char* speaker;
  } cases[] = {
      {"\"We will not back down,\" Zelensky said.", "We will not back down", "Zelensky"},
      {"“We will not back down,” said Ukrainian President Volodymyr Zelensky.",
       "We will not back down", "Ukrainian President Volodymyr Zelensky"},
      {"The minister told reporters: \"The talks were useful.\"", "The talks were useful.",
       "The minister"},
      {"“Sanctions will stay,” the EU's foreign policy chief has said.", "Sanctions will stay",
       "the EU's foreign policy chief"},
      {"“There was no attack,” according to the defence ministry.", "There was no attack",
       "the defence ministry"},
  };
  for (const auto& c : cases) {
    auto found = Quotes(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].kind, "direct") << c.text;
    EXPECT_EQ(found[0].quote, c.quote) << c.text;
    EXPECT_EQ(found[0].speaker, c.speaker) << c.text;
  }
}

TEST(Quotes, AppositionsLeadInsAndByLines) {
  struct Case {
    const char* text;
    const char* quote;
    const char* speaker;
  } cases[] = {
      // The name before an apposition, however long, not the description.
      {"\"Costs will rise,\" Matt Blunt, president of the American Automotive Policy Council, which "
       "represents Ford, GM and Fiat Chrysler, said at the hearing.",
       "Costs will rise", "Matt Blunt"},
      {"\"We have a draft,\" Zalmay Khalilzad, the chief negotiator, told the Times.", "We have a draft",
       "Zalmay Khalilzad"},
      // The name after a description: "said the spokesman, the Rev. ...".
      {"\"It is a recognition,\" said the Vatican spokesman, Federico Lombardi.", "It is a recognition",
       "Federico Lombardi"},
      // A lead-in ending with a colon in the paragraph before.
      {"NPR's John Burnett gives an overview:\n\n\"Ashton Carter is 60 years old and a Yale graduate.\"",
       "Ashton Carter is 60 years old and a Yale graduate.", "NPR's John Burnett"},
      // A by-line paragraph after a quotation that fills its own.
      {"\"We are in desperate need of immigrants to fill these jobs.\"\n\nMax Boot, Washington Post",
       "We are in desperate need of immigrants to fill these jobs.", "Max Boot"},
  };
  for (const auto& c : cases) {
    auto found = AnalysedQuotes(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].quote, c.quote) << c.text;
    EXPECT_EQ(found[0].speaker, c.speaker) << c.text;
  }
}

TEST(Quotes, PassivesAndSubordinateClausesAreNoAttribution) {
  // "was announced" is no speaker; the quoted phrase has none and is not a sentence.
  EXPECT_TRUE(Quotes("Clinton called it \"a critical moment\" after the deal was announced in Cairo.").empty());
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotations) {
  EXPECT_TRUE(Quotes("North Korea is celebrating “Victory Day” today with a parade.").empty());
  EXPECT_TRUE(Quotes("The film \"War and Peace\" opened in Moscow.").empty());
}

TEST(Quotes, LoneQuotationInheritsTheSpeakerBefore) {
  auto found = Quotes(
      "That was agreed in Pyongyang, said Defense Minister Sergei Shoigu. “I am convinced that "
      "the talks will help.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].quote, "I am convinced that the talks will help.");
  EXPECT_EQ(found[0].speaker, "Defense Minister Sergei Shoigu");
  EXPECT_TRUE(found[0].inherited);
}

TEST(Quotes, IndirectSpeech) {
  auto found = Quotes("The foreign minister said that the border would reopen next week.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "indirect");
  EXPECT_EQ(found[0].quote, "the border would reopen next week");
  EXPECT_EQ(found[0].speaker, "The foreign minister");
}

TEST(Quotes, SeedArticle) {
  std::string shared = SharedRoot();
  if (shared.empty()) GTEST_SKIP() << "needs ../shared/seed";
  std::ifstream in(shared + "/seed/north-korea-russia-2023-07-27.txt");
  std::stringstream buf;
  buf << in.rdbuf();
  auto found = Quotes(buf.str());
  std::vector<Found> direct;
  for (const auto& f : found)
    if (f.kind == "direct") direct.push_back(f);
  ASSERT_EQ(direct.size(), 2u);
  EXPECT_EQ(direct[0].quote,
            "I am convinced that today’s talks will help strengthen cooperation between our "
            "defense departments.");
  EXPECT_EQ(direct[0].speaker, "Russian Defense Minister Sergei Shoigu");
  EXPECT_EQ(direct[1].quote,
            "an important partner with whom we share a national border and rich (…) cooperation");
  EXPECT_EQ(direct[1].speaker, "Shoigu");
}

TEST(Quotes, SpeechVerbs) {
  for (const char* w : {"said", "says", "told", "warned", "Added", "insisted", "replied"})
    EXPECT_TRUE(IsSpeechVerb(w)) << w;
  for (const char* w : {"States", "address", "sad", "toll", "notes"})
    EXPECT_FALSE(IsSpeechVerb(w)) << w;
}

}  // namespace
}  // namespace dyad::knowledge
