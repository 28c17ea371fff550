// JSON Lines: one article per line, `{"id","text"|"html","date","title","url","source"}`.
// Lines are parsed with simdjson's On-Demand API; a malformed line is reported with its
// line number and simdjson's reason, and reading goes on with the next line.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace dyad::read {

struct JsonlOptions {
  // A longer line is skipped with ResourceExhausted; reading continues after it.
  size_t max_line_bytes = size_t{256} << 20;
};

// True when the first non-blank byte of `head` (after a UTF-8 byte order mark) is '{'.
bool SniffJsonl(std::string_view head);

// Reads one Article per non-blank line of `in`. Fields:
//   id (string or number; default "NAME:LINE", NAME = SourceName(file)),
//   text, or html (content_type kHtml, `raw` = the page, `text` empty; with both,
//   text is the text and the page is kept in `raw`), date or published (Date::Parse;
//   an unparsable one is a warning and leaves `published` empty), title, url, source,
//   authors / author / byline (a string or an array of strings, joined by ", "),
//   language / lang. Other fields are ignored; null counts as absent.
// Errors (per line, record() = the line number): invalid JSON (DataLoss), a line that
// is not an object, has neither text nor html, or whose text or html is not a string
// (InvalidArgument), an overlong line (ResourceExhausted). Warnings, with the article
// still delivered (TakeWarnings()): invalid UTF-8, repaired before parsing; a metadata
// field of the wrong type, left empty; an unrecognised date.
std::unique_ptr<RecordReader> OpenJsonl(std::unique_ptr<InputStream> in, std::string file,
                                        JsonlOptions options = {});

}  // namespace dyad::read
