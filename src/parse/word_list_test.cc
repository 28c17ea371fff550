// The word list of a parser trained with word dropout: membership, its bytes, and the
// atoms a sentence gets from it.
#include "parse/word_list.h"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parser_features.h"
#include "tag/word_shape.h"

namespace dyad::parse {
namespace {

TEST(WordListTest, HoldsEachWordOnceInOrder) {
  const WordList list({tag::HashNormalized("the"), tag::HashNormalized("Minister"), tag::HashNormalized("the")});
  EXPECT_EQ(list.size(), 2u);
  EXPECT_TRUE(list.Contains(tag::HashNormalized("THE")));
  EXPECT_TRUE(list.Contains(tag::HashNormalized("minister")));
  EXPECT_FALSE(list.Contains(tag::HashNormalized("envoy")));
  EXPECT_FALSE(WordList().Contains(tag::HashNormalized("the")));
}

TEST(WordListTest, RoundTripsAndRefusesDamagedBytes) {
  const WordList list({5, 1, 3});
  tag::ByteWriter out;
  list.Save(&out);
  tag::ByteReader in(out.bytes());
  auto again = WordList::Load(&in);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, list);
  EXPECT_TRUE(in.done());

  tag::ByteWriter unsorted;
  unsorted.PutVector(std::vector<uint64_t>{3, 1});
  tag::ByteReader bad(unsorted.bytes());
  EXPECT_EQ(WordList::Load(&bad).status().code(), StatusCode::kDataLoss);

  const std::string cut = out.bytes().substr(0, out.bytes().size() - 4);
  tag::ByteReader short_in(cut);
  EXPECT_FALSE(WordList::Load(&short_in).ok());
}

TEST(WordListTest, WordsOutsideTheListAreReadAsTheirShape) {
  EXPECT_EQ(UnknownWordAtom("Zorblax"), UnknownWordAtom("Quintar"));  // both "Xx"
  EXPECT_NE(UnknownWordAtom("Zorblax"), UnknownWordAtom("zorblax"));
  EXPECT_NE(UnknownWordAtom("zorblax"), tag::HashNormalized("zorblax"));

  const std::vector<std::string_view> forms = {"Zorblax", "met", "the", "Minister"},
                                      upos = {"PROPN", "VERB", "DET", "PROPN"},
                                      xpos = {"NNP", "VBD", "DT", "NNP"};
  const WordList known({tag::HashNormalized("met"), tag::HashNormalized("the"), tag::HashNormalized("minister")});
  const SentenceAtoms plain = ComputeSentenceAtoms(forms, upos, xpos);
  const SentenceAtoms read = ComputeSentenceAtoms(forms, upos, xpos, &known);
  ASSERT_EQ(read.word.size(), 5u);  // the root, then the words
  EXPECT_EQ(read.word[1], UnknownWordAtom("Zorblax"));
  EXPECT_NE(plain.word[1], read.word[1]);
  for (size_t i = 2; i < 5; ++i) EXPECT_EQ(read.word[i], plain.word[i]) << i;
  EXPECT_EQ(read.tag, plain.tag);
  // An empty list reads every word as its own form, as a model without one does.
  const WordList none;
  EXPECT_EQ(ComputeSentenceAtoms(forms, upos, xpos, &none).word, plain.word);
  // The form's atom is the hash of its normalised form (lower case, digits as 0).
  EXPECT_EQ(plain.word[4], tag::HashNormalized("minister"));
}


// Dropout reads a word seen once as its shape about `rate` of the time, always at the same
// positions for one seed, and leaves the other words alone.
TEST(WordListTest, DropoutTakesRareWordsOnly) {
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::string> rare;
  for (int i = 0; i < 400; ++i)  // letters only: digits normalise alike
    rare.push_back("Rare" + std::string{static_cast<char>('a' + i % 26), static_cast<char>('a' + i / 26)});
  for (int i = 0; i < 400; ++i) sentences.push_back({"the", rare[i], "said"});
  std::vector<std::span<const std::string_view>> forms(sentences.begin(), sentences.end());
  auto atoms_of = [&] {
    std::vector<SentenceAtoms> atoms;
    for (const auto& s : sentences) {
      const std::vector<std::string_view> tags(s.size(), "X");
      atoms.push_back(ComputeSentenceAtoms(s, tags, tags));
    }
    return atoms;
  };
  const std::vector<SentenceAtoms> plain = atoms_of();
  std::vector<SentenceAtoms> half = atoms_of(), again = atoms_of(), none = atoms_of(), all = atoms_of();
  const WordList known = DropRareWords(half, forms, 0.5f, 1);
  EXPECT_EQ(known.size(), 402u);  // "the", "said" and the 400 rare words
  for (const auto& s : sentences)
    for (std::string_view w : s) EXPECT_TRUE(known.Contains(tag::HashNormalized(w))) << w;
  (void)DropRareWords(again, forms, 0.5f, 1);
  (void)DropRareWords(none, forms, 0.0f, 1);
  (void)DropRareWords(all, forms, 1.0f, 1);
  int dropped = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    EXPECT_EQ(half[s].word, again[s].word);
    EXPECT_EQ(none[s].word, plain[s].word);
    EXPECT_EQ(all[s].word[2], UnknownWordAtom(sentences[s][1]));
    for (size_t i : {1u, 3u}) {  // "the" and "said": seen 400 times
      EXPECT_EQ(half[s].word[i], plain[s].word[i]);
      EXPECT_EQ(all[s].word[i], plain[s].word[i]);
    }
    if (half[s].word[2] != plain[s].word[2]) {
      EXPECT_EQ(half[s].word[2], UnknownWordAtom(sentences[s][1]));
      ++dropped;
    }
  }
  EXPECT_GT(dropped, 140);
  EXPECT_LT(dropped, 260);
}

}  // namespace
}  // namespace dyad::parse
