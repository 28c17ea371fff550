// ReadAll: expands the paths a user gave (files, directories, "-") into sources, picks
// each source's format from its first decompressed bytes, and drains its reader,
// handing every article and every problem to the caller. One bad file or record never
// stops the run.
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "read/peek.h"
#include "read/reader.h"

namespace dyad::read {
namespace {

namespace fs = std::filesystem;

// The caller's callbacks, counted into `stats`.
struct Callbacks {
  const std::function<void(Article&&)>& deliver;
  const std::function<void(const RecordError&)>& report;
  std::string_view forced;
  ReadStats* stats;
  void on_article(Article&& a) const {
    ++stats->articles;
    deliver(std::move(a));
  }
  void on_error(const RecordError& e) const {
    ++stats->problems;
    report(e);
  }
};

// Reads one file (or stdin). Returns false when it could not be opened at all. In a
// directory walk (`walked`) a file that is not KnownInput is skipped and counted.
bool ReadSource(const std::string& path, const Callbacks& cb, bool walked = false) {
  std::string display = path == "-" ? "<stdin>" : path;
  auto in = OpenInput(path);
  if (!in.ok()) {
    // OpenInput names the path in its message; the RecordError names it already.
    Status s = in.status();
    std::string prefix = path + ": ";
    if (s.message().rfind(prefix, 0) == 0) s = Status(s.code(), s.message().substr(prefix.size()));
    cb.on_error({display, "", s});
    return false;
  }
  PeekedStream peeked = PeekHead(std::move(in).value(), kSniffBytes);
  if (walked && cb.forced.empty() && !KnownInput(path, peeked.head)) {
    // A folder of articles often holds a README or a spreadsheet beside them: such files
    // are counted, not reported (naming the file, or giving a format, reads it).
    ++cb.stats->skipped["files of no known format"];
    return true;
  }
  auto format = ChooseFormat(path, peeked.head, cb.forced);
  if (!format.ok()) {
    cb.on_error({display, "", format.status()});
    return false;
  }
  std::unique_ptr<RecordReader> reader = (*format)->open(std::move(peeked.stream), display);
  ++cb.stats->files;
  Article article;
  for (;;) {
    auto more = reader->Next(&article);
    for (RecordError& w : reader->TakeWarnings()) cb.on_error(w);
    if (!more.ok()) {
      cb.on_error({display, reader->record(), more.status()});
      if (reader->fatal()) break;
      continue;
    }
    if (!*more) break;
    cb.on_article(std::move(article));
  }
  for (const auto& [what, count] : reader->Skipped()) cb.stats->skipped[what] += count;
  return true;
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Walks `dir` depth-first with entries in byte order of their names, skipping hidden
// ones. Symbolic links to files are followed; links to directories are not, so a cycle
// cannot trap the walk. Returns the number of sources that could be opened.
size_t Walk(const fs::path& dir, const Callbacks& cb) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    cb.on_error({dir.string(), "", IoError("cannot list directory: " + ec.message())});
    return 0;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      cb.on_error({dir.string(), "", IoError("cannot list directory: " + ec.message())});
      break;
    }
    if (!Hidden(it->path())) entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  size_t opened = 0;
  for (const fs::path& p : entries) {
    fs::file_status link = fs::symlink_status(p, ec);
    fs::file_status target = fs::status(p, ec);
    if (fs::is_directory(target)) {
      if (!fs::is_symlink(link)) opened += Walk(p, cb);
    } else if (fs::is_regular_file(target)) {
      opened += ReadSource(p.string(), cb, /*walked=*/true) ? 1 : 0;
    } else if (!fs::exists(target)) {
      cb.on_error({p.string(), "", NotFound("broken symbolic link or vanished file")});
    } else {
      cb.on_error({p.string(), "", Unsupported("not a regular file; skipped")});
    }
  }
  return opened + 1;  // the directory itself was readable
}

}  // namespace

std::string RecordError::ToString() const {
  std::string out = file;
  if (!record.empty()) out += ":" + record;
  return out + ": " + status.ToString();
}

Status ReadAll(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
               const std::function<void(const RecordError&)>& on_error, std::string_view forced_format,
               ReadStats* stats) {
  if (paths.empty()) return InvalidArgument("no input given");
  if (!forced_format.empty()) {
    auto format = ChooseFormat("", "", forced_format);
    if (!format.ok()) return format.status();
  }
  ReadStats local;
  Callbacks cb{on_article, on_error, forced_format, stats != nullptr ? stats : &local};
  size_t opened = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      opened += Walk(path, cb);
    } else {
      opened += ReadSource(path, cb) ? 1 : 0;
    }
  }
  if (opened == 0) return NotFound(paths.size() == 1 ? "cannot read " + paths[0] : "cannot read any of the inputs");
  return Status::Ok();
}

}  // namespace dyad::read
