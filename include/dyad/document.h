// Document: one article's text with the flat arrays that the stages fill in, the way
// spaCy's Doc holds its tokens. Tokens and sentences are small structs of indexes and
// byte offsets into `text` (the article text, unchanged), so every later value lines
// up with the original bytes and an event can always show its evidence.
//
// The segmenter creates a Document (text, tokens, sentences); the tagger and parser
// take it by value and return it with their fields filled. Nothing reaches back.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Universal part-of-speech tags (UD v2), in a fixed order; kNone before tagging.
enum class Upos : uint8_t {
  kNone, kADJ, kADP, kADV, kAUX, kCCONJ, kDET, kINTJ, kNOUN, kNUM, kPART, kPRON, kPROPN,
  kPUNCT, kSCONJ, kSYM, kVERB, kX,
};
inline constexpr int kNumUpos = 18;
std::string_view UposName(Upos u);
Upos UposFromName(std::string_view name);  // kNone when unknown

// Penn Treebank tags as used in UD English (XPOS column); index 0 is "none".
inline constexpr int kNumXpos = 51;
std::string_view XposName(uint8_t x);
uint8_t XposFromName(std::string_view name);  // 0 when unknown

// Universal dependency relations with the English subtypes found in EWT; index 0 is
// "none" (unparsed), 1 is "root".
inline constexpr int kNumDeprels = 52;
std::string_view DeprelName(uint8_t d);
uint8_t DeprelFromName(std::string_view name);  // 0 when unknown

struct Token {
  uint32_t begin = 0, end = 0;  // bytes of the token in Document::text
  // The token's normalised form (NFC, with typographic variants left as written) lives
  // in Document::arena when `normalised` is set; otherwise it is text[begin, end).
  uint32_t form_begin = 0, form_end = 0;
  bool normalised = false;
  bool space_after = true;      // whitespace follows in the original text
  // Tagger.
  Upos upos = Upos::kNone;
  uint8_t xpos = 0;
  uint32_t lemma_begin = 0, lemma_end = 0;  // in Document::arena; empty before tagging
  // Parser: head is a token index within the same sentence's span (absolute in
  // Document::tokens), or -1 for the root.
  int32_t head = -1;
  uint8_t deprel = 0;
};

struct Sentence {
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  uint32_t token_begin = 0, token_end = 0;  // indexes into Document::tokens
  bool heading = false;                     // a headline or subheading, not body prose
  uint32_t paragraph = 0;                   // index of the paragraph it sits in
};

struct Document {
  std::string text;               // the article text, byte for byte
  std::string arena;              // normalised forms and lemmas
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view Form(const Token& t) const {
    return t.normalised ? std::string_view(arena).substr(t.form_begin, t.form_end - t.form_begin)
                        : std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view Lemma(const Token& t) const {
    return std::string_view(arena).substr(t.lemma_begin, t.lemma_end - t.lemma_begin);
  }
  std::string_view Text(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::span<const Token> TokensOf(const Sentence& s) const {
    return std::span<const Token>(tokens).subspan(s.token_begin, s.token_end - s.token_begin);
  }
};

}  // namespace dyad
