// Boilerplate removal on small pages built to show one rule each.
#include "extract/main_text.h"

#include <gtest/gtest.h>

#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

const std::string kP1 =
    "<p>The defence minister arrived in Pyongyang on Wednesday, the state agency said, to mark "
    "the seventieth anniversary of the armistice that ended the fighting.</p>";
const std::string kP2 =
    "<p>He met his counterpart, toured an arms exhibition, and watched a military parade from "
    "the stand beside the country's leader, officials said.</p>";
const std::string kP3 =
    "<p>Both sides promised closer cooperation on defence, although neither gave details of "
    "any agreement, according to the reports published later.</p>";

std::string Main(const std::string& html) {
  Result<HtmlTree> tree = HtmlTree::Parse(html);
  EXPECT_TRUE(tree.ok());
  return tree.ok() ? MainText(tree->root()) : "";
}

bool Has(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

TEST(MainTextTest, Rules) {
  struct Case {
    std::string name, html;
    std::vector<std::string_view> present, absent;
  };
  const std::string article = "<article class=\"story-body\">" + kP1 + kP2 + kP3 + "</article>";
  const Case cases[] = {
      {"navigation and footer dropped",
       "<html><body><nav><a href=/>Home</a> <a href=/w>World news today</a></nav>" + article +
           "<footer>Copyright 2023 News Corp, all rights reserved.</footer></body></html>",
       {"arrived in Pyongyang", "closer cooperation"}, {"Home", "Copyright"}},
      {"scripts and styles never text",
       "<html><head><style>p{color:red}</style></head><body><script>var x = 'arrived';</script>" +
           article + "</body></html>",
       {"arrived in Pyongyang"}, {"var x", "color:red"}},
      {"sharing and related blocks inside the article dropped",
       "<html><body><div class=\"post-content\">" + kP1 +
           "<div class=\"social-share\"><p>Share this story with your friends on every network "
           "you use, today and tomorrow.</p></div>" +
           kP2 + "<div class=\"related-links\"><p>Related: Ten other stories about parades and "
           "ministers that you may like.</p></div>" + kP3 + "</div></body></html>",
       {"arrived in Pyongyang", "neither gave details"}, {"Share this story", "Ten other stories"}},
      {"link lists dropped",
       "<html><body><div id=\"content\">" + kP1 + kP2 +
           "<ul><li><a href=/a>Another story about the economy</a></li><li><a href=/b>Sports "
           "results from the weekend</a></li></ul>" + kP3 + "</div></body></html>",
       {"watched a military parade"}, {"Sports results"}},
      {"hidden elements dropped",
       "<html><body>" + article + "<div style=\"display: none\"><p>Invisible paragraph, long "
           "enough to count as prose if it were shown.</p></div></body></html>",
       {"closer cooperation"}, {"Invisible paragraph"}},
      {"comment section dropped",
       "<html><body><div class=\"entry\">" + kP1 + kP2 + kP3 + "</div><div id=\"comments\"><p>"
           "I disagree with every word of this, and I have written a long comment to say so, "
           "again.</p></div></body></html>",
       {"arrived in Pyongyang"}, {"I disagree"}},
      {"article split by media keeps every part",
       "<html><body><div class=\"wrap\"><div class=\"body-text\">" + kP1 + kP2 +
           "</div><figure><img src=x><figcaption>A photo caption</figcaption></figure><div><div "
           "class=\"body-text\">" + kP3 + kP1.substr(0, 3) + "Later still, the minister flew "
           "home, having signed nothing, the agency said in a short statement.</p></div></div>"
           "</div></body></html>",
       {"arrived in Pyongyang", "flew home"}, {"A photo caption"}},
      {"table rows read as lines",
       "<html><body><div class=\"content\">" + kP1 + "<table><tr><td>1</td><td>Kyle Busch</td>"
           "<td>5040</td></tr></table>" + kP2 + "</div></body></html>",
       {"1 Kyle Busch 5040"}, {}},
  };
  for (const Case& c : cases) {
    std::string text = Main(c.html);
    for (std::string_view p : c.present) EXPECT_TRUE(Has(text, p)) << c.name << ": missing " << p << "\n" << text;
    for (std::string_view a : c.absent) EXPECT_FALSE(Has(text, a)) << c.name << ": kept " << a << "\n" << text;
  }
}

TEST(MainTextTest, ParagraphsSeparatedByBlankLines) {
  std::string text = Main("<html><body><article>" + kP1 + kP2 + "</article></body></html>");
  EXPECT_NE(text.find("fighting.\n\nHe met"), std::string::npos) << text;
}

TEST(MainTextTest, EmptyInputs) {
  EXPECT_EQ(MainText(nullptr), "");
  EXPECT_EQ(Main(""), "");
  EXPECT_EQ(Main("<html><body><nav><a href=/>Home</a></nav></body></html>"), "");
}

}  // namespace
}  // namespace dyad::extract
