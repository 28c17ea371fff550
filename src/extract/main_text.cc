// The algorithm, in three passes over the tree:
// 1. Blocks: a walk that skips non-content elements (scripts, forms' widgets, nav,
//    aside, hidden nodes) and cuts the text at every block-level element, so each block
//    is one paragraph, heading, list item or cell, with its link text measured.
// 2. Container: each paragraph-like block of 25+ characters adds 1 + commas + length/100
//    (at most 3) to its parent, half to its grandparent and a third to the next; each
//    element starts from its tag and the class/id names it carries, and ends multiplied
//    by (1 - link density). The best element and the siblings that score near it hold
//    the article.
// 3. Cleaning: inside that, blocks under boilerplate class/id names, link lists, and
//    short fragments without sentence punctuation (bylines, "Advertisement", share
//    labels) are dropped; what is left, in document order, is the text.
#include "extract/main_text.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "extract/block_names.h"
#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

struct Block {
  std::string text;
  size_t chars = 0;       // non-space bytes
  size_t link_chars = 0;  // non-space bytes inside <a>
  size_t bold_chars = 0;  // non-space bytes inside <b>, <strong> or <em>
  const xmlNode* element = nullptr;  // innermost block-level element holding the text
};

struct NodeStats {
  double score = 0;
  bool initialised = false;
  size_t chars = 0;
  size_t link_chars = 0;
};

size_t NonSpaceBytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !(c == ' ' || c == '\n' || c == '\t' || c == '\r');
  return n;
}

class BlockBuilder {
 public:
  std::vector<Block> Build(const xmlNode* root) {
    if (root != nullptr) Walk(root, root, false);
    Flush(root);
    return std::move(blocks_);
  }

 private:
  void Walk(const xmlNode* n, const xmlNode* block, bool in_link, bool in_bold = false) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content == nullptr) continue;
        std::string_view t = reinterpret_cast<const char*>(c->content);
        buf_ += t;
        if (in_link) link_chars_ += NonSpaceBytes(t);
        if (in_bold) bold_chars_ += NonSpaceBytes(t);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view name = NodeName(c);
      ElementKind kind = KindOfElement(name);
      if (kind == ElementKind::kSkip || IsHidden(c)) continue;
      // A cell that holds paragraphs is page layout, not data: it is a block of its own.
      if (kind == ElementKind::kCell && HasBlockChild(c, 3)) kind = ElementKind::kBlock;
      if (kind == ElementKind::kCell) {
        // Cells of one row read as one line, so a table row is one block.
        buf_ += ' ';
        Walk(c, block, in_link);
        buf_ += ' ';
      } else if (kind == ElementKind::kBreak) {
        Flush(block);
      } else if (kind == ElementKind::kBlock) {
        Flush(block);
        Walk(c, c, in_link);
        Flush(c);
      } else if (!IsInlineBoilerplate(c)) {
        bool bold = name == "b" || name == "strong" || name == "em";
        Walk(c, block, in_link || name == "a", in_bold || bold);
      }
    }
  }

  void Flush(const xmlNode* block) {
    if (buf_.empty()) return;
    Block b;
    b.text = CollapseSpace(buf_);
    b.chars = NonSpaceBytes(b.text);
    b.link_chars = std::min(link_chars_, b.chars);
    b.bold_chars = std::min(bold_chars_, b.chars);
    b.element = block;
    buf_.clear();
    link_chars_ = 0;
    bold_chars_ = 0;
    if (!b.text.empty()) blocks_.push_back(std::move(b));
  }

  // True when `n` has a block-level element within `depth` levels below it.
  static bool HasBlockChild(const xmlNode* n, int depth) {
    if (depth == 0) return false;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      ElementKind kind = KindOfElement(NodeName(c));
      if (kind == ElementKind::kBlock || kind == ElementKind::kBreak) return true;
      if (kind == ElementKind::kInline && HasBlockChild(c, depth - 1)) return true;
    }
    return false;
  }

  std::vector<Block> blocks_;
  std::string buf_;
  size_t link_chars_ = 0;
  size_t bold_chars_ = 0;
};

bool IsParagraphLike(std::string_view tag) {
  return tag == "p" || tag == "pre" || tag == "td" || tag == "blockquote" || tag == "div" ||
         tag == "section" || tag == "article" || tag == "dd" || tag == "span" || tag == "font" ||
         tag == "main" || tag == "center" || tag == "body" || tag == "tr";
}

