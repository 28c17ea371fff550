// References: mentions that name no actor themselves but point back to earlier ones.
// Pronouns (he/his, she/her, it/its, they/their), pair phrases ("the two countries",
// "both sides"), "the country", and definite agents ("the minister", "the government")
// take the codes of the most recent compatible mention: same number (for "they", else a
// state or organisation of the same sentence, as news writes of them), a person for
// he/she, a state for "the country", a two-state compound (or the last two states) for
// a pair, a matching sector for a definite agent. Antecedents are followed through
// earlier references to the mentions that were coded from the dictionary.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "actors/mention.h"
#include "actors/noun_phrases.h"
#include "dyad/document.h"

namespace dyad::actors {

enum class RefType : uint8_t {
  kNone,
  kMasculine,  // he, him, his, himself
  kFeminine,   // she, her, hers, herself
  kNeuter,     // it, its, itself
  kPlural,     // they, them, their, theirs, themselves
  kPair,       // the two countries, both sides, the two nations ...
  kCountry,    // the country, the nation
  kDefinite,   // the + an agent alone: the minister, the government
};

// The reference type of a lower-cased pronoun, or kNone.
RefType PronounType(std::string_view lower);

// True when token `t` of `sentence`, a form of "it", points to nothing: a parsed expletive ("It seems
// that ..."), the subject of a verb of seeming or turning out ("it turns out that"), or of
// a copular predicate followed by the clause it stands for ("it's important to recognize",
// "it's a hard case to make", "it is clear that").
bool ExpletiveIt(const Document& doc, const Sentence& sentence, uint32_t t);

// The reference type of a chunk that holds no dictionary actor ("the two countries",
// "both sides", "the country"), or kNone.
RefType ChunkReference(const Document& doc, const Chunk& chunk);

// Resolves mentions[i] (a reference of `type`) against mentions[0, i) that end before
// it starts and lie at most `window` sentences back. On success sets codes, country,
// number, antecedents and how = kReference and returns true; otherwise leaves the
// mention unresolved and returns false.
// A personal pronoun (he, she, it, they) takes the nearest fit in its own sentence, else
// the fit of the sentence before (and so on back) that `depth` ranks first, the earliest
// of equals: the number of heads between a mention and its sentence's root, where the
// caller has a parse; without `depth`, the first fit of that sentence.
bool ResolveReference(std::vector<Mention>& mentions, size_t i, RefType type, int window,
                      const std::function<int(const Mention&)>& depth = {});

// True when mention `m` can be what a pronoun of `type` (he, she, it, they) stands for: a
// person not of the other gender, a singular non-person that is no agent alone, a plural.
bool SuitsPronoun(const Mention& m, RefType type);

// Makes mentions[i] (a reference of `type`) stand for mentions[a], or for what mentions[a]
// stands for when it is itself a reference, as ResolveReference does on success.
void BindReference(std::vector<Mention>& mentions, size_t i, size_t a, RefType type);

}  // namespace dyad::actors
