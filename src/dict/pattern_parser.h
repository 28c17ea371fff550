// The grammar of verb patterns shared by TABARI and both PETRARCH verb formats: markers
// ($ + % ^ *), synsets (&NAME), words with TABARI connectors (_ ~_ =), TABARI
// alternatives { a | b }, PETRARCH 2 noun phrases {MOD HEAD} and prepositional phrases
// (PREP NOUN). A '*' is a piece of its own even when written against a word.
#pragma once

#include <string_view>
#include <vector>

#include "dict/model.h"

namespace dyad::dict {

// Parses one pattern body (the text between "- " and "[CODE]").
class PatternParser {
 public:
  // `tabari`: bare words are stems (TABARI) rather than exact words (PETRARCH).
  PatternParser(std::string_view s, bool tabari) : s_(s), tabari_(tabari) {}

  // Parses until `stop` (0: the end). ok() turns false on unbalanced brackets; parsing
  // still returns what it could read.
  std::vector<PatternItem> Sequence(char stop);
  bool ok() const { return ok_; }
  // A group nested deeper than kMaxPatternDepth was dropped (ok() is false too).
  bool too_deep() const { return too_deep_; }

 private:
  void Connector(std::vector<PatternItem>* items);
  void Chunk(std::vector<PatternItem>* items);
  // Skips the group whose opening bracket was just read, to its matching close.
  void SkipGroup();

  std::string_view s_;
  bool tabari_;
  size_t i_ = 0;
  bool ok_ = true;
  int depth_ = 0;  // groups open around the current position
  bool too_deep_ = false;
};

}  // namespace dyad::dict
