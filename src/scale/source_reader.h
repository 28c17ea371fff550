// One input file read record by record from any position, for `dyad code --mpi`: a shard
// is a run of records of one file (file, first record, count), so a rank opens the file,
// skips to the shard's first record and reads its records. A record position counts every
// call to the format's RecordReader::Next that delivered an article or reported a bad
// record, so positions are the same in every run over an unchanged file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"
#include "read/reader.h"

namespace dyad::scale {

class SourceReader {
 public:
  enum class Kind { kArticle, kError, kEnd };

  // Opens `path` (a file; never "-"), decompressing it as needed, and picks its format by
  // content then extension as read::ReadAll does; `forced` (a format name or empty)
  // overrides detection. Errors: those of OpenInput (IoError, NotFound) and ChooseFormat.
  static Result<std::unique_ptr<SourceReader>> Open(const std::string& path, std::string_view forced = {});

  // True when read::KnownInput accepts the file: a directory walk reads only such files.
  bool known() const { return known_; }
  const std::string& path() const { return path_; }

  // The record at position(): kArticle fills *article, kError fills *error (a bad record;
  // the reader goes on with the next one unless the source became unreadable), kEnd at
  // the end of the source (position() then stays). Problems with records that were still
  // delivered are appended to *warnings when it is not null.
  Kind Next(Article* article, read::RecordError* error, std::vector<read::RecordError>* warnings);

  // Reads and drops records until position() == `position` or the end. InvalidArgument
  // when the reader is already past `position` (reopen the file to go back).
  Status SkipTo(uint64_t position);

  // Records read so far; after Next returned kEnd, the number of records of the file.
  uint64_t position() const { return position_; }

 private:
  SourceReader() = default;

  std::string path_;
  bool known_ = false;
  bool ended_ = false;
  uint64_t position_ = 0;
  std::unique_ptr<read::RecordReader> reader_;
};

// The records of the file at `path`: what Next counts up to kEnd.
Result<uint64_t> CountRecords(const std::string& path, std::string_view forced = {});

}  // namespace dyad::scale
