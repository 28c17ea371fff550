// Edge boilerplate of scraped text: what goes, what stays, and that offsets survive.
#include "extract/plain_text.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

constexpr std::string_view kPara1 =
    "Russia's defence minister arrived in Pyongyang on Wednesday for the anniversary.";
constexpr std::string_view kPara2 =
    "He laid flowers at monuments to former leaders, state media reported on Thursday.";

std::string Join(std::initializer_list<std::string_view> lines) {
  std::string out;
  for (std::string_view l : lines) {
    out += l;
    out += '\n';
  }
  return out;
}

TEST(TrimBoilerplateLinesTest, Cases) {
  struct Case {
    std::string name, input, want;
  };
  const std::string body = Join({"Headline of the story", "", kPara1, "", "Shoigu lays flowers", "", kPara2});
  const Case cases[] = {
      {"clean text unchanged", body, body},
      {"trailing labels cut", body + "\nShow More\n\nRelated Articles\nBack to top button\n", body},
      {"trailing sentence-less line cut", body + "%d bloggers like this:\n", body},
      {"leading menu blanked", Join({"Home", "World", "Headline of the story", "", kPara1}),
       Join({"    ", "     ", "Headline of the story", "", kPara1})},
      {"short headline kept", Join({"Talks stall", "", kPara1}), Join({"Talks stall", "", kPara1})},
      {"no prose: unchanged", "Home\nMenu\n", "Home\nMenu\n"},
      {"no final newline", std::string(kPara1) + "\nShare", std::string(kPara1) + "\n"},
      {"empty", "", ""},
  };
  for (const Case& c : cases) {
    std::string got = TrimBoilerplateLines(c.input);
    EXPECT_EQ(got, c.want) << c.name;
    // Offsets hold: the result is a prefix of the input up to blanked bytes.
    ASSERT_LE(got.size(), c.input.size()) << c.name;
    for (size_t i = 0; i < got.size(); ++i) {
      if (got[i] != ' ') { ASSERT_EQ(got[i], c.input[i]) << c.name << " at " << i; }
    }
  }
}

TEST(IsProseLineTest, Shapes) {
  EXPECT_TRUE(IsProseLine(kPara1));
  EXPECT_FALSE(IsProseLine("Related Articles"));
  EXPECT_FALSE(IsProseLine("Back to top button"));
  EXPECT_FALSE(IsProseLine("Shoigu lays flowers"));
  EXPECT_FALSE(IsProseLine("%d bloggers like this:"));
}

}  // namespace
}  // namespace dyad::extract

namespace dyad::extract {
namespace {

// The cleaned text keeps every offset: same length, bytes only ever turned into spaces.
void ExpectOnlyBlanked(const std::string& input, const std::string& got) {
  ASSERT_EQ(got.size(), input.size());
  for (size_t i = 0; i < got.size(); ++i)
    if (got[i] != ' ') { ASSERT_EQ(got[i], input[i]) << "at " << i; }
}

// Collapses runs of spaces, for reading what a blanked text says.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST(BlankGalleryHeadersTest, HeadersGoCaptionsStay) {
  const std::string gallery =
      "The toll rose, officials said.\n\nPhotos: Photos: Taliban attack school Photos: Photos: Taliban attack "
      "school Taliban attack school \xE2\x80\x93 Soldiers patrol the streets. Hide Caption 1 of 3 Photos: Photos: "
      "Taliban attack school Taliban attack school \xE2\x80\x93 Relatives carry a coffin. Hide Caption 2 of 3 "
      "Photos: Photos: Taliban attack school Taliban attack school \xE2\x80\x93 A man comforts a student. Hide "
      "Caption 3 of 3 The army said it would hunt the attackers.\n";
  const std::string got = BlankGalleryHeaders(gallery);
  ExpectOnlyBlanked(gallery, got);
  EXPECT_EQ(Squeeze(got),
            "The toll rose, officials said.\n\n Soldiers patrol the streets. Relatives carry a coffin. A man comforts "
            "a student. The army said it would hunt the attackers.\n");
}

TEST(BlankGalleryHeadersTest, HeadersWithoutADash) {
  const std::string gallery =
      "Photos: The Ebola epidemic Medics load a patient onto a plane. Hide Caption 1 of 3 Photos: The Ebola "
      "epidemic A health worker sprays a colleague. Hide Caption 2 of 3 Photos: The Ebola epidemic Children walk "
      "past a mural. Hide Caption 3 of 3";
  EXPECT_EQ(Squeeze(BlankGalleryHeaders(gallery)),
            "Medics load a patient onto a plane. A health worker sprays a colleague. Children walk past a mural.");
}

TEST(BlankGalleryHeadersTest, OtherTextUnchanged) {
  for (std::string text : {std::string("No gallery here."), std::string("Hide Caption 1 of 2 only once."),
                           std::string("Hide Caption 1 of Hide Caption x of 2"), std::string()})
    EXPECT_EQ(BlankGalleryHeaders(text), text);
}

TEST(BlankVideoPlayersTest, PlayersGoTheArticleStays) {
  const std::string text =
      "The siege ended on Saturday.\nJUST WATCHED Report: Commandos storm Dhaka restaurant Replay More Videos ...\n"
      "MUST WATCH Report: Commandos storm Dhaka restaurant 01:35 The photos were posted while the siege went on.\n"
      "MUST WATCH a title with no duration\nJUST WATCHED no end marker here\n";
  const std::string got = BlankVideoPlayers(text);
  ExpectOnlyBlanked(text, got);
  EXPECT_EQ(Squeeze(got),
            "The siege ended on Saturday.\n \n The photos were posted while the siege went on.\n"
            "MUST WATCH a title with no duration\nJUST WATCHED no end marker here\n");
  for (std::string t : {std::string("MUST WATCH 1:3"), std::string("JUST WATCHED Replay More Video"),
                        std::string("MUST WATCH 12:345 x"), std::string()})
    EXPECT_EQ(BlankVideoPlayers(t), t);
}

}  // namespace
}  // namespace dyad::extract
