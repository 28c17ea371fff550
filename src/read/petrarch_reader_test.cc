// PETRARCH XML reader: the element shapes, recovery from the malformed files found in
// the wild, errors, compression, and the sample files in ../shared.
#include "read/petrarch_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/read_testing.h"

namespace dyad::read {
namespace {

using testing::Drained;
using testing::ReadMemory;

std::unique_ptr<RecordReader> Open(std::unique_ptr<InputStream> in, std::string file) {
  return OpenPetrarch(std::move(in), std::move(file));
}

const char kDoc[] = R"(<?xml version="1.0"?>
<!-- a comment -- with a double hyphen, as real files have -->
<Sentences>
<Sentence date = "20080804" id ="AFP0808020625_4" source = "AFP" sentence = "True">
<Text>
The stopover came as the leader prepared to attend the Games.
</Text>
<Parse>( (S (NP (DT The) (NN stopover)) (VP (VBD came))) )</Parse>
</Sentence>
<Sentence date="20080806" source="XIN">
<Text>Envoys &amp; ministers met in Beijing.</Text>
</Sentence>
<Sentence id="NODATE_1"><Text>No date here.</Text></Sentence>
</Sentences>
)";

TEST(PetrarchReader, SentencesInEveryCompression) {
  for (const std::string& bytes : {std::string(kDoc), testing::Gzip(kDoc), testing::Zstd(kDoc)}) {
    Drained d = ReadMemory(bytes, "in/sample.xml", Open);
    ASSERT_EQ(d.articles.size(), 3u);
    EXPECT_EQ(d.articles[0].id, "AFP0808020625_4");
    EXPECT_EQ(d.articles[0].published->ToString(), "2008-08-04");
    EXPECT_EQ(d.articles[0].source, "AFP");
    EXPECT_EQ(d.articles[0].text, "The stopover came as the leader prepared to attend the Games.");
    EXPECT_EQ(d.articles[0].origin, "in/sample.xml:AFP0808020625_4");
    EXPECT_EQ(d.articles[1].id, "sample.xml:2");
    EXPECT_EQ(d.articles[1].text, "Envoys & ministers met in Beijing.");
    EXPECT_EQ(d.articles[1].source, "XIN");
    EXPECT_EQ(d.articles[2].id, "NODATE_1");
    EXPECT_FALSE(d.articles[2].published.has_value());
    ASSERT_EQ(d.errors.size(), 2u);  // the double hyphen, recovered; the missing date
    EXPECT_NE(d.errors[0].ToString().find("read in recovery mode"), std::string::npos) << d.errors[0].ToString();
    EXPECT_EQ(d.errors[1].ToString(), "in/sample.xml:NODATE_1: invalid argument: no date attribute");
  }
}

TEST(PetrarchReader, ArticlesAndNesting) {
  const char* doc =
      "<Articles><Article date=\"20070301\" id=\"A1\" source=\"AAW\"><Text>One.</Text></Article>"
      "<Group><Article date=\"20070302\" id=\"A2\"><Text>Two.</Text></Article></Group></Articles>";
  Drained d = ReadMemory(doc, "a.xml", Open);
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.articles[1].id, "A2");
  EXPECT_EQ(d.articles[1].published->ToString(), "2007-03-02");
}

TEST(PetrarchReader, Errors) {
  struct Case {
    std::string doc;
    size_t articles;
    std::string error;  // part of the first error
  } cases[] = {
      {"<Sentences><Sentence id=\"x\" date=\"20080101\"></Sentence>"
       "<Sentence id=\"y\" date=\"20080101\"><Text>ok</Text></Sentence></Sentences>",
       1, "a.xml:x: invalid argument: <Sentence> has no <Text>; skipped"},
      {"<Sentences><Sentence id=\"x\" date=\"20080101\"><Text>cut", 1, "recovery mode"},
      {"not xml at all", 0, "not readable as XML"},
      {"<Sentences><Sentence id=\"x\" date=\"2008-13-01\"><Text>t</Text></Sentence></Sentences>", 1,
       "unrecognised date \"2008-13-01\""},
      {"<Sentences><Sentence id=\"u\" date=\"20080101\"><Text>caf\xE9</Text></Sentence></Sentences>", 1,
       "invalid UTF-8 at byte 53 of the file"},
  };
  for (const Case& c : cases) {
    Drained d = ReadMemory(c.doc, "a.xml", Open);
    EXPECT_EQ(d.articles.size(), c.articles) << c.doc;
    ASSERT_FALSE(d.errors.empty()) << c.doc;
    EXPECT_NE(d.errors[0].ToString().find(c.error), std::string::npos) << d.errors[0].ToString();
  }
  EXPECT_TRUE(ReadMemory("", "e.xml", Open).articles.empty());
  EXPECT_TRUE(ReadMemory("  \n", "e.xml", Open).errors.empty());
}

