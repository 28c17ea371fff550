// Mention: one actor as the text names it, the value the event coder consumes. A
// mention is a maximal noun phrase (or a pronoun) with its head token, the actor
// code(s) it stands for on the article date and how they were found: a dictionary
// phrase, an actor composed with an agent ("Russian Defense Minister" -> RUSMIL), or a
// reference to earlier mentions ("he", "the two countries"). A compound ("North Korea
// and Russia") is one mention with several codes whose `parts` are the conjuncts' own
// mentions. Token indexes are absolute in Document::tokens; byte offsets are into
// Document::text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors {

enum class MentionKind : uint8_t {
  kState,      // a country or territory (or a sector of one: RUSMIL)
  kIgo,        // an intergovernmental or non-governmental organisation
  kGroup,      // a non-state group based in a country (RUSUAF)
  kPerson,     // a named person coded by office
  kAgentOnly,  // an agent with no actor ("the rebels"): the agent's code alone
  kPronoun,    // he, his, they, its ...
  kReference,  // "the two countries", "the minister", a later surname
  kCompound,   // coordinated actors: one code per conjunct
  kUnknown,    // behaves like an actor but matches no dictionary entry
};
std::string_view MentionKindName(MentionKind k);

enum class Resolution : uint8_t {
  kPhrase,      // one dictionary phrase gave the code
  kComposed,    // an actor composed with an agent or modifier
  kAgent,       // an agent alone
  kReference,   // copied from earlier mentions (`antecedents`)
  kCompound,    // the codes of the conjuncts (`parts`)
  kUnresolved,  // no code (unknown actors, pronouns with no antecedent)
};
std::string_view ResolutionName(Resolution r);

enum class Gender : uint8_t { kUnknown, kMale, kFemale, kNeuter };
enum class Number : uint8_t { kUnknown, kSingular, kPlural };

struct Mention {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // tokens, end exclusive
  uint32_t head = 0;            // the noun phrase's head token
  uint32_t byte_begin = 0, byte_end = 0;
  std::vector<std::string> codes;  // CAMEO codes on the article date; several for compounds
  std::string country;             // ISO code of the (first) actor's country, or empty
  MentionKind kind = MentionKind::kUnknown;
  Gender gender = Gender::kUnknown;
  Number number = Number::kUnknown;
  Resolution how = Resolution::kUnresolved;
  // kPhrase/kComposed/kAgent: the dictionary entries used (Dictionary::entry ids), the
  // actor's first, and the phrase as written in the dictionary.
  std::vector<uint32_t> entries;
  std::string phrase;
  std::vector<uint32_t> antecedents;  // kReference: indexes of earlier mentions
  std::vector<uint32_t> parts;        // kCompound: indexes of the conjuncts' mentions

  bool coded() const { return !codes.empty(); }
};

// Which mentions cover each token, for the coder: built once per document from the
// mentions FindMentions returned (which it borrows; they must outlive the index).
class MentionIndex {
 public:
  MentionIndex(std::span<const Mention> mentions, size_t num_tokens);

  // Mentions whose span covers `token`, outermost (longest) first. Empty when none or
  // when `token` is out of range.
  std::span<const uint32_t> Covering(uint32_t token) const;
  // The outermost coded mention covering `token`, or -1.
  int32_t Outermost(uint32_t token) const;
  // The mention whose head is `token` (the outermost if several), or -1.
  int32_t WithHead(uint32_t token) const;

 private:
  std::span<const Mention> mentions_;
  std::vector<uint32_t> offsets_;  // per token, into covering_; size num_tokens + 1
  std::vector<uint32_t> covering_;
  std::vector<int32_t> head_of_;
};

}  // namespace dyad::actors
