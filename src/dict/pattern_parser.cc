// The verb-pattern grammar (see pattern_parser.h).
#include "dict/pattern_parser.h"

#include "dict/tokenize.h"

namespace dyad::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::vector<PatternItem> PatternParser::Sequence(char stop) {
  std::vector<PatternItem> items;
  while (true) {
    while (i_ < s_.size() && IsBlank(s_[i_])) ++i_;
    if (i_ >= s_.size()) {
      if (stop != 0) ok_ = false;
      return items;
    }
    const char c = s_[i_];
    if (c == stop) {
      ++i_;
      return items;
    }
    if (c == '|' && stop == '}') return items;
    if (c == ')' || c == '}' || c == '|') {
      ok_ = false;
      ++i_;
      continue;
    }
    if ((c == '{' || c == '(') && depth_ >= kMaxPatternDepth) {
      ++i_;
      too_deep_ = true;
      ok_ = false;
      SkipGroup();
      continue;
    }
    if (c == '{') {
      ++i_;
      ++depth_;
      PatternItem group;
      std::vector<PatternItem> first = Sequence('}');
      if (i_ > 0 && i_ <= s_.size() && s_[i_ - 1] != '}' && i_ < s_.size() && s_[i_] == '|') {
        group.kind = PatternItem::Kind::kAlternatives;
        group.children.push_back(std::move(first));
        while (i_ < s_.size() && s_[i_] == '|') {
          ++i_;
          group.children.push_back(Sequence('}'));
        }
      } else {
        group.kind = PatternItem::Kind::kNounPhrase;
        group.children.push_back(std::move(first));
      }
      --depth_;
      items.push_back(std::move(group));
      Connector(&items);
      continue;
    }
    if (c == '(') {
      ++i_;
      ++depth_;
      PatternItem pp;
      pp.kind = PatternItem::Kind::kPrepPhrase;
      pp.children.push_back(Sequence(')'));
      --depth_;
      items.push_back(std::move(pp));
      continue;
    }
    Chunk(&items);
  }
}

void PatternParser::SkipGroup() {
  for (int open = 1; i_ < s_.size() && open > 0; ++i_) {
    if (s_[i_] == '{' || s_[i_] == '(') ++open;
    else if (s_[i_] == '}' || s_[i_] == ')') --open;
  }
}

// A connector right after a closing '}' ("}_CONVENTIONS"): adjacency to what follows.
void PatternParser::Connector(std::vector<PatternItem>* items) {
  if (i_ < s_.size() && s_[i_] == '_') ++i_;
}

// A run of characters up to a blank or bracket, split at TABARI connectors.
void PatternParser::Chunk(std::vector<PatternItem>* items) {
  while (i_ < s_.size() && !IsBlank(s_[i_]) &&
         std::string_view("{}()|").find(s_[i_]) == std::string_view::npos) {
    size_t b = i_;
    if (s_[i_] == '*') {
      ++i_;  // the verb marker is a piece of its own, even when written "*SCEPTICAL"
    } else {
      while (i_ < s_.size() && !IsBlank(s_[i_]) && s_[i_] != '_' && s_[i_] != '=' && s_[i_] != '*' &&
             std::string_view("{}()|").find(s_[i_]) == std::string_view::npos &&
             !(s_[i_] == '~' && i_ + 1 < s_.size() && s_[i_ + 1] == '_'))
        ++i_;
    }
    std::string_view piece = s_.substr(b, i_ - b);
    bool stem = tabari_, adjacent = false;
    if (i_ < s_.size() && s_[i_] == '=') {
      stem = false;
      ++i_;
    }
    if (i_ + 1 < s_.size() && s_[i_] == '~' && s_[i_ + 1] == '_') {
      stem = true;
      i_ += 2;
      adjacent = i_ < s_.size() && !IsBlank(s_[i_]);
    } else if (i_ < s_.size() && s_[i_] == '_') {
      stem = false;
      ++i_;
      adjacent = i_ < s_.size() && !IsBlank(s_[i_]);
    }
    if (piece.empty()) {
      if (i_ == b) ++i_;
      continue;
    }
    PatternItem item;
    if (piece == "*")
      item.kind = PatternItem::Kind::kVerb;
    else if (piece == "$")
      item.kind = PatternItem::Kind::kSource;
    else if (piece == "+")
      item.kind = PatternItem::Kind::kTarget;
    else if (piece == "%")
      item.kind = PatternItem::Kind::kCompound;
    else if (piece == "^")
      item.kind = PatternItem::Kind::kSkip;
    else if (piece[0] == '&' && piece.size() > 1) {
      item.kind = PatternItem::Kind::kSynset;
      item.name = std::string(piece.substr(1));
      item.word.gap_after = !adjacent;  // "&TIETYPES_MEMOS": the synset's own connector
    } else {
      item.kind = PatternItem::Kind::kWord;
      item.word.text = FoldCase(piece);
      item.word.match = stem ? WordMatch::kStem : WordMatch::kExact;
      item.word.gap_after = !adjacent;
    }
    items->push_back(std::move(item));
  }
}

}  // namespace dyad::dict
