// Article knowledge: everything an analyst follows across articles beside the events —
// the people and organisations named, the places, the themes, and the quotations with
// their speakers resolved to actors ("Shoigu said" -> Sergei Shoigu, RUSMIL). The value is
// computed from an analysed Document and its mentions and keeps byte offsets into the
// article text, like every other stage's value.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "actors/mention.h"
#include "dict/dictionary.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "knowledge/entities.h"
#include "knowledge/quotes.h"
#include "knowledge/themes.h"
#include "resolve/gazetteer.h"

namespace dyad::knowledge {

struct Speaker {
  std::string text;   // the words naming the speaker, as written ("he", "Shoigu")
  Span span;          // their bytes
  std::string name;   // the person or organisation they resolve to, else `text`
  std::string code;   // actor code(s) on the article date, comma-separated; may be empty
};

struct Quotation {
  Quote quote;           // offsets, sentences, how the speaker was found
  std::string text;      // the quoted words
  bool has_speaker = false;
  Speaker speaker;       // valid with has_speaker
};

struct ArticleTheme {
  std::string code, label;
  uint32_t count = 0;
  std::vector<uint32_t> sentences;
};

struct ArticleKnowledge {
  Date date;
  std::vector<Entity> persons;
  std::vector<Entity> organisations;
  std::vector<Place> locations;
  std::vector<ArticleTheme> themes;
  std::vector<Quotation> quotations;  // direct and indirect, in text order
};

// The knowledge of one article coded as of `date`. `mentions` are FindMentions' output for
// `doc`; `themes` and `gazetteer` may be null (then no themes, no locations). Never fails.
// The result holds copies of the strings it needs, no views into `doc`.
ArticleKnowledge Analyse(const Document& doc, std::span<const actors::Mention> mentions,
                         const dict::Dictionary& dict, Date date, const Themes* themes,
                         const resolve::Gazetteer* gazetteer = nullptr);

// One JSON Lines record (no trailing newline) in the spirit of GDELT's GKG, documented in
// docs/knowledge.md. `article_id` and `url` identify the article; `url` may be empty.
std::string KnowledgeJson(const ArticleKnowledge& k, std::string_view article_id,
                          std::string_view url = {});

}  // namespace dyad::knowledge
