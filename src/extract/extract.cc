// Extract dispatches on the content type; the HTML path is decode -> parse -> metadata
// and main text, each its own file.
#include "extract/extract.h"

#include "extract/encoding.h"
#include "extract/html_metadata.h"
#include "extract/html_tree.h"
#include "extract/main_text.h"
#include "extract/plain_text.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxPageBytes = size_t{256} << 20;

Result<Article> ExtractHtml(Article article) {
  std::string_view page = article.raw.empty() ? std::string_view(article.text) : article.raw;
  if (page.size() > kMaxPageBytes) {
    return ResourceExhausted("page of " + std::to_string(page.size()) + " bytes is over the limit");
  }
  ASSIGN_OR_RETURN(std::string utf8, DecodeToUtf8(page, SniffCharset(page)));
  ASSIGN_OR_RETURN(HtmlTree tree, HtmlTree::Parse(utf8));
  if (article.raw.empty()) article.raw = std::move(article.text);
  article.text = MainText(tree.root());
  PageMetadata meta = ReadMetadata(tree.root(), article.url);
  if (article.title.empty()) article.title = std::move(meta.title);
  if (article.byline.empty()) article.byline = std::move(meta.byline);
  if (article.language.empty()) article.language = std::move(meta.language);
  if (article.url.empty()) article.url = std::move(meta.canonical_url);
  // A date the reader set may be a crawl date (WARC-Date); a page is published before
  // it is fetched, so an earlier date stated by the page wins.
  if (meta.published && (!article.published || *meta.published < *article.published)) {
    article.published = meta.published;
  }
  return article;
}

}  // namespace

Result<Article> Extract(Article article) {
  switch (article.content_type) {
    case ContentType::kHtml:
      return ExtractHtml(std::move(article));
    case ContentType::kText:
      article.text = BlankVideoPlayers(BlankGalleryHeaders(TrimBoilerplateLines(article.text)));
      return article;
    default:
      return article;
  }
}

}  // namespace dyad::extract
