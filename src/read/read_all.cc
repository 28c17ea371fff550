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

// Size of a regular file, 0 when it cannot be read.
uint64_t FileSize(const std::string& path) {
  std::error_code ec;
  const auto n = fs::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(n);
}

// The caller's callbacks, counted into `stats`, and the bytes of the sources finished.
struct Callbacks {
  const std::function<void(Article&&)>& deliver;
  const std::function<void(const RecordError&)>& report;
  std::string_view forced;
  ReadStats* stats;
  ReadProgress* progress;  // may be null
  uint64_t* finished;      // bytes of the sources read to the end
  void source_done(uint64_t bytes) const {
    *finished += bytes;
    if (progress != nullptr) progress->done_bytes.store(*finished, std::memory_order_relaxed);
  }
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
  const uint64_t size = path == "-" ? 0 : FileSize(path);
  auto in = OpenInput(path);
  if (!in.ok()) {
    cb.source_done(size);
    // OpenInput names the path in its message; the RecordError names it already.
    Status s = in.status();
    std::string prefix = path + ": ";
    if (s.message().rfind(prefix, 0) == 0) s = Status(s.code(), s.message().substr(prefix.size()));
    cb.on_error({display, "", s});
    return false;
  }
  const InputStream* raw = in->get();  // owned by the reader below for as long as it reads
  PeekedStream peeked = PeekHead(std::move(in).value(), kSniffBytes);
  if (walked && cb.forced.empty() && !KnownInput(path, peeked.head)) {
    cb.source_done(size);
    // A folder of articles often holds a README or a spreadsheet beside them: such files
    // are counted, not reported (naming the file, or giving a format, reads it).
    ++cb.stats->skipped["files of no known format"];
    return true;
  }
  auto format = ChooseFormat(path, peeked.head, cb.forced);
  if (!format.ok()) {
    cb.on_error({display, "", format.status()});
    cb.source_done(size);
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
    if (cb.progress != nullptr)
      cb.progress->done_bytes.store(*cb.finished + std::min(size, raw->compressed_offset()), std::memory_order_relaxed);
    cb.on_article(std::move(article));
  }
  for (const auto& [what, count] : reader->Skipped()) cb.stats->skipped[what] += count;
  cb.source_done(size);
  return true;
}

// Appends the files under `dir` to `out` in ExpandInputs' order; returns the number of
// directories it could list.
size_t Walk(const fs::path& dir, const std::function<void(const RecordError&)>& on_error,
            std::vector<InputFile>* out) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    on_error({dir.string(), "", IoError("cannot list directory: " + ec.message())});
    return 0;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      on_error({dir.string(), "", IoError("cannot list directory: " + ec.message())});
      break;
    }
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] != '.') entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  size_t listed = 1;  // this directory
  for (const fs::path& p : entries) {
    fs::file_status link = fs::symlink_status(p, ec);
    fs::file_status target = fs::status(p, ec);
    if (fs::is_directory(target)) {
      if (!fs::is_symlink(link)) listed += Walk(p, on_error, out);
    } else if (fs::is_regular_file(target)) {
      out->push_back({p.string(), /*walked=*/true});
    } else if (!fs::exists(target)) {
      on_error({p.string(), "", NotFound("broken symbolic link or vanished file")});
    } else {
      on_error({p.string(), "", Unsupported("not a regular file; skipped")});
    }
  }
  return listed;
}

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths,
                                    const std::function<void(const RecordError&)>& on_error, size_t* listed_dirs) {
  std::vector<InputFile> out;
  size_t listed = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      listed += Walk(path, on_error, &out);
    } else {
      out.push_back({path, /*walked=*/false});
    }
  }
  if (listed_dirs != nullptr) *listed_dirs = listed;
  return out;
}

std::string RecordError::ToString() const {
  std::string out = file;
  if (!record.empty()) out += ":" + record;
  return out + ": " + status.ToString();
}

double ReadProgress::Fraction() const {
  const uint64_t total = total_bytes.load(std::memory_order_relaxed);
  if (!total_known.load(std::memory_order_relaxed) || total == 0) return -1;
  return std::min(1.0, static_cast<double>(done_bytes.load(std::memory_order_relaxed)) / static_cast<double>(total));
}

Status ReadAll(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
               const std::function<void(const RecordError&)>& on_error, std::string_view forced_format,
               ReadStats* stats, ReadProgress* progress) {
  if (paths.empty()) return InvalidArgument("no input given");
  if (!forced_format.empty()) {
    auto format = ChooseFormat("", "", forced_format);
    if (!format.ok()) return format.status();
  }
  ReadStats local;
  uint64_t finished = 0;
  Callbacks cb{on_article, on_error, forced_format, stats != nullptr ? stats : &local, progress, &finished};
  size_t opened = 0;  // directories listed and files opened
  const std::vector<InputFile> inputs = ExpandInputs(paths, [&cb](const RecordError& e) { cb.on_error(e); }, &opened);
  if (progress != nullptr) {
    uint64_t total = 0;
    bool known = true;
    for (const InputFile& in : inputs) {
      known = known && in.path != "-";
      total += in.path == "-" ? 0 : FileSize(in.path);
    }
    progress->done_bytes.store(0, std::memory_order_relaxed);
    progress->total_bytes.store(total, std::memory_order_relaxed);
    progress->total_known.store(known, std::memory_order_relaxed);
  }
  for (const InputFile& in : inputs) opened += ReadSource(in.path, cb, in.walked) ? 1 : 0;
  if (opened == 0) return NotFound(paths.size() == 1 ? "cannot read " + paths[0] : "cannot read any of the inputs");
  return Status::Ok();
}

}  // namespace dyad::read
