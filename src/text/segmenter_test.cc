// Segmenter cases, one a line: input text and its sentences joined by " || ", headings
// marked with a leading "#".
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace dyad::text {
namespace {

std::string Sentences(std::string_view text) {
  Document doc = Segment(text);
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (!out.empty()) out += " || ";
    if (s.heading) out += "#";
    out += doc.Text(s);
  }
  return out;
}

struct Case {
  std::string_view input, expected;
};

constexpr Case kCases[] = {
    {"", ""},
    {"One. Two.", "One. || Two."},
    {"Is it? Yes! Fine.", "Is it? || Yes! || Fine."},
    {"Mr. Smith met Gen. Lee.", "Mr. Smith met Gen. Lee."},
    {"J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."},
    {"He lives in the U.S. The weather is fine.", "He lives in the U.S. || The weather is fine."},
    {"The U.S. government said so.", "The U.S. government said so."},
    {"\"Stop.\" She left.", "\"Stop.\" || She left."},
    {"“I agree.” He nodded.", "“I agree.” || He nodded."},
    {"\"Why?\" he asked.", "\"Why?\" he asked."},
    {"“a partner,” Shoigu said, according to a statement. Next.",
     "“a partner,” Shoigu said, according to a statement. || Next."},
    {"It cost $5.5 million. Then 3.5 more.", "It cost $5.5 million. || Then 3.5 more."},
    {"rich (…) cooperation.", "rich (…) cooperation."},
    {"Headline here\n\nBody one. Body two.", "#Headline here || Body one. || Body two."},
    {"A line\nwrapped here.", "A line\nwrapped here."},
    {"Title: a question?\n\nText.", "Title: a question? || Text."},
    {"One. Two three\n\nFour.", "One. || Two three || Four."},
    {"Short heading\n\nBody. More body here", "#Short heading || Body. || More body here"},
    // Text wrapped with blank lines between its lines is joined back into sentences.
    {"It was easy for him, given\n\nhis habits and\n\nBeijing's views, and\n\nthe rest\n\nof it.",
     "It was easy for him, given\n\nhis habits and\n\nBeijing's views, and\n\nthe rest\n\nof it."},
    // Without that habit, a lowercase line after a blank line stays apart.
    {"First part\n\nsecond part.", "#First part || second part."},
    // Paragraphs written with single line breaks: each line is a paragraph.
    {"Big news today\nThe talks ended.\nBoth sides left.", "#Big news today || The talks ended. || Both sides left."},
    // Hard-wrapped prose stays one paragraph.
    {"The talks ended\nlate at night, and both\nsides left. Then rain.", "The talks ended\nlate at night, and both\nsides left. || Then rain."},
    {"*** Next. ===== End", "*** || Next. || ===== || End"},
    {"Kay Mann 04/26/2001 07:17 AM Will you send it?", "Kay Mann 04/26/2001 07:17 AM || Will you send it?"},
    {"It starts 04/26/2001 07:17 AM sharp.", "It starts 04/26/2001 07:17 AM sharp."},
    {"Is it? yes it is. ok... fine.", "Is it? || yes it is. || ok... fine."},
    {"Nice people... I hear.", "Nice people... || I hear."},
    {"...Now comes the fun part.", "...Now comes the fun part."},
    {"I love her. :) She knows.", "I love her. :) || She knows."},
    {"Stop at 5 p.m. sharp, Sts., etc. The rest.", "Stop at 5 p.m. sharp, Sts., etc. || The rest."},
    {"Bread, milk, etc. More later.", "Bread, milk, etc. More later."},
    // A dateline opening a paragraph is a segment of its own.
    {"WASHINGTON (Reuters) - U.S. President Donald Trump said on Sunday he would go.",
     "WASHINGTON (Reuters) - || U.S. President Donald Trump said on Sunday he would go."},
    {"GAZA CITY, Palestinian Territories: Four children were killed.",
     "GAZA CITY, Palestinian Territories: || Four children were killed."},
    {"NAIROBI, March 12, 2025 \u2013 Finnish President Stubb arrived.\n\nLYON: Interpol said so.",
     "NAIROBI, March 12, 2025 \u2013 || Finnish President Stubb arrived. || LYON: || Interpol said so."},
    {"SANTA ROSA, Calif. (Reuters) - Fires raged.", "SANTA ROSA, Calif. (Reuters) - || Fires raged."},
    // Not where no capitalised word follows, nor where the capitals are the subject, nor
    // later in the paragraph.
    {"US: the figures rose. UK - Prices fell.", "US: the figures rose. || UK - Prices fell."},
    {"NATO forces - Britain's among them - left.", "NATO forces - Britain's among them - left."},
    {"Russia said: PARIS - China agreed.", "Russia said: PARIS - China agreed."},
};

TEST(SegmenterTest, Table) {
  for (const Case& c : kCases) EXPECT_EQ(Sentences(c.input), c.expected) << "input: " << c.input;
}

TEST(SegmenterTest, ParagraphIndex) {
  Document doc = Segment("Head\n\nOne. Two.\n\n\nThree.");
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_TRUE(doc.sentences[0].heading);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
  EXPECT_FALSE(doc.sentences[3].heading);
}

TEST(SegmenterTest, NormalisesOnlyWhatChanges) {
  // "Cafe" + combining acute accent becomes the precomposed é in the arena.
  Document doc = Segment("Cafe\xCC\x81 and café.");
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_TRUE(doc.tokens[0].normalised);
  EXPECT_EQ(doc.Form(doc.tokens[0]), "Caf\xC3\xA9");
  EXPECT_FALSE(doc.tokens[2].normalised);
  EXPECT_EQ(doc.Form(doc.tokens[2]), "café");
  EXPECT_TRUE(Segment("plain ascii").arena.empty());
}

}  // namespace
}  // namespace dyad::text
