// Word classes for finding names in text: which words can be part of a person's name,
// which never are (titles, calendar and institution words), which head an organisation's
// name (entities.h IsOrganisationNoun), and the small string helpers they share. ASCII case
// folding only: the lists are English words.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace dyad::knowledge {

// True for the nouns that head an organisation's name ("Ministry", "council", "Party").
bool IsOrganisationNoun(std::string_view word);

namespace words {

// `w` is one of `set`.
bool In(std::string_view w, std::initializer_list<std::string_view> set);
// The first byte is an ASCII capital.
bool StartsUpper(std::string_view f);
// Never stands in a person's name (`lower` already lower-cased): calendar words, titles
// (they become the role), party and institution words, words of events and places.
bool NonNameWord(std::string_view lower);
// Articles, demonstratives and possessive pronouns (`lower` already lower-cased).
bool Determiner(std::string_view lower);

}  // namespace words
}  // namespace dyad::knowledge
