// PhraseMatcher: hand-written cases for each connector, and a differential test against
// a naive scan over random dictionaries and random text (seeded, so failures reproduce).
#include "dict/matcher.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "dict/reader_common.h"
#include "dict/tokenize.h"

namespace dyad::dict {
namespace {

// The obvious definition: try every phrase at every start, following every allowed gap.
bool WordMatches(const Word& w, std::string_view token) {
  if (w.match == WordMatch::kCased) return token == w.text;
  const std::string t = FoldCase(token);
  switch (w.match) {
    case WordMatch::kExact: return t == w.text;
    case WordMatch::kStem: return t.compare(0, w.text.size(), w.text) == 0;
    case WordMatch::kEndings: {
      if (t == w.text || t == w.text + "s" || t == w.text + "es" || t == w.text + "'s") return true;
      return w.text.back() == 'y' && t == w.text.substr(0, w.text.size() - 1) + "ies";
    }
    default: return false;
  }
}

void Extend(const std::vector<Word>& words, size_t k, uint32_t pos, uint32_t begin, uint32_t id,
            const std::vector<std::string_view>& toks, int max_gap, std::set<PhraseMatch>* out) {
  if (!WordMatches(words[k], toks[pos])) return;
  if (k + 1 == words.size()) {
    out->insert({begin, pos + 1, id});
    return;
  }
  const uint32_t last = words[k].gap_after ? pos + 1 + max_gap : pos + 1;
  for (uint32_t next = pos + 1; next <= last && next < toks.size(); ++next)
    Extend(words, k + 1, next, begin, id, toks, max_gap, out);
}

std::vector<PhraseMatch> Naive(const std::vector<std::vector<Word>>& phrases,
                               const std::vector<std::string_view>& toks, int max_gap) {
  std::set<PhraseMatch> out;
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    for (uint32_t b = 0; b < toks.size(); ++b) Extend(phrases[id], 0, b, b, id, toks, max_gap, &out);
  }
  return {out.begin(), out.end()};
}

std::vector<PhraseMatch> Fast(const std::vector<std::vector<Word>>& phrases,
                              const std::vector<std::string_view>& toks, int max_gap) {
  PhraseMatcher::Builder b(max_gap);
  for (uint32_t id = 0; id < phrases.size(); ++id) b.Add(phrases[id], id);
  PhraseMatcher m = b.Finish();
  std::vector<PhraseMatch> out;
  m.FindAll(toks, &out);
  return out;
}

std::vector<std::string_view> Tokens(const std::string& text) {
  std::vector<std::string_view> out;
  for (const TextToken& t : SplitWords(text)) out.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
  return out;
}

TEST(PhraseMatcher, Connectors) {
  const struct {
    const char* phrase;  // TABARI notation
    const char* text;
    int matches;  // distinct (begin, end) found
  } kCases[] = {
      {"NORTH_KOREA_", "north korea", 1},
      {"NORTH_KOREA_", "North Korea's army", 1},
      {"NORTH_KOREA_", "north of korea", 0},       // '_' joins adjacent words
      {"ARGENTIN", "Argentina and Argentines", 2},   // a stem by default
      {"ARGENTIN_", "Argentina", 0},                 // '_' makes the word exact
      {"ESTONIA_", "Estonias", 1},                   // the last exact word takes endings
      {"ESTONIA=", "Estonias", 0},                   // '=' takes none
      {"AL GORE", "Al A. Gore", 1},                  // a blank lets words intervene
      {"AL_GORE", "Al A. Gore", 0},
      {"MINIST~_DEFEN", "Ministry Defence", 1},      // "~_": a stem, adjacent
      {"MINIST~_DEFEN", "Ministry of Defence", 0},
      {"OF_ DEFEN", "of national defence", 1},      // "_ ": exact, then a gap
      {"ARMY_", "the armies", 1},                    // -y to -ies
  };
  for (const auto& c : kCases) {
    Phrase p = TabariPhrase(c.phrase);
    std::string text = c.text;
    std::vector<std::string_view> toks = Tokens(text);
    std::vector<PhraseMatch> got = Fast({p.words}, toks, 3);
    EXPECT_EQ(static_cast<int>(got.size()), c.matches) << c.phrase << " in " << c.text;
    EXPECT_EQ(got, Naive({p.words}, toks, 3)) << c.phrase << " in " << c.text;
  }
}

TEST(PhraseMatcher, CaseSensitivePhrases) {
  Phrase us = TextPhrase("=US", WordMatch::kExact);
  std::string text = "US officials told us";
  std::vector<PhraseMatch> got = Fast({us.words}, Tokens(text), 3);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].begin, 0u);
}

