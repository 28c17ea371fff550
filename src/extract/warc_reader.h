// WARC 1.0/1.1 archives (ISO 28500), plain or with one gzip member per record (util's
// input reads concatenated members as one stream). Records are read one at a time with
// bounded memory: response records whose HTTP payload is HTML become articles (the
// HTTP headers skipped, chunked transfer and gzip content encoding undone); resource
// records holding HTML are taken as well; every other record is skipped and counted.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"
#include "util/input.h"

namespace dyad::extract {

struct WarcOptions {
  // A record block larger than this is skipped (read past, not kept) and reported.
  size_t max_record_bytes = size_t{256} << 20;
};

// True when `head` starts (after blank lines) with a WARC version line.
bool SniffWarc(std::string_view head);

// Reads the archive in `in`. Each article: id = the WARC-Record-ID without "<urn:uuid:"
// decoration (else "name:N", name as read::SourceName gives it), url = WARC-Target-URI, published = the WARC-Date's day (a
// crawl date, so Extract lets an earlier date stated by the page win), raw = the HTTP
// body (prefixed with a <meta charset> when only the HTTP header names the charset),
// content_type = kHtml, origin = "file:N" (N counts records from 1).
// Errors (record() names the record, from 1): a record that is not WARC, or a block cut
// short, ends the archive with DataLoss after every good record before it was delivered;
// a block over the size limit is ResourceExhausted and reading goes on.
std::unique_ptr<read::RecordReader> OpenWarc(std::unique_ptr<InputStream> in, std::string file,
                                             WarcOptions options);
// With default options; the signature of read::Format::open.
std::unique_ptr<read::RecordReader> OpenWarc(std::unique_ptr<InputStream> in, std::string file);

}  // namespace dyad::extract
