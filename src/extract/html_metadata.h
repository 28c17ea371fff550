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
// empty) is the address the page was fetched from; a date in it is the last resort for
// `published`, after every date the page states, and after a date in its canonical URL.
PageMetadata ReadMetadata(const xmlNode* root, std::string_view page_url = {});

}  // namespace dyad::extract
