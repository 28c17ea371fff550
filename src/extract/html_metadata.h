// What a page says about itself: headline, publication date, byline, language and
// canonical URL, read from <meta> tags (Open Graph, Dublin Core, article:*), schema.org
// JSON-LD and microdata, <time datetime>, <link rel=canonical>, <html lang>, the <title>
// and the first <h1>.
#pragma once

#include <optional>
#include <string>

#include <libxml/tree.h>

#include "dyad/date.h"

namespace dyad::extract {

struct PageMetadata {
  std::string title;
  std::string byline;
  std::string language;   // primary subtag, lower-case ("en", "pt")
  std::string canonical_url;
  std::optional<Date> published;
};

// Reads the metadata of the page rooted at `root` (may be null). `page_url` (may be
// empty) is the address the page was fetched from. `published` is the date the page
// states (publication metadata first, then generic dates, then <time>), except that a
// date in the canonical URL (else `page_url`) within one day of it wins, since stated
// timestamps are often UTC while URLs carry the local day; with no stated date, the
// URL's date.
PageMetadata ReadMetadata(const xmlNode* root, std::string_view page_url = {});

}  // namespace dyad::extract
