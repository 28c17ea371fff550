// Boilerplate removal: the main text of an HTML page. The page is cut into text blocks
// (paragraphs, headings, list items, cells); each block is scored on its own shape (word
// count, sentence punctuation, link density) and each element on the blocks it holds and
// the names in its class and id, readability-style. The best-scoring container and its
// qualifying siblings give the article; inside it, blocks that look like navigation,
// sharing widgets, captions or teasers are dropped. No per-site rules.
#pragma once

#include <string>
#include <vector>

#include <libxml/tree.h>

namespace dyad::extract {

struct MainTextOptions {
  // Keep h1 headings inside the article body (the page title usually repeats there).
  bool keep_title_heading = false;
};

// The article text of the page rooted at `root` (the <html> element), paragraphs
// separated by "\n\n", or "" when the page holds no article text. `root` may be null.
// The tree is not modified.
std::string MainText(const xmlNode* root, const MainTextOptions& options = {});

}  // namespace dyad::extract
