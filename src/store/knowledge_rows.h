// Article knowledge in the store: an article's quotations, persons, organisations and
// places, and themes (knowledge::ArticleKnowledge) as rows of the tables quotes, entities
// and article_themes (schema migration 5, docs/knowledge.md), and the three queries behind
// `dyad query quotes|people|themes`. The article itself must already be stored
// (Store::Add); its knowledge rows hang off its articles row and go when it is replaced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/status.h"
#include "knowledge/knowledge.h"
#include "store/sqlite.h"

namespace dyad::store {

// Replaces the knowledge rows of stored article `article_id` with those of `k`, in one
// transaction unless one is already open (a Store batch). NotFound when the article is not
// stored; database errors as Status.
Status AddKnowledge(Db& db, std::string_view article_id, const knowledge::ArticleKnowledge& k);

struct KnowledgeFilter {
  std::string actor;             // actor code prefix ("RUS" matches RUSMIL): quotes' speaker, people's code
  std::string name;              // exact speaker or entity name ("Sergei Shoigu")
  std::string country;           // ISO alpha-3: themes of articles naming a place in it or an actor of it
  std::string theme;             // theme code ("SANCTIONS")
  std::optional<Date> from, to;  // the article's knowledge date, inclusive
  int limit = 100;               // at most 10,000
};

struct StoredQuote {
  std::string article_id, date, kind, text;
  uint32_t begin = 0, end = 0, sentence_first = 0, sentence_last = 0;
  std::string speaker_text, speaker_name, speaker_code;  // empty without a speaker
};

struct StoredEntity {
  std::string kind, name, code;  // kind: person, organisation or location
  int64_t articles = 0, mentions = 0;
  std::string first_date, last_date;
};

struct StoredTheme {
  std::string article_id, title, date, theme, label;
  int64_t count = 0;
};

// Quotations matching `f` (actor, name, from, to), newest first. InvalidArgument for a
// limit outside 1..10000.
Result<std::vector<StoredQuote>> QueryQuotes(Db& db, const KnowledgeFilter& f);
// Persons and organisations (and places with `with_places`) over the matching articles,
// most articles first: filters actor, name, from, to.
Result<std::vector<StoredEntity>> QueryPeople(Db& db, const KnowledgeFilter& f, bool with_places = false);
// Articles with a theme (f.theme, or any), optionally naming f.country, newest first.
Result<std::vector<StoredTheme>> QueryThemes(Db& db, const KnowledgeFilter& f);

}  // namespace dyad::store
