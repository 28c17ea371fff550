// Event output formats. Every format is a view of the native Event record:
//   jsonl    dyad's native JSON Lines (docs/formats.md), one event a line
//   petr     PETRARCH2's event TSV: date, source, target, code, issues, ids, url, outlet,
//            actor texts, verb text
//   phoenix  the Phoenix data set's 26-column TSV
//   gdelt    GDELT 2.0's 61-column event TSV (with dyad's own ids and ISO 3166 codes)
//   plover   PLOVER JSON records, one a line, with actor and recipient lists
#pragma once

#include <string>
#include <string_view>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::write {

enum class Format { kJsonl, kPetr, kPhoenix, kGdelt, kPlover };

// "jsonl", "petr", "phoenix", "gdelt", "plover". InvalidArgument names the choices.
Result<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format f);

// The header line (with its newline) a file in `f` starts with; empty for formats
// without one.
std::string Header(Format f);

// Appends `e` in format `f`, ending with a newline, to *out.
void AppendEvent(const Event& e, Format f, std::string* out);

// One function per format, for callers that know theirs.
void AppendJsonl(const Event& e, std::string* out);
void AppendPetr(const Event& e, std::string* out);
void AppendPhoenix(const Event& e, std::string* out);
void AppendGdelt(const Event& e, std::string* out);
void AppendPlover(const Event& e, std::string* out);

// A field for a TSV cell: tabs, newlines and carriage returns become spaces.
std::string TsvField(std::string_view s);

}  // namespace dyad::write
