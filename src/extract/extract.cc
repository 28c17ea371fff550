// Extract dispatches on the content type; the HTML path is decode -> parse -> metadata
// and main text, each its own file.
#include "extract/extract.h"

#include "extract/encoding.h"
#include "extract/html_tree.h"
#include "extract/main_text.h"
#include "extract/plain_text.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxPageBytes = size_t{256} << 20;

std::string TitleOf(const xmlNode* root) {
  for (const xmlNode* n = root ? root->children : nullptr; n != nullptr; n = n->next) {
    if (NodeName(n) != "head") continue;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (NodeName(c) != "title") continue;
      std::string t;
      AppendText(c, &t);
      return CollapseSpace(t);
    }
  }
  return {};
}

Result<Article> ExtractHtml(Article article) {
  std::string_view page = article.raw.empty() ? std::string_view(article.text) : article.raw;
  if (page.size() > kMaxPageBytes) {
    return ResourceExhausted("page of " + std::to_string(page.size()) + " bytes is over the limit");
  }
  ASSIGN_OR_RETURN(std::string utf8, DecodeToUtf8(page, SniffCharset(page)));
  ASSIGN_OR_RETURN(HtmlTree tree, HtmlTree::Parse(utf8));
  if (article.raw.empty()) article.raw = std::move(article.text);
  article.text = MainText(tree.root());
  if (article.title.empty()) article.title = TitleOf(tree.root());
  return article;
}

}  // namespace

Result<Article> Extract(Article article) {
  switch (article.content_type) {
    case ContentType::kHtml:
      return ExtractHtml(std::move(article));
    case ContentType::kText:
      article.text = TrimBoilerplateLines(article.text);
      return article;
    default:
      return article;
  }
}

}  // namespace dyad::extract