// A text may join a name's words with underscores, as the dictionaries write phrases: the
// token matches as those words, and a match begins and ends on whole tokens.
TEST(PhraseMatcher, UnderscoreJoinedTokensMatchAsTheirWords) {
  const std::vector<std::vector<Word>> phrases = {TabariPhrase("PRINCE OF DOL AMROTH").words,
                                                  TabariPhrase("DOL").words, TabariPhrase("AMROTH_").words,
                                                  TabariPhrase("RED_CROSS").words};
  const std::vector<std::string_view> toks = {"the", "Prince", "of", "Dol_Amroth", "and", "Red_Cross", "_", "x__"};
  std::vector<PhraseMatch> got = Fast(phrases, toks, 3);
  // "Dol" and "Amroth" alone are parts of one token, not matches of their own.
  const std::vector<PhraseMatch> want = {{1, 4, 0}, {5, 6, 3}};
  EXPECT_EQ(got, want);
  // Without underscores nothing changes.
  const std::vector<std::string_view> plain = {"the", "Prince", "of", "Dol", "Amroth"};
  EXPECT_EQ(Fast(phrases, plain, 3), Naive(phrases, plain, 3));
}

TEST(PhraseMatcher, LeftmostLongest) {
  std::vector<PhraseMatch> all = {{0, 1, 5}, {0, 3, 2}, {1, 2, 7}, {3, 4, 0}, {3, 4, 1}};
  std::vector<PhraseMatch> kept = PhraseMatcher::LeftmostLongest(all);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0], (PhraseMatch{0, 3, 2}));
  EXPECT_EQ(kept[1], (PhraseMatch{3, 4, 0}));
}

// Random dictionaries over a small vocabulary (so that matches are frequent), random
// text over the same words with their inflections and case variants.
TEST(PhraseMatcher, DifferentialAgainstNaiveScan) {
  const std::vector<std::string> vocab = {"kor", "korea", "army", "armies", "the", "of", "state", "states",
                                          "min", "minister", "ministry", "us", "US", "u.s.", "defence",
                                          "gore", "al", "al's", "x"};
  std::mt19937 rng(20231127);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int round = 0; round < 300; ++round) {
    const int max_gap = static_cast<int>(pick(4));
    std::vector<std::vector<Word>> phrases(1 + pick(30));
    for (auto& words : phrases) {
      words.resize(1 + pick(4));
      for (Word& w : words) {
        w.match = static_cast<WordMatch>(pick(4));
        w.text = vocab[pick(vocab.size())];
        if (w.match != WordMatch::kCased) w.text = FoldCase(w.text);
        if (w.match == WordMatch::kStem) w.text = w.text.substr(0, 1 + pick(w.text.size()));
        w.gap_after = pick(3) == 0;
      }
      words.back().gap_after = false;
    }
    std::string text;
    const size_t n = pick(40);
    for (size_t i = 0; i < n; ++i) {
      std::string w = vocab[pick(vocab.size())];
      if (pick(4) == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      text += w + " ";
    }
    std::vector<std::string_view> toks;
    for (size_t b = 0, e; b < text.size(); b = e + 1) {
      e = text.find(' ', b);
      toks.push_back(std::string_view(text).substr(b, e - b));
    }
    ASSERT_EQ(Fast(phrases, toks, max_gap), Naive(phrases, toks, max_gap)) << "round " << round << ": " << text;
  }
}

}  // namespace
}  // namespace dyad::dict