size_t CountCommas(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma and U+3001 ideographic comma.
    if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
  }
  return n;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':' || c == ';') return true;
  // Closing quotes, ellipsis and CJK full stop (3-byte UTF-8 sequences).
  for (std::string_view end : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6", "\xE3\x80\x82",
                               "\xC2\xBB"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Counts code points from the CJK ranges (kana, ideographs, hangul), where one "word" can
// be a whole clause.
size_t CountCjk(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE3 && c <= 0xED) {
      ++n;
      i += 2;
    }
  }
  return n;
}

// A short piece of text that is not a sentence: a label, a button, a date line.
bool IsFragment(std::string_view text, size_t words) {
  return words <= 3 && CountCjk(text) < 8 && !EndsSentence(text);
}

class Scorer {
 public:
  explicit Scorer(const std::vector<Block>& blocks) : blocks_(blocks) {}

  // The element holding the article, or null when no block qualifies.
  const xmlNode* BestContainer() {
    for (const Block& b : blocks_) {
      for (const xmlNode* n = b.element; n != nullptr && n->type == XML_ELEMENT_NODE;
           n = n->parent) {
        NodeStats& s = stats_[n];
        s.chars += b.chars;
        s.link_chars += b.link_chars;
      }
    }
    for (const Block& b : blocks_) {
      if (b.text.size() < 25 || !IsParagraphLike(NodeName(b.element))) continue;
      double content = 1.0 + static_cast<double>(CountCommas(b.text)) +
                       std::min(static_cast<double>(b.text.size()) / 100.0, 3.0);
      const xmlNode* n = b.element->parent;
      for (int level = 0; level < 3 && n != nullptr && n->type == XML_ELEMENT_NODE;
           ++level, n = n->parent) {
        NodeStats& s = Init(n);
        s.score += content / (level == 0 ? 1.0 : level * 2.0);
      }
    }
    const xmlNode* best = nullptr;
    double best_score = 0;
    for (auto& [node, s] : stats_) {
      if (!s.initialised) continue;
      double final_score = s.score * (1.0 - LinkDensity(s));
      s.score = final_score;
      if (best == nullptr || final_score > best_score) {
        best = node;
        best_score = final_score;
      }
    }
    best_score_ = best_score;
    return best;
  }

  double Score(const xmlNode* n) const {
    auto it = stats_.find(n);
    return it == stats_.end() || !it->second.initialised ? 0.0 : it->second.score;
  }
  double LinkDensityOf(const xmlNode* n) const {
    auto it = stats_.find(n);
    return it == stats_.end() ? 0.0 : LinkDensity(it->second);
  }
  size_t CharsOf(const xmlNode* n) const {
    auto it = stats_.find(n);
    return it == stats_.end() ? 0 : it->second.chars;
  }
  double best_score() const { return best_score_; }

  // Other scored elements with the same tag and class as `n`, in no particular order.
  std::vector<const xmlNode*> SameKind(const xmlNode* n) const {
    std::vector<const xmlNode*> out;
    std::string cls = Attr(n, "class");
    for (const auto& [other, s] : stats_) {
      if (other != n && s.initialised && NodeName(other) == NodeName(n) && Attr(other, "class") == cls) {
        out.push_back(other);
      }
    }
    return out;
  }

 private:
  static double LinkDensity(const NodeStats& s) {
    return s.chars == 0 ? 0.0 : static_cast<double>(s.link_chars) / static_cast<double>(s.chars);
  }

  NodeStats& Init(const xmlNode* n) {
    NodeStats& s = stats_[n];
    if (!s.initialised) {
      s.initialised = true;
      s.score = TagWeight(NodeName(n)) + ClassWeight(n);
    }
    return s;
  }

  const std::vector<Block>& blocks_;
  std::unordered_map<const xmlNode*, NodeStats> stats_;
  double best_score_ = 0;
};

