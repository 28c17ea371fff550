// pipeline::Coder: dyad's main job for one article, every stage in order: extraction of
// the main text, segmentation, tagging, lemmas and the dependency parse, actor mentions,
// events on the tree (code/tree_coder.h), then each event's own date (the date
// expression in its clause, else the publication date) and place (a place in its clause,
// else the target's or source's country), the themes of each event's sentence, and on
// request the article's knowledge (knowledge/knowledge.h: people, organisations, places,
// themes, quotations). Loaded once with its dictionary, models, gazetteer and themes, then
// shared read-only: Code may run on any number of threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/analyser.h"
#include "actors/mention.h"
#include "code/tree_coder.h"
#include "dict/dictionary.h"
#include "dyad/article.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "knowledge/knowledge.h"
#include "knowledge/themes.h"
#include "resolve/gazetteer.h"

namespace dyad::pipeline {

struct CoderOptions {
  std::string dict;            // --dict SPEC; empty: dict::DefaultDictSpec()
  std::string models;          // model folder; empty: parse::DefaultModelDir()
  std::optional<Date> date;    // code every article as of this day (else its own, else today)
  code::TreeCoderOptions coding;
  bool knowledge = false;      // also the article's people, organisations, places, themes, quotes
  std::string themes;          // theme SPEC (knowledge::Themes::Load); empty: data/themes
  bool article_country = true; // bare sectors take the article's country (actors/article_country.h)
};

struct CodedArticle {
  Article article;                        // after extraction: offsets index article.text
  Date date;                              // the day the article was coded as of
  Document doc;                           // segmented, tagged, parsed
  std::vector<actors::Mention> mentions;  // in text order
  std::vector<Event> events;              // ids "ARTICLE:SENTENCE:N", dates and places resolved,
                                          // Event::issues holding the sentence's theme codes
  std::optional<knowledge::ArticleKnowledge> knowledge;  // with CoderOptions::knowledge
};

class Coder {
 public:
  // Loads the dictionary, the models and the gazetteer. Errors name what failed to load.
  static Result<std::shared_ptr<const Coder>> Load(const CoderOptions& options);

  // Extracts (HTML and other raw content), analyses and codes one article. DataLoss or
  // ResourceExhausted when extraction fails; an article with no text has no events.
  Result<CodedArticle> Code(Article article) const;
  // Codes plain text as an article with id "text"; `date` as in CoderOptions.
  Result<CodedArticle> CodeText(std::string text, std::optional<Date> date = {}) const;
  // Codes an extracted article whose text `doc` already holds analysed (Analyse's output
  // for article.text): every stage after the analysis, as Code runs them.
  CodedArticle CodeAnalysed(Article article, Document doc) const;
  // The same with the predicates considered, for `dyad explain`.
  Result<CodedArticle> Explain(std::string text, std::optional<Date> date, std::vector<code::Candidate>* trace) const;

  const dict::Dictionary& dictionary() const { return *dict_; }
  const resolve::Gazetteer& gazetteer() const { return gazetteer_; }
  std::shared_ptr<const dict::Dictionary> shared_dictionary() const { return dict_; }
  // What coded the events, for the store's dictionary version: dyad's version and
  // checksums of the dictionary sources and model files ("dyad 0.1.0 dict 1a2b... models
  // 3c4d..."), so that re-coding after any of them changed replaces stored articles.
  const std::string& version() const { return version_; }
  // "parsed", "tagged" or "segmented": what the installed models allow.
  std::string_view analysis_level() const { return analyser_.level(); }

 private:
  Coder(CoderOptions options, std::shared_ptr<const dict::Dictionary> dict, actors::Analyser analyser,
        resolve::Gazetteer gazetteer, std::optional<knowledge::Themes> themes);
  Result<CodedArticle> CodeExtracted(Article article, std::vector<code::Candidate>* trace) const;
  CodedArticle CodeDocument(Article article, Document doc, std::vector<code::Candidate>* trace) const;

  CoderOptions options_;
  std::shared_ptr<const dict::Dictionary> dict_;
  actors::Analyser analyser_;
  resolve::Gazetteer gazetteer_;
  std::optional<knowledge::Themes> themes_;  // null when the theme dictionary did not load
  std::string version_;
  code::TreeCoder coder_;
};

// The date of a dateline opening one of the first lines ("NAIROBI, March 12, 2025 - ..."), used for
// articles that carry no date of their own.
std::optional<Date> DatelineDate(std::string_view text);

// Today's date (UTC), the date of articles that carry none.
Date Today();

}  // namespace dyad::pipeline
