// PETRARCH XML input: `<Sentences><Sentence date="YYYYMMDD" id="..." source="...">`
// with a `<Text>` and an optional `<Parse>` (ignored), and Universal-PETRARCH's
// `<Articles><Article ...>` with the same attributes. Each Sentence or Article element
// becomes one Article. The files found in the wild are often not well-formed (double
// hyphens in comments, mismatched tags), so libxml2 parses them in recovery mode and
// the first problem is reported as a warning rather than losing the file.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace dyad::read {

struct PetrarchOptions {
  // Larger inputs are refused with ResourceExhausted.
  size_t max_bytes = size_t{1} << 30;
};

// True when the first element of `head`, after the XML declaration, comments and a
// doctype, is <Sentences>, <Articles>, <Validation>, <Sentence> or <Article>.
bool SniffPetrarch(std::string_view head);

// Reads one Article per <Sentence> or <Article> element (at any depth, not nested in
// another): id = its id attribute ("NAME:N" for the N-th element when absent),
// published = its date attribute (YYYYMMDD, or YYMMDD read as TABARI does), source = its source attribute, text = the content
// of its <Text> child with surrounding whitespace removed (an element whose <Text> is
// empty is skipped and counted in Skipped() as "empty <Text>"). record() is the id, or
// "sentence N". An empty <Sentence/> followed by its <Text> as a sibling (a shape some
// validation files use) takes that <Text>. Errors: an element without <Text> (InvalidArgument; skipped), a
// document libxml2 cannot recover at all (DataLoss, fatal). Warnings: recovered XML
// errors (the first one, with its line, and their count), invalid UTF-8 (repaired
// before parsing), a missing or unreadable date.
std::unique_ptr<RecordReader> OpenPetrarch(std::unique_ptr<InputStream> in, std::string file,
                                           PetrarchOptions options = {});

}  // namespace dyad::read