bool IsAncestorOrSelf(const xmlNode* ancestor, const xmlNode* n) {
  for (; n != nullptr; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

// The elements that hold the article: the best container and the siblings that score
// near it or read as prose themselves.
std::vector<const xmlNode*> ArticleRoots(const xmlNode* best, const Scorer& scorer) {
  if (best->parent == nullptr || best->parent->type != XML_ELEMENT_NODE) return {best};
  std::vector<const xmlNode*> roots;
  double threshold = std::max(10.0, scorer.best_score() * 0.2);
  std::string best_class = Attr(best, "class");
  for (const xmlNode* s = best->parent->children; s != nullptr; s = s->next) {
    if (s->type != XML_ELEMENT_NODE) continue;
    if (s == best) {
      roots.push_back(s);
      continue;
    }
    double bonus = 0;
    if (!best_class.empty() && Attr(s, "class") == best_class) bonus = scorer.best_score() * 0.2;
    bool include = scorer.Score(s) + bonus >= threshold;
    if (!include && NodeName(s) == "p") {
      size_t chars = scorer.CharsOf(s);
      double ld = scorer.LinkDensityOf(s);
      include = (chars > 80 && ld < 0.25) || (chars > 0 && ld == 0 && chars <= 80 && false);
    }
    if (include) roots.push_back(s);
  }
  // Articles broken up by media or ads often repeat their container ("post__content")
  // for each part: elements of the same tag and class that read as prose join.
  if (!best_class.empty()) {
    for (const xmlNode* n : scorer.SameKind(best)) {
      bool nested = false;
      for (const xmlNode* r : roots) nested = nested || IsAncestorOrSelf(r, n) || IsAncestorOrSelf(n, r);
      if (!nested && scorer.CharsOf(n) >= 100 && scorer.LinkDensityOf(n) < 0.3) roots.push_back(n);
    }
  }
  return roots;
}

// True when some element from the block's own element up to (not including) `root`
// carries a boilerplate class or id.
bool UnderBoilerplate(const Block& b, const xmlNode* root) {
  std::string context = ClassAndId(root);
  for (const xmlNode* n = b.element; n != nullptr && n != root; n = n->parent) {
    if (IsBoilerplateElement(n, context)) return true;
  }
  return false;
}

bool InBlockquote(const xmlNode* n, const xmlNode* root) {
  for (; n != nullptr && n != root; n = n->parent) {
    if (NodeName(n) == "blockquote") return true;
  }
  return false;
}

bool KeepBlock(const Block& b, const xmlNode* root, const MainTextOptions& options) {
  std::string_view tag = NodeName(b.element);
  if (tag == "h1" && !options.keep_title_heading) return false;
  if (UnderBoilerplate(b, root)) return false;
  double ld = b.chars == 0 ? 0 : static_cast<double>(b.link_chars) / static_cast<double>(b.chars);
  size_t words = CountWords(b.text);
  // Links are navigation unless the block says something of its own (a linked lead-in
  // followed by a sentence) or quotes a post (embedded tweets are mostly links).
  bool own_sentence = b.chars - b.link_chars >= 50 && EndsSentence(b.text);
  bool quoted = InBlockquote(b.element, root);
  if (ld > 0.5 && words < 40 && !own_sentence && !quoted) return false;
  if (ld > 0.8 && !quoted) return false;
  // A short line set wholly in bold is a subheading ("'Good price'").
  bool heading = (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') ||
                 (b.bold_chars == b.chars && b.link_chars == 0 && words <= 10 &&
                  AsciiLower(b.text.substr(0, 3)) != "by ");
  // Short list items without links are content ("Bugs fixed" in a changelog).
  bool plain_item = tag == "li" && b.link_chars == 0;
  if (!heading && !plain_item && IsFragment(b.text, words)) return false;
  return true;
}

}  // namespace

std::string MainText(const xmlNode* root, const MainTextOptions& options) {
  if (root == nullptr) return {};
  std::vector<Block> blocks = BlockBuilder().Build(root);
  Scorer scorer(blocks);
  const xmlNode* best = scorer.BestContainer();
  if (best == nullptr) best = root;
  std::vector<const xmlNode*> roots = ArticleRoots(best, scorer);

  std::vector<const Block*> kept;
  for (const Block& b : blocks) {
    for (const xmlNode* r : roots) {
      if (IsAncestorOrSelf(r, b.element) && KeepBlock(b, r, options)) {
        kept.push_back(&b);
        break;
      }
    }
  }
  // Short fragments at the edges (a date line, "Share", a lone heading) are not prose.
  auto edge_junk = [](const Block* b) {
    return CountWords(b->text) < 6 && CountCjk(b->text) < 8 && !EndsSentence(b->text);
  };
  size_t begin = 0, end = kept.size();
  while (end > begin && edge_junk(kept[end - 1])) --end;
  while (begin < end && edge_junk(kept[begin])) ++begin;
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += "\n\n";
    out += kept[i]->text;
  }
  return out;
}

}  // namespace dyad::extract
