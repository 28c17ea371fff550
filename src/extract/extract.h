// Extraction: from what a source held to the text dyad codes. HTML pages become their
// main text (boilerplate removed) with headline, publication date, byline, language and
// canonical URL; scraped plain text loses the navigation and sharing lines left at its
// edges. Everything here is pure: an Article in, an Article out.
#pragma once

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad::extract {

// Fills the article from its content:
// - kHtml: decodes `raw` (BOM, HTTP/meta charset; UTF-8 when valid, else windows-1252),
//   sets `text` to the main text (paragraphs separated by blank lines) and fills `title`,
//   `byline`, `language` and `url` where the page says and the article does not already;
//   `published` also when the page states an earlier day than the article carries (a
//   reader's date may be a crawl date). If `raw` is empty, `text` is taken as the page.
// - kText: removes edge boilerplate lines (plain_text.h): trailing ones are cut off,
//   leading ones blanked with spaces, so every offset into the result is an offset into
//   the input.
// - kXml and anything else: returned unchanged.
// Errors: DataLoss when the page cannot be decoded or parsed at all; ResourceExhausted
// for pages over 256 MiB. A page with no main text is not an error: `text` is empty.
Result<Article> Extract(Article article);

}  // namespace dyad::extract
