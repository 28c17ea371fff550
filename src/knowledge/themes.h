// Themes: what an article (or one sentence of it) is about — sanctions, nuclear weapons,
// elections — found by phrase lists. Two sources fill the same structure: dyad's own
// theme dictionary (data/themes/themes.dict, format in docs/knowledge.md) and PETRARCH
// issue files (Phoenix.IssueCoding.txt) read by the dictionary readers into
// dict::Model::issues. Phrases compile into the dictionary engine's PhraseMatcher, so
// matching is one pass per sentence. Built once, then read-only and shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/matcher.h"
#include "dict/model.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::knowledge {

struct Theme {
  std::string code;   // "SANCTIONS"; for PETRARCH issues the issue code
  std::string label;  // "Sanctions"; for PETRARCH issues the category
};

// One theme in an article: how often its phrases matched and in which sentences.
struct ThemeCount {
  uint32_t theme = 0;                // index into Themes::theme()
  uint32_t count = 0;                // phrase matches
  std::vector<uint32_t> sentences;   // distinct, ascending
};

class Themes {
 public:
  // Parses dyad's theme format: "[CODE] Label" opens a theme; each following line is a
  // phrase (words separated by spaces; a word ending in '*' matches any ending, others
  // their regular endings); "~phrase" cancels the theme matches it covers; '#' starts a
  // comment. Errors: InvalidArgument naming `origin` and the line.
  static Result<Themes> Parse(std::string_view text, std::string_view origin = "themes");
  // The issues of a dictionary model (PETRARCH issue files); ignore phrases ('~') cancel.
  static Themes FromIssues(const dict::Model& model);
  // SPEC: empty for data/themes/themes.dict, a .dict file in dyad's format, or anything
  // dict::LoadModel reads that holds issues (a PETRARCH *Issue*.txt file). Errors:
  // NotFound, IoError, InvalidArgument (no themes in SPEC).
  static Result<Themes> Load(std::string_view spec);

  size_t size() const { return themes_.size(); }
  const Theme& theme(uint32_t i) const { return themes_[i]; }

  // The themes of sentence `s` of `doc`: distinct indexes in ascending order.
  std::vector<uint32_t> OfSentence(const Document& doc, uint32_t s) const;
  // The themes of the whole article, most matched first (ties by index).
  std::vector<ThemeCount> OfArticle(const Document& doc) const;

 private:
  struct Match {
    uint32_t theme, begin, end;  // tokens, relative to the sentence
  };
  void Compile(std::vector<std::pair<std::vector<dict::Word>, int64_t>> phrases);
  std::vector<Match> MatchSentence(const Document& doc, uint32_t s) const;

  std::vector<Theme> themes_;
  // Per phrase id: the theme index; -1 an ignore phrase for every theme, -2 - t one for theme t.
  std::vector<int64_t> phrase_theme_;
  std::shared_ptr<const dict::PhraseMatcher> matcher_;
};

// The themes of one sentence, for the coder to attach to the events it codes there.
inline std::vector<uint32_t> ThemesOfSentence(const Themes& themes, const Document& doc, uint32_t s) {
  return themes.OfSentence(doc, s);
}

}  // namespace dyad::knowledge
