// TABARI text records, the input format of the TABARI coder and of its validation
// suite. A record is a header line "YYMMDD ID ...", then the text lines, then a blank
// line. A comment between "/*" and "*/" may follow the text (it may start on the text's
// last line) and ends at "*/" or at the blank line that ends the record; validation
// suites write the expected events there. Lines starting with
// '#' between records are comments. This is the lower-level API: the validation
// command reads the comments through it, and tabari_reader.h turns records into
// Articles.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/status.h"
#include "util/input.h"

namespace dyad::read {

struct TabariRecord {
  uint64_t line = 0;          // 1-based line number of the header
  std::string header;         // the header line, trailing blanks removed
  std::string date_text;      // the digits that start the header: "950101"
  std::optional<Date> date;   // date_text read as a date (see TabariDate); empty if invalid
  std::string id;             // the first word after the date: "DEMO-01"; may be empty
  std::string text;           // text lines joined by '\n', each without trailing blanks
  bool has_comment = false;
  bool comment_closed = false;  // false when the record ended before a "*/"
  std::string comment;        // exactly what stands between "/*" and "*/" (or the record's end)
};

// The date of a header's digit field. TABARI reads the field with a fixed width: six
// digits YYMMDD (years 00-30 are 20xx, others 19xx) or, in its four-digit-year mode,
// eight digits YYYYMMDD. A field of six or seven digits is read by its first six, a
// longer one by its first eight. Returns nullopt for an impossible day.
std::optional<Date> TabariDate(std::string_view digits);

// True when `line` is a record header: at least six digits, then a blank, a '*' or the
// end of the line.
bool IsTabariHeader(std::string_view line);

// True when the first line of `head` that is neither blank nor a '#' comment is a
// record header with a valid date, followed by a non-blank line.
bool SniffTabari(std::string_view head);

// Reads records one at a time from a stream.
class TabariRecordReader {
 public:
  explicit TabariRecordReader(InputStream& in);

  // Sets *out to the next record; returns false at the end. Recoverable errors name
  // their line and leave the reader ready for the next record: text outside any record
  // (InvalidArgument, once per block of such lines), a line over 256 MiB
  // (ResourceExhausted). A failing stream returns its error, after which Next returns
  // false.
  Result<bool> Next(TabariRecord* out);

  // The line the last call to Next reported about (a header or the offending line).
  uint64_t line() const { return line_; }
  // True once the stream has failed; Next then returns false.
  bool failed() const { return failed_; }

 private:
  enum class State { kBetween, kText, kComment, kAfterComment };

  LineReader lines_;
  std::string pending_header_;   // a header read while finishing the previous record
  uint64_t pending_line_ = 0;
  uint64_t line_ = 0;
  bool failed_ = false;
  bool stray_ = false;  // inside a block of text that belongs to no record
};

// Reads every record of `in`. Recoverable errors are appended to *errors when it is
// not null, and reading continues; a failing stream is returned as the error.
Result<std::vector<TabariRecord>> ReadTabariRecords(InputStream& in,
                                                    std::vector<Status>* errors = nullptr);

}  // namespace dyad::read
