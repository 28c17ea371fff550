// The article's country: when an article is plainly about one country, the actors it
// names only by their sector ("lawmakers", "the army", "Congress", "protesters") are that
// country's. News writes "Congress passed ..." in an American story and "the army shelled
// ..." in a Syrian one without naming the country again; events that keep them as bare
// LEG and MIL lose the dyad's country, which is what most analyses count by.
//
// The country is the one the article's own naming points to: states, persons and groups
// coded from the dictionary (references and compounds not counted again), at least
// `min_mentions` of them and `min_ratio` times as many as the next country. Only agents
// of a sector inside a country take it (government, legislature, military, police,
// courts, opposition, rebels, ...; not media, refugees, migrants or organisations), and
// not when the phrase places the actor elsewhere or in several countries ("foreign
// ministers", "world leaders", "the two leaders", "citizens of seven countries"); a
// reference takes it when what it points to does. It is given to the events after
// coding, and not where it would make an event's source and target one actor ("Trump met
// with Democratic leaders" stays USAGOV -> GOV rather than vanish as USAGOV -> USAGOV).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/mention.h"
#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::actors {

struct ArticleCountryOptions {
  int min_mentions = 3;    // dictionary mentions of the country
  double min_ratio = 2.0;  // against the next country's
};

// The ISO code of the country the article is about, or "" when no country leads clearly.
std::string ArticleCountry(std::span<const Mention> mentions, const ArticleCountryOptions& options = {});

// Whether `code` names only sectors a country has inside it ("LEG", "MIL", "ELIGOV").
bool IsDomesticSector(std::string_view code);

// Per mention, whether it may take the article's country: an agent alone of a domestic
// sector whose words do not place it elsewhere, or a reference to such mentions only.
std::vector<bool> TakesArticleCountry(const Document& doc, std::span<const Mention> mentions);

// Gives `country` to the events' actors that name such a mention with its bare code
// (source, target and the groups' members): "LEG" -> "USALEG", country "USA". Events
// that become the same (date, source, target, code) as one before them in the sentence
// are dropped. `mentions` are in text order, as FindMentions returns them. Returns how
// many actors changed.
size_t GiveArticleCountry(const Document& doc, std::span<const Mention> mentions, std::string_view country,
                          std::vector<Event>* events);

}  // namespace dyad::actors
