// Tokenizer cases, one a line: input and its tokens joined by " | ".
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {
namespace {

std::string Tokens(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += " | ";
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

struct Case {
  std::string_view input, expected;
};

constexpr Case kCases[] = {
    {"", ""},
    {"   \n\t ", ""},
    {"Hello world", "Hello | world"},
    // Clitics and possessives.
    {"don't", "do | n't"},
    {"can't", "ca | n't"},
    {"won't", "wo | n't"},
    {"We cannot", "We | can | not"},
    {"Cannot", "Can | not"},
    {"Don’t", "Do | n’t"},
    {"Russia's", "Russia | 's"},
    {"North Korea’s capital", "North | Korea | ’s | capital"},
    {"I'm you're we've they'll she'd", "I | 'm | you | 're | we | 've | they | 'll | she | 'd"},
    {"countries' leaders", "countries | ' | leaders"},
    {"O'Brien rock'n'roll", "O'Brien | rock'n'roll"},
    // Punctuation at the edges.
    {"(and now e-mail)", "( | and | now | e-mail | )"},
    {"\"Hello,\" he said.", "\" | Hello | , | \" | he | said | ."},
    {"“I am convinced.”", "“ | I | am | convinced | . | ”"},
    {"Really?! Yes!!!", "Really | ?! | Yes | !!!"},
    {"rich (…) cooperation", "rich | ( | … | ) | cooperation"},
    {"Wait... what", "Wait | ... | what"},
    // Abbreviations, initials, acronyms.
    {"Mr. Smith", "Mr. | Smith"},
    {"the U.S. and the U.K.", "the | U.S. | and | the | U.K."},
    {"J. R. R. Tolkien", "J. | R. | R. | Tolkien"},
    {"e.g., i.e. etc.", "e.g. | , | i.e. | etc."},
    {"at 5 p.m. today", "at | 5 | p.m. | today"},
    {"U.S.-led forces", "U.S. | - | led | forces"},
    {"(D-N.Y.) said", "( | D | - | N.Y. | ) | said"},
    {"the end.", "the | end | ."},
    // Numbers, money, times, dates.
    {"$5.5 million", "$ | 5.5 | million"},
    {"1,000,000 people", "1,000,000 | people"},
    {"3.14 and 10:30", "3.14 | and | 10:30"},
    {"7/27/2023", "7/27/2023"},
    {"20% more", "20 | % | more"},
    {"-5 degrees", "- | 5 | degrees"},
    {"call 713-853-3989", "call | 713-853-3989"},
    // URLs and e-mail addresses.
    {"see https://example.com/a-b?c=d.", "see | https://example.com/a-b?c=d | ."},
    {"www.dyad.org, or", "www.dyad.org | , | or"},
    {"mail jane.doe@example.com.", "mail | jane.doe@example.com | ."},
    // Hyphens and dashes.
    {"search-engine", "search | - | engine"},
    {"full-fledged", "full | - | fledged"},
    {"non-human co-workers pre-war", "non-human | co-workers | pre-war"},
    {"war – including", "war | – | including"},
    {"war—including", "war | — | including"},
    {"yes -- no", "yes | -- | no"},
    // Emoji keep their modifiers and joined parts; joiners are not spaces.
    {"peace ✌️ ok ✌🏼 👩\u200d💻!", "peace | ✌️ | ok | ✌🏼 | 👩\u200d💻 | !"},
};

TEST(TokenizerTest, Table) {
  for (const Case& c : kCases) EXPECT_EQ(Tokens(c.input), c.expected) << "input: " << c.input;
}

TEST(TokenizerTest, SpaceAfter) {
  std::string_view text = "Hi, you.";
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_FALSE(tokens[0].space_after);
  EXPECT_TRUE(tokens[1].space_after);
  EXPECT_FALSE(tokens[2].space_after);
  EXPECT_TRUE(tokens[3].space_after);  // end of text
}

TEST(TokenizerTest, Clitics) {
  for (std::string_view f : {"n't", "N'T", "n’t", "'s", "’S", "'re", "'ve", "'ll", "'d", "'m", "'"})
    EXPECT_TRUE(IsClitic(f)) << f;
  for (std::string_view f : {"s", "no", "nt", "'x", "\"", "Bob's"}) EXPECT_FALSE(IsClitic(f)) << f;
}

}  // namespace
}  // namespace dyad::text
