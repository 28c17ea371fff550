// Segment keeps its structural promises (document_check.h) on random text built from
// the characters its rules react to, on random bytes, and on a real treebank; and
// CheckSegmentation itself catches broken documents.
#include "text/document_check.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "text/segment_eval.h"
#include "text/segmenter.h"

namespace dyad::text {
namespace {

// Pieces the tokenizer and splitter treat specially, glued at random.
const std::vector<std::string> kPieces = {
    "a",  "Z",   "7",   " ",   "\n",  "\n\n", ".",   "...", "…",  "!",  "?",  ",", ";", ":",
    "'",  "’",   "\"",  "“",   "”",   "(",    ")",   "[",   "-",  "—",  "/",  "@", "#", "$",
    "%",  "*",   "=",   "_",   "s",   "n't",  "'s",  "Mr.", "U.S.", "e.g.", "http://", "www.",
    "é",  "e\xCC\x81", "\xC2\xA0", "\xE2\x80\x8B", "\xFF", "\xC3", "\x80", "\t", ":)", "<",
    ">",  "Inc.", "J.", "1,000", "3.5", "co-", "\r\n"};

RC_GTEST_PROP(DocumentCheckTest, SegmentKeepsPromisesOnTrickyText, ()) {
  const auto picks = *rc::gen::container<std::vector<size_t>>(
      rc::gen::inRange<size_t>(0, kPieces.size()));
  std::string text;
  for (size_t k : picks) text += kPieces[k];
  Document doc = Segment(text);
  Status st = CheckSegmentation(doc);
  RC_ASSERT(st.ok());
  RC_ASSERT(doc.text == text);
}

RC_GTEST_PROP(DocumentCheckTest, SegmentKeepsPromisesOnBytes, (const std::string& bytes)) {
  RC_ASSERT(CheckSegmentation(Segment(bytes)).ok());
}

TEST(DocumentCheckTest, CatchesBrokenDocuments) {
  Document doc = Segment("One two. Three.");
  ASSERT_TRUE(CheckSegmentation(doc).ok());
  Document overlap = doc;
  overlap.tokens[1].begin = overlap.tokens[0].begin;
  EXPECT_FALSE(CheckSegmentation(overlap).ok());
  Document gap = doc;
  gap.sentences[1].token_begin += 1;
  EXPECT_FALSE(CheckSegmentation(gap).ok());
  Document space = doc;
  space.tokens[0].end += 1;  // takes in the space after "One"
  EXPECT_FALSE(CheckSegmentation(space).ok());
  Document past = doc;
  past.tokens.back().end = 100;
  EXPECT_FALSE(CheckSegmentation(past).ok());
}

TEST(DocumentCheckTest, TreebankText) {
  const char* env = std::getenv("DYAD_SHARED");
  std::string path = std::string(env ? env : DYAD_SOURCE_DIR "/../shared") +
                     "/data/ud/UD_English-GUM/en_gum-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-GUM";
  Result<Treebank> tb = ReadTreebank(path);
  ASSERT_TRUE(tb.ok()) << tb.status().ToString();
  Status st = CheckSegmentation(Segment(tb->text));
  EXPECT_TRUE(st.ok()) << st.ToString();
}

}  // namespace
}  // namespace dyad::text
