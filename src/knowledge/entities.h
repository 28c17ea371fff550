// People, organisations and places named in one article, merged across it: "Russian
// Defense Minister Sergei Shoigu", "Shoigu" and "he"-free surname repeats count as one
// person with the role the text gives him and the actor code the mentions stage found.
//
// Persons come from dictionary person phrases and from runs of proper nouns that look like
// names (capitalised words, no organisation or calendar words, not a place, not after
// "the"); a one-word name joins the full name it is part of. Organisations come from the
// mentions (IGOs, groups, government bodies whose head is an organisation noun: "the
// Russian Defense Ministry", "the UN Security Council") and from proper-noun runs ending
// in an organisation noun; "the Politburo of the Chinese Communist Party" is one name.
// Places are proper-noun runs the gazetteer knows.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "actors/mention.h"
#include "dict/dictionary.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "knowledge/name_words.h"  // IsOrganisationNoun
#include "resolve/gazetteer.h"

namespace dyad::knowledge {

struct Span {
  uint32_t begin = 0, end = 0;  // bytes in Document::text
  bool operator==(const Span&) const = default;
};

enum class EntityKind : uint8_t { kPerson, kOrganisation };

struct Entity {
  EntityKind kind = EntityKind::kPerson;
  std::string name;                // the fullest form the article uses
  std::string code;                // CAMEO actor code on the article date, or empty
  std::vector<std::string> roles;  // as stated: "Russian Defense Minister"
  std::vector<Span> spans;         // every occurrence of the name, in text order
  uint32_t count() const { return static_cast<uint32_t>(spans.size()); }
};

struct Place {
  std::string name;     // as the text writes it
  std::string country;  // ISO 3166 alpha-3
  int64_t geonames_id = 0;  // 0 for a country
  double lat = 0, lon = 0;
  std::vector<Span> spans;
  uint32_t count() const { return static_cast<uint32_t>(spans.size()); }
};

struct ArticleEntities {
  std::vector<Entity> persons;        // by first occurrence
  std::vector<Entity> organisations;  // by first occurrence
  std::vector<Place> places;          // by first occurrence
};

// The persons, organisations and places of `doc` on `date`. `mentions` are FindMentions'
// output for `doc` (with or without unknown actors); `gazetteer` may be null (no places).
// Never fails; works on a segmented-only document, better on a tagged one.
ArticleEntities FindEntities(const Document& doc, std::span<const actors::Mention> mentions,
                             const dict::Dictionary& dict, Date date,
                             const resolve::Gazetteer* gazetteer = nullptr);

}  // namespace dyad::knowledge
