// Titled names: "Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State Hillary
// Clinton", "Texas Gov. George W. Bush". News names its actors this way in nearly every
// article, while the web text of UD English EWT holds few of them (319 `nmod:desc` in its
// training set), and the parser trained there splits them: "Chinese" read as the object of
// "met" with "President Xi Jinping" hung under it, or "House" and "John" both subjects of
// "Speaker ... John Boehner said". The parser therefore reads such a phrase as one word:
// the sentence is parsed with each titled name reduced to its name's first word, and the
// words of the phrase get EWT's own structure for it (modifiers on the title, the title
// `nmod:desc` of the name, the rest of the name `flat`), read off the tagged words.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::parse {

// One titled name within a sentence, in 0-based word indices.
struct NameChunk {
  uint32_t begin = 0;  // the first modifier, or the title when there is none
  uint32_t title = 0;  // the title word that the name follows ("Minister", "Secretary")
  uint32_t name = 0;   // the name's first word: the head of the whole phrase
  uint32_t end = 0;    // one past the name's last word
};

// Lower-case title words that precede a person's name ("president", "minister", "sen.").
bool IsNameTitle(std::string_view lower);

// The titled names of a tagged sentence, left to right, not overlapping. A name is one or
// more capitalised proper nouns (NNP; initials such as "W." included) right after a title
// word, none of them a title, a calendar word or an institution's ("Department",
// "Island"); before the title may stand capitalised adjectives and proper nouns and a few
// lower-case words of titles ("foreign", "prime", "deputy", "former"), and between title
// and name an "of" phrase of capitalised words ("Secretary of State"). "General" is a
// title only after a modifier ("Attorney General", "Major General"): "General Motors" is
// not a titled name.
std::vector<NameChunk> FindNameChunks(std::span<const std::string_view> forms,
                                      std::span<const std::string_view> upos,
                                      std::span<const std::string_view> xpos);

// The relation of word i of `c` to its head within the phrase, and that head (0-based),
// for every word but the name's first: "amod" for an adjective before the title,
// "compound" for another modifier, "nmod" and "case" for an "of" phrase, "nmod:desc" for
// the title, "flat" for the rest of the name.
struct ChunkArc {
  uint32_t head = 0;
  std::string_view rel;
};
ChunkArc NameChunkArc(const NameChunk& c, uint32_t i, std::span<const std::string_view> upos);

// Mends a parsed sentence so that the words of `c` form one phrase with NameChunkArc's
// structure, headed by the name's first word. heads[i] is the head of word i (1-based, 0
// for the root) and labels[i] an index into `label_names`, as Parser::ParseSentence gives
// them. The phrase takes the place in the sentence of the word of it that the parse hung
// outside it (of those, the one whose relation best suits a noun phrase: a core argument,
// then another nominal relation, the name's own on a tie), with the name's relation when
// that word's was no nominal one ("Chinese" read as `xcomp` of "met", "Xi" as its `obj`:
// "Xi" becomes the `obj` of "met"); words outside the phrase that hung on one of its
// words hang on the name, but for the word the phrase now hangs on, which takes the place
// of the phrase's other outside attachment ("Russian" read as the root with "met" under
// it: "met" becomes the root). A possessor right before the phrase ("Syria's Information
// Minister Omran al-Zoubi") is the name's `nmod:poss` wherever the parse hung it. Leaves
// the sentence as it was, and returns false, when the result would not be a tree or a
// relation is missing from `label_names`.
bool RepairNameChunk(const NameChunk& c, std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                     std::span<const std::string> label_names, std::vector<int>* heads,
                     std::vector<int>* labels);

// No predicate has two subjects: a proper noun right before a common noun, both `nsubj`
// of one word ("Arnor[nsubj] cleric[nsubj] is about to ..."), becomes that noun's
// `compound`. heads, labels and label_names as for RepairNameChunk; nothing changes when
// either relation is missing from `label_names`.
void RepairSubjectPair(std::span<const std::string_view> upos, std::span<const std::string> label_names,
                       std::vector<int>* heads, std::vector<int>* labels);

}  // namespace dyad::parse
