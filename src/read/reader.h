// Readers turn input files into Articles, one record at a time. A reader is chosen by
// content first (magic bytes, the first non-blank character) and by extension second,
// from the table of formats in registry.cc; each format is one RecordReader.
//
// Errors are per record: a malformed JSON line, a truncated archive member or a page
// that cannot be decoded is reported with the file, the record and the reason, and
// the reader continues with the next record. Only an error that makes the rest of the
// source unreadable (an I/O failure, corrupt compression) ends it.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"
#include "util/input.h"

namespace dyad::read {

// One problem with one record. `record` is a line number, record number or id.
struct RecordError {
  std::string file;
  std::string record;
  Status status;
  std::string ToString() const;  // "news.jsonl:17: data loss: invalid JSON: ..."
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Reads the next article into *out (overwriting it). Returns true when an article
  // was read and false at the end of the source. A bad record returns its error as
  // Status, and record() names that record; calling Next again continues with the
  // following record. After a fatal error (see fatal()), Next returns false.
  virtual Result<bool> Next(Article* out) = 0;
  // True once the source cannot be read any further.
  virtual bool fatal() const { return false; }
  // The record the last call to Next was at, for messages: a line number ("17"), a
  // record number or an id. Empty when the reader has no finer unit than the file.
  virtual std::string record() const { return {}; }
  // Counts kept by readers that skip whole kinds of records (WARC request records,
  // feed entries without text): name -> count, for the run's summary.
  virtual std::vector<std::pair<std::string, uint64_t>> Skipped() const { return {}; }

  // Problems with records that were still delivered, such as invalid UTF-8 repaired
  // to U+FFFD or a date that could not be parsed. ReadAll passes them to its error
  // callback after each call to Next; direct users may call it too.
  std::vector<RecordError> TakeWarnings() { return std::exchange(warnings_, {}); }

 protected:
  void Warn(RecordError warning) { warnings_.push_back(std::move(warning)); }

 private:
  std::vector<RecordError> warnings_;
};

struct Format {
  std::string_view name;        // "jsonl", "text", "petrarch-xml", "tabari", "html", ...
  std::vector<std::string_view> extensions;  // without compression suffix: ".jsonl", ".txt"
  // True when the decompressed head of the file (up to 4 KiB) looks like this format.
  // Null for a format that is never chosen by content (plain text, the fallback).
  bool (*sniff)(std::string_view head);
  // Creates a reader over `in`; `file` names the source in messages and article ids.
  std::unique_ptr<RecordReader> (*open)(std::unique_ptr<InputStream> in, std::string file);
};

// How many decompressed bytes ChooseFormat is shown.
inline constexpr size_t kSniffBytes = 4096;

// The name articles from `path` are known by: the file name without its directories
// and without a .gz/.zst/.zstd suffix ("news.jsonl" for "in/news.jsonl.gz"); "stdin"
// for "-" and "<stdin>". Readers build ids from it ("news.jsonl:17").
std::string SourceName(std::string_view path);

// All formats dyad reads, in the order content sniffing tries them.
const std::vector<Format>& Formats();

// The format for a file: by content first, then by extension; "text" when nothing else
// fits. `forced` (a format name, or empty) overrides detection.
Result<const Format*> ChooseFormat(std::string_view path, std::string_view head,
                                   std::string_view forced = {});

// True when `head` or the extension of `path` identifies one of Formats(), or when the
// file name has no extension at all (plain text). Directory walks read only such files.
bool KnownInput(std::string_view path, std::string_view head);

// What one ReadAll call did, for a run's summary.
struct ReadStats {
  uint64_t files = 0;      // sources opened and read
  uint64_t articles = 0;   // articles delivered
  uint64_t problems = 0;   // calls to on_error (errors and warnings)
  std::map<std::string, uint64_t> skipped;  // RecordReader::Skipped() summed over sources
};

// How far a ReadAll has got through its input, in bytes of the files as stored (compressed
// bytes for a compressed file): for a progress line's share done and time left. Written by
// the reading thread, read by any.
struct ReadProgress {
  std::atomic<uint64_t> total_bytes{0};  // sizes of every file to read; set before the first article
  std::atomic<bool> total_known{false};  // false while unknown, and for standard input
  std::atomic<uint64_t> done_bytes{0};   // read so far; total_bytes at the end

  // The share read, in [0, 1], or a negative number when the total is not known.
  double Fraction() const;
};

// One file ReadAll reads: named by the user (a file, or "-" for stdin), or found by walking
// a directory (then skipped unless it is KnownInput or a format is forced).
struct InputFile {
  std::string path;
  bool walked = false;
};

// The files of `paths` in the order ReadAll reads them: named files as given; directories
// walked depth-first with entries in byte order of their names, hidden entries skipped,
// symbolic links to files followed and links to directories not (a cycle cannot trap the
// walk). A directory that cannot be listed, a broken link or an entry that is not a regular
// file goes to `on_error`. When `listed_dirs` is not null it receives how many directories
// could be listed. Files are not opened here.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    const std::function<void(const RecordError&)>& on_error,
                                    size_t* listed_dirs = nullptr);

// Reads every article from `paths` (files, directories walked recursively in sorted
// order, "-" for stdin), calling `on_article` for each and `on_error` for each bad
// record or unreadable file. A file named in `paths` is always read (as plain text
// when nothing else fits); in a walked directory, hidden files are skipped silently and
// files that are not KnownInput (README.md, a PDF, a CSV) are skipped and counted in
// stats->skipped["files of no known format"], unless `forced_format` is given. When `stats` is not null it is
// filled in (added to). When `progress` is not null it is kept up to date as articles are
// read. Returns OK unless no input could be opened at all.
Status ReadAll(const std::vector<std::string>& paths,
               const std::function<void(Article&&)>& on_article,
               const std::function<void(const RecordError&)>& on_error,
               std::string_view forced_format = {}, ReadStats* stats = nullptr,
               ReadProgress* progress = nullptr);

}  // namespace dyad::read
