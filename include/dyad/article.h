// Article: what every reader produces and every later stage starts from. One news
// item with its metadata and its text; `text` is what dyad codes, `raw` is what the
// source held when it was not already plain text (HTML, a WARC payload), kept so that
// extraction can be redone and evidence traced.
#pragma once

#include <optional>
#include <string>

#include "dyad/date.h"

namespace dyad {

enum class ContentType { kText, kHtml, kXml };

struct Article {
  std::string id;         // unique within a run: the record's own id, else file name + record number
  std::string url;        // canonical URL when known
  std::string title;      // headline; may be empty
  std::string source;     // outlet ("Reuters"), when known
  std::string byline;     // author(s), when known
  std::string language;   // BCP 47 tag ("en") when known
  std::optional<Date> published;
  std::string text;       // UTF-8 article text; offsets of later stages index into it
  std::string raw;        // original bytes when they were not plain text; else empty
  ContentType content_type = ContentType::kText;
  std::string origin;     // where it came from, for messages: "news.jsonl.gz:1432"
};

}  // namespace dyad
