#include "parse/name_chunks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace dyad::parse {
namespace {

// A sentence written as "word/UPOS/XPOS ..." and its chunks as "begin-title-name-end".
struct Case {
  const char* words;
  const char* chunks;
};

std::string Chunks(const char* words) {
  std::vector<std::string> store;
  std::istringstream in(words);
  for (std::string w; in >> w;) store.push_back(w);
  std::vector<std::string_view> forms, upos, xpos;
  for (const std::string& w : store) {
    const size_t a = w.find('/'), b = w.rfind('/');
    forms.push_back(std::string_view(w).substr(0, a));
    upos.push_back(std::string_view(w).substr(a + 1, b - a - 1));
    xpos.push_back(std::string_view(w).substr(b + 1));
  }
  std::string out;
  for (const NameChunk& c : FindNameChunks(forms, upos, xpos))
    out += (out.empty() ? "" : " ") + std::to_string(c.begin) + "-" + std::to_string(c.title) + "-" +
           std::to_string(c.name) + "-" + std::to_string(c.end);
  return out;
}

TEST(NameChunks, FindsTitledNamesOnTheTaggedWords) {
  const Case cases[] = {
      {"Russian/ADJ/JJ Foreign/ADJ/JJ Minister/PROPN/NNP Sergei/PROPN/NNP Lavrov/PROPN/NNP met/VERB/VBD "
       "Chinese/ADJ/JJ President/PROPN/NNP Xi/PROPN/NNP Jinping/PROPN/NNP ./PUNCT/.",
       "0-2-3-5 6-7-8-10"},
      {"U.S./PROPN/NNP Secretary/PROPN/NNP of/ADP/IN State/PROPN/NNP Hillary/PROPN/NNP Clinton/PROPN/NNP "
       "said/VERB/VBD",
       "0-1-4-6"},
      {"Texas/PROPN/NNP Gov./PROPN/NNP George/PROPN/NNP W./PROPN/NNP Bush/PROPN/NNP", "0-1-2-5"},
      {"UN/PROPN/NNP Secretary/PROPN/NNP General/PROPN/NNP Antonio/PROPN/NNP Guterres/PROPN/NNP", "0-2-3-5"},
      {"Prime/ADJ/JJ Minister/PROPN/NNP Theresa/PROPN/NNP May/PROPN/NNP spoke/VERB/VBD", "0-1-2-4"},
      {"the/DET/DT Russian/ADJ/JJ foreign/ADJ/JJ minister/NOUN/NN Sergei/PROPN/NNP Lavrov/PROPN/NNP", "1-3-4-6"},
      // Not titled names.
      {"General/PROPN/NNP Motors/PROPN/NNP recalled/VERB/VBD cars/NOUN/NNS", ""},
      {"the/DET/DT Justice/PROPN/NNP Department/PROPN/NNP said/VERB/VBD", ""},
      {"Prince/PROPN/NNP Edward/PROPN/NNP Island/PROPN/NNP", ""},
      {"the/DET/DT Minister/PROPN/NNP of/ADP/IN Silly/PROPN/NNP Walks/PROPN/NNP", ""},
      {"Dear/ADJ/JJ Mr./PROPN/NNP Lavorato/PROPN/NNP", "1-1-2-3"},
      {"the/DET/DT president/NOUN/NN Donald/PROPN/NNP Trump/PROPN/NNP", "1-1-2-4"},
      {"said/VERB/VBD leader/NOUN/NN Kim/PROPN/NNP Jong/PROPN/NNP Un/PROPN/NNP observed/VERB/VBD", "1-1-2-5"},
      {"Korea/PROPN/NNP 's/PART/POS foreign/ADJ/JJ minister/NOUN/NN Ri/PROPN/NNP Su/PROPN/NNP Yong/PROPN/NNP",
       "2-3-4-7"},
      {"the/DET/DT minister/NOUN/NN of/ADP/IN State/PROPN/NNP Hillary/PROPN/NNP Clinton/PROPN/NNP", ""},
      {"President/PROPN/NNP Monday/PROPN/NNP", ""},
      {"the/DET/DT President/PROPN/NNP said/VERB/VBD", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Chunks(c.words), c.chunks) << c.words;
}

TEST(NameChunks, GivesEwtsStructure) {
  // U.S. Secretary of State Hillary Clinton
  const NameChunk c{0, 1, 4, 6};
  const std::vector<std::string_view> upos = {"PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"};
  const std::pair<uint32_t, std::string_view> want[] = {
      {1, "compound"}, {4, "nmod:desc"}, {3, "case"}, {1, "nmod"}, {0, ""}, {4, "flat"}};
  for (uint32_t i = 0; i < 6; ++i) {
    if (i == c.name) continue;
    const ChunkArc arc = NameChunkArc(c, i, upos);
    EXPECT_EQ(arc.head, want[i].first) << i;
    EXPECT_EQ(arc.rel, want[i].second) << i;
  }
  EXPECT_EQ(NameChunkArc(NameChunk{0, 2, 3, 5}, 0, std::vector<std::string_view>{"ADJ"}).rel, "amod");
}

// Parses written as "HEAD:LABEL" per word (HEAD 1-based, 0 the root).
struct Parsed {
  std::vector<int> heads, labels;
};
const std::vector<std::string> kLabels = {"root", "nsubj", "obj", "xcomp", "amod", "compound", "nmod",
                                          "case", "nmod:desc", "flat", "punct", "conj", "nmod:poss"};
Parsed Read(const char* arcs) {
  Parsed p;
  std::istringstream in(arcs);
  for (std::string a; in >> a;) {
    p.heads.push_back(std::stoi(a.substr(0, a.find(':'))));
    const std::string l = a.substr(a.find(':') + 1);
    p.labels.push_back(static_cast<int>(std::find(kLabels.begin(), kLabels.end(), l) - kLabels.begin()));
  }
  return p;
}
std::string Write(const Parsed& p) {
  std::string out;
  for (size_t i = 0; i < p.heads.size(); ++i)
    out += (i ? " " : "") + std::to_string(p.heads[i]) + ":" + kLabels[static_cast<size_t>(p.labels[i])];
  return out;
}

TEST(NameChunks, MendsASplitPhrase) {
  const struct {
    const char* arcs;
    NameChunk chunk;
    const char* adjectives;  // per word: 'a' an adjective, '-' a proper noun
    const char* want;
  } kCases[] = {
      // Kerry met Chinese President Xi Jinping . ("Chinese" read as xcomp, "Xi" its obj)
      {"2:nsubj 0:root 2:xcomp 5:nmod:desc 3:obj 5:flat 2:punct", {2, 3, 4, 6}, "--a----",
       "2:nsubj 0:root 4:amod 5:nmod:desc 2:obj 5:flat 2:punct"},
      // House Speaker John Boehner said . (two subjects)
      {"5:nsubj 3:nmod:desc 5:nsubj 3:flat 0:root 5:punct", {0, 1, 2, 4}, "------",
       "2:compound 3:nmod:desc 5:nsubj 3:flat 0:root 5:punct"},
      // Russian Foreign Minister Sergei Lavrov met Xi . ("Russian" read as the root)
      {"0:root 3:amod 4:nmod:desc 6:nsubj 4:flat 1:conj 6:obj 1:punct", {0, 2, 3, 5}, "aa------",
       "3:amod 3:amod 4:nmod:desc 6:nsubj 4:flat 0:root 6:obj 4:punct"},
  };
  for (const auto& c : kCases) {
    Parsed p = Read(c.arcs);
    std::vector<std::string_view> upos(p.heads.size(), "PROPN");
    for (size_t i = 0; c.adjectives[i] != 0; ++i) upos[i] = c.adjectives[i] == 'a' ? "ADJ" : "PROPN";
    const std::vector<std::string_view> forms(p.heads.size(), "w");
    EXPECT_TRUE(RepairNameChunk(c.chunk, forms, upos, kLabels, &p.heads, &p.labels)) << c.arcs;
    EXPECT_EQ(Write(p), c.want) << c.arcs;
  }
  // A label the model lacks leaves the parse as it was.
  Parsed p = Read("2:nsubj 0:root 2:xcomp 5:nmod:desc 3:obj 5:flat 2:punct");
  const std::vector<std::string> few = {"root", "nsubj", "obj", "xcomp", "amod", "compound"};
  const std::vector<std::string_view> upos(7, "PROPN");
  EXPECT_FALSE(RepairNameChunk(NameChunk{2, 3, 4, 6}, upos, upos, few, &p.heads, &p.labels));
  EXPECT_EQ(Write(p), "2:nsubj 0:root 2:xcomp 5:nmod:desc 3:obj 5:flat 2:punct");
}

TEST(NameChunks, ProperNounBeforeItsNounIsNoSecondSubject) {
  // Arnor cleric said . ("Arnor" and "cleric" both subjects of "said")
  const std::vector<std::string_view> upos = {"PROPN", "NOUN", "VERB", "PUNCT"};
  Parsed p = Read("3:nsubj 3:nsubj 0:root 3:punct");
  RepairSubjectPair(upos, kLabels, &p.heads, &p.labels);
  EXPECT_EQ(Write(p), "2:compound 3:nsubj 0:root 3:punct");
  // Two common nouns, or subjects of two words, stay as they were.
  const std::vector<std::string_view> nouns = {"NOUN", "NOUN", "VERB", "PUNCT"};
  Parsed q = Read("3:nsubj 3:nsubj 0:root 3:punct");
  RepairSubjectPair(nouns, kLabels, &q.heads, &q.labels);
  EXPECT_EQ(Write(q), "3:nsubj 3:nsubj 0:root 3:punct");
  Parsed r = Read("2:nsubj 3:nsubj 0:root 3:punct");
  RepairSubjectPair(upos, kLabels, &r.heads, &r.labels);
  EXPECT_EQ(Write(r), "2:nsubj 3:nsubj 0:root 3:punct");
}

TEST(NameChunks, TakesThePossessorBeforeThePhrase) {
  // Syria 's Information Minister Omran dismissed it . ("Syria" hung on the verb)
  Parsed p = Read("6:nmod:poss 1:case 4:compound 5:nmod:desc 6:nsubj 0:root 6:obj 6:punct");
  const std::vector<std::string_view> forms = {"Syria", "'s", "Information", "Minister", "Omran", "dismissed", "it", "."};
  const std::vector<std::string_view> upos = {"PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"};
  EXPECT_TRUE(RepairNameChunk(NameChunk{2, 3, 4, 5}, forms, upos, kLabels, &p.heads, &p.labels));
  EXPECT_EQ(Write(p), "5:nmod:poss 1:case 4:compound 5:nmod:desc 6:nsubj 0:root 6:obj 6:punct");
}

}  // namespace
}  // namespace dyad::parse
