// A saved web page as an input file: one article whose `raw` is the page, for Extract's
// HTML path. Recognised by its start (a doctype, <html>, <head> or <body> near the top,
// in any ASCII-compatible charset or UTF-16 with a byte order mark).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"
#include "util/input.h"

namespace dyad::extract {

// True when `head` looks like an HTML page rather than an XML feed or plain text.
bool SniffHtml(std::string_view head);

// Reads the one page of `in` (at most 256 MiB; more is ResourceExhausted). The article:
// id = origin = `file`'s name, content_type kHtml, raw = the bytes as stored. An empty
// file yields no article (counted as "empty file").
std::unique_ptr<read::RecordReader> OpenHtml(std::unique_ptr<InputStream> in, std::string file);

// The name records of `path` are known by in ids, as read::SourceName gives it (that
// function lives in dyad_read, which links this library): "in/page.html.gz" ->
// "page.html", "-" -> "stdin". Shared by the WARC and feed readers.
std::string SourceBaseName(std::string_view path);

}  // namespace dyad::extract
