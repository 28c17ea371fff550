// The shard plan: listing the inputs as read::ReadAll would, counting their records,
// cutting them into shards, and the manifest that keeps the plan between runs.
#include "scale/shard_plan.h"

#include <fmt/core.h>
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <system_error>
#include <utility>

#include "scale/source_reader.h"

namespace dyad::scale {
namespace {

using ErrorFn = std::function<void(const read::RecordError&)>;

constexpr std::string_view kManifestHeader = "dyad shard plan 1";

// Size and modification time of a file that just opened; false when stat fails.
bool Stat(const std::string& path, Source* s) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  s->path = path;
  s->size = static_cast<uint64_t>(st.st_size);
  s->mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return true;
}

// One file, as read::ReadAll's ReadSource opens it. Returns false when it cannot be opened.
bool AddFile(const std::string& path, bool walked, std::string_view forced, const ErrorFn& on_error,
             std::vector<Source>* out) {
  auto reader = SourceReader::Open(path, forced);
  if (!reader.ok()) {
    Status s = reader.status();
    const std::string prefix = path + ": ";
    if (s.message().rfind(prefix, 0) == 0) s = Status(s.code(), s.message().substr(prefix.size()));
    on_error({path, "", s});
    return false;
  }
  if (walked && !(*reader)->known()) return true;  // README.md beside the articles: not an input
  Source s;
  if (!Stat(path, &s)) {
    on_error({path, "", IoError("cannot stat")});
    return false;
  }
  out->push_back(std::move(s));
  return true;
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (;;) {
    const size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return fields;
    line.remove_prefix(tab + 1);
  }
}

}  // namespace

Result<std::vector<Source>> ListSources(const std::vector<std::string>& paths, std::string_view forced,
                                        const ErrorFn& on_error) {
  if (paths.empty()) return InvalidArgument("no input given");
  for (const std::string& path : paths)
    if (path == "-") return InvalidArgument("stdin cannot be shared out between processes; name files");
  std::vector<Source> out;
  size_t opened = 0;  // directories listed and files opened, as read::ReadAll counts them
  for (const read::InputFile& in : read::ExpandInputs(paths, on_error, &opened))
    opened += AddFile(in.path, in.walked, forced, on_error, &out) ? 1 : 0;
  if (opened == 0) return NotFound(paths.size() == 1 ? "cannot read " + paths[0] : "cannot read any of the inputs");
  return out;
}

Result<ShardPlan> MakePlan(std::vector<Source> sources, std::string_view forced, uint64_t records_per_shard,
                           std::string settings) {
  if (records_per_shard == 0) return InvalidArgument("a shard needs at least one record");
  ShardPlan plan;
  plan.settings = std::move(settings);
  plan.files = std::move(sources);
  for (uint32_t f = 0; f < plan.files.size(); ++f) {
    auto n = CountRecords(plan.files[f].path, forced);
    if (!n.ok()) return n.status().WithContext(plan.files[f].path);
    plan.records.push_back(*n);
    for (uint64_t first = 0; first < *n; first += records_per_shard)
      plan.shards.push_back({f, first, std::min(records_per_shard, *n - first)});
  }
  return plan;
}

Result<std::string> FormatPlan(const ShardPlan& plan) {
  if (plan.settings.find_first_of("\n\r") != std::string::npos)
    return InvalidArgument("settings with a line break cannot be written to the manifest");
  std::string out = fmt::format("{}\nsettings\t{}\n", kManifestHeader, plan.settings);
  for (size_t f = 0; f < plan.files.size(); ++f) {
    const Source& s = plan.files[f];
    if (s.path.find_first_of("\t\n\r") != std::string::npos)
      return InvalidArgument("a path with a tab or a line break cannot be written to the manifest: " + s.path);
    out += fmt::format("file\t{}\t{}\t{}\t{}\n", s.size, s.mtime_ns, plan.records[f], s.path);
  }
  for (const Shard& s : plan.shards) out += fmt::format("shard\t{}\t{}\t{}\n", s.file, s.first, s.count);
  return out;
}

Result<ShardPlan> ParsePlan(std::string_view text) {
  ShardPlan plan;
  size_t line_no = 0;
  bool header = false, settings = false;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return DataLoss("manifest: truncated after line " + std::to_string(line_no));
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl + 1);
    ++line_no;
    auto bad = [&](std::string_view why) { return DataLoss(fmt::format("manifest line {}: {}", line_no, why)); };
    if (!header) {
      if (line != kManifestHeader) return bad("not a dyad shard plan");
      header = true;
      continue;
    }
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f[0] == "settings" && f.size() == 2 && !settings) {
      plan.settings = std::string(f[1]);
      settings = true;
    } else if (f[0] == "file" && f.size() == 5) {
      Source s;
      uint64_t records = 0;
      if (!ParseNumber(f[1], &s.size) || !ParseNumber(f[2], &s.mtime_ns) || !ParseNumber(f[3], &records))
        return bad("bad number");
      s.path = std::string(f[4]);
      plan.files.push_back(std::move(s));
      plan.records.push_back(records);
    } else if (f[0] == "shard" && f.size() == 4) {
      Shard s;
      if (!ParseNumber(f[1], &s.file) || !ParseNumber(f[2], &s.first) || !ParseNumber(f[3], &s.count))
        return bad("bad number");
      if (s.file >= plan.files.size() || s.count == 0 || s.first + s.count > plan.records[s.file])
        return bad("shard outside its file");
      plan.shards.push_back(s);
    } else {
      return bad("unknown line");
    }
  }
  if (!header || !settings) return DataLoss("manifest: incomplete");
  return plan;
}

Status CheckPlan(const ShardPlan& plan, const std::vector<Source>& sources, std::string_view settings) {
  if (plan.settings != settings)
    return InvalidArgument(fmt::format("the plan was made with other settings ({}; now {})", plan.settings, settings));
  for (size_t i = 0; i < std::max(plan.files.size(), sources.size()); ++i) {
    if (i >= plan.files.size()) return InvalidArgument("an input was added since the plan was made: " + sources[i].path);
    if (i >= sources.size()) return InvalidArgument("an input is gone since the plan was made: " + plan.files[i].path);
    const Source &was = plan.files[i], &now = sources[i];
    if (was.path != now.path)
      return InvalidArgument(fmt::format("inputs changed since the plan was made: {} where {} was", now.path, was.path));
    if (was != now) return InvalidArgument("an input changed since the plan was made: " + now.path);
  }
  return Status::Ok();
}

}  // namespace dyad::scale
