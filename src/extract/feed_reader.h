// RSS (0.9x, 1.0 RDF, 2.0) and Atom 1.0 feeds: each item or entry becomes an article with
// its title, link, date, author and content. Content that is HTML (RSS descriptions,
// content:encoded, Atom type="html"/"xhtml") is handed on as kHtml for the HTML path;
// Atom type="text" is plain text. The feed is parsed by libxml2 without network access
// and without substituting entities from a DTD.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"
#include "util/input.h"

namespace dyad::extract {

// True when `head` holds an <rss> or RDF root (RSS) / an Atom <feed> root.
bool SniffRss(std::string_view head);
bool SniffAtom(std::string_view head);

// Reads a feed (either kind; the root element decides). Each article: id = the guid or
// Atom id, else "name:N" (name as read::SourceName gives it); url = link; title; published = pubDate / dc:date / published /
// updated; byline = author / dc:creator; raw = the content (the fullest of content and
// summary), content_type kHtml, or text for Atom type="text". Items with neither
// content nor summary nor title are skipped and counted.
// Errors: the whole feed is read first (at most 256 MiB); a feed libxml2 cannot parse
// at all gives one DataLoss and the reader is fatal.
std::unique_ptr<read::RecordReader> OpenFeed(std::unique_ptr<InputStream> in, std::string file);

}  // namespace dyad::extract