// Recovery keeps entity references and untangles self-closed record start tags.
TEST(PetrarchReader, RecoveryRepairs) {
  const char* doc =
      "<Sentences><!-- a -- b -->\n"
      "<Sentence id=\"a\" date=\"20080101\"/>\n<Text>Ann &amp; Bo &lt;met&gt;.</Text>\n</Sentence>\n"
      "<Sentence id=\"b\" date=\"080102\"/>\n<Text>Second.</Text>\n</Sentence>\n</Sentences>";
  Drained d = ReadMemory(doc, "r.xml", Open);
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_EQ(d.articles[0].text, "Ann & Bo <met>.");
  EXPECT_EQ(d.articles[1].text, "Second.");
  EXPECT_EQ(d.articles[1].published->ToString(), "2008-01-02");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].ToString().find("first problem at line 1"), std::string::npos) << d.errors[0].ToString();
}

TEST(PetrarchReader, TruncatedGzipKeepsWhatCameBefore) {
  std::string doc = "<Sentences>\n";
  for (int i = 0; i < 3000; ++i)
    doc += "<Sentence id=\"s" + std::to_string(i) + "\" date=\"20080101\"><Text>Sentence " +
           std::to_string(i * 7919 % 10007) + ".</Text></Sentence>\n";
  doc += "</Sentences>\n";
  std::string gz = testing::Gzip(doc);
  gz.resize(gz.size() * 3 / 4);
  auto reader = OpenPetrarch(OpenMemory(gz), "cut.xml.gz");
  Drained d = testing::Drain(*reader, "cut.xml.gz");
  EXPECT_GT(d.articles.size(), 100u);
  EXPECT_LT(d.articles.size(), 3000u);
  for (size_t i = 0; i < d.articles.size(); ++i) ASSERT_EQ(d.articles[i].id, "s" + std::to_string(i));
  ASSERT_FALSE(d.errors.empty());
  EXPECT_NE(d.errors.back().ToString().find("truncated gzip stream"), std::string::npos)
      << d.errors.back().ToString();
  EXPECT_TRUE(reader->fatal());
}

TEST(PetrarchReader, SniffTable) {
  struct Case {
    const char* head;
    bool want;
  } cases[] = {
      {"<Sentences>", true},
      {"<?xml version=\"1.0\"?>\n<!-- c -->\n<Sentences>\n", true},
      {"<!-- # sample -- file\n-->\n<Sentences>", true},
      {"<Validation>\n<!--", true},
      {"<Articles>", true},
      {"<Sentence date=\"20080101\">", true},
      {"<SentencesX>", false},
      {"<!DOCTYPE html><html>", false},
      {"<html>", false},
      {"<!-- unterminated", false},
      {"{\"id\":1}", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffPetrarch(c.head), c.want) << c.head;
}

TEST(PetrarchReader, SharedSamples) {
  struct Case {
    const char* path;
    size_t articles;
    size_t empty;    // sentences with an empty <Text>
    size_t errors;   // errors and warnings
  } cases[] = {
      {"data/petrarch/petrarch2/text/GigaWord.sample.PETR.xml", 67, 9, 0},
      {"data/petrarch/petrarch2/text/PETR.UnitTest.records.xml", 284, 0, 0},
      {"data/petrarch/universal-petrarch/samples/Sample_english_doc.xml", 2, 0, 0},
      // not well-formed: self-closed <Sentence .../> start tags that </Sentence> closes
      // later; one record has an empty <Text>, one a YYMMDD date
      {"data/petrarch/universal-petrarch/text/PETR2_GSR_validation.xml", 77, 1, 1},
      // not well-formed: "--" inside comments
      {"data/petrarch/universal-petrarch/validate/PETR_Validate_records_2_02.xml", 274, 0, 1},
  };
  for (const Case& c : cases) {
    std::string path = testing::SharedPath(c.path);
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/" << c.path;
    auto in = OpenInput(path);
    ASSERT_TRUE(in.ok());
    auto reader = OpenPetrarch(std::move(in).value(), path);
    Drained d = testing::Drain(*reader, path);
    EXPECT_EQ(d.articles.size(), c.articles) << c.path;
    EXPECT_EQ(d.errors.size(), c.errors) << c.path << (d.errors.empty() ? "" : ": " + d.ErrorStrings()[0]);
    auto skipped = reader->Skipped();
    EXPECT_EQ(skipped.empty() ? 0 : skipped[0].second, c.empty) << c.path;
    for (const Article& a : d.articles) {
      EXPECT_FALSE(a.text.empty()) << a.id;
      EXPECT_TRUE(a.published.has_value()) << a.id;
      EXPECT_EQ(a.text.find("&amp;"), std::string::npos) << a.id;
    }
  }
}

}  // namespace
}  // namespace dyad::read
