// The shard plan of `dyad code --mpi`: the input files, each cut into shards of at most N
// records, named (file, first record, count), so a shard is the same in every run over
// the same inputs. The plan is made once and kept as a manifest (plain text) in the run's
// directory; a rerun reads it back, checks that the inputs and settings are unchanged,
// and codes only the shards that are not done. Output in shard order equals the output
// of one process reading the same inputs in order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "read/reader.h"

namespace dyad::scale {

// One input file as found when the inputs were listed.
struct Source {
  std::string path;      // as read::ReadAll names it (given path, or directory + name)
  uint64_t size = 0;     // bytes on disk
  int64_t mtime_ns = 0;  // last modification, nanoseconds since the epoch
  bool operator==(const Source&) const = default;
};

// The files read::ReadAll would read for `paths`, in its order: named files always,
// directories walked recursively in byte order of names, hidden entries skipped, and in a
// walk only files that read::KnownInput accepts (any file when `forced` is given).
// Unreadable files and directories go to `on_error` as ReadAll reports them, and are left
// out. InvalidArgument for "-" (stdin cannot be shared out); NotFound when nothing at all
// could be opened.
Result<std::vector<Source>> ListSources(const std::vector<std::string>& paths, std::string_view forced,
                                        const std::function<void(const read::RecordError&)>& on_error);

struct Shard {
  uint32_t file = 0;   // index into ShardPlan::files
  uint64_t first = 0;  // first record position (SourceReader::position)
  uint64_t count = 0;  // records
  bool operator==(const Shard&) const = default;
};

struct ShardPlan {
  std::string settings;  // what the outputs depend on besides the inputs (options, versions)
  std::vector<Source> files;
  std::vector<uint64_t> records;  // per file
  std::vector<Shard> shards;      // in input order
  bool operator==(const ShardPlan&) const = default;
};

// Counts the records of each source and cuts each file into shards of at most
// `records_per_shard` (> 0) records; a file without records has no shard. Errors:
// InvalidArgument for records_per_shard == 0; a source that cannot be opened any more.
Result<ShardPlan> MakePlan(std::vector<Source> sources, std::string_view forced, uint64_t records_per_shard,
                           std::string settings);

// The manifest text of a plan, and back. ParsePlan returns DataLoss for a malformed
// manifest. Paths with a tab or a line break cannot be written (InvalidArgument).
Result<std::string> FormatPlan(const ShardPlan& plan);
Result<ShardPlan> ParsePlan(std::string_view text);

// OK when `plan` was made for these sources and settings; otherwise InvalidArgument
// saying what changed (a file added, removed, grown or touched; other settings).
Status CheckPlan(const ShardPlan& plan, const std::vector<Source>& sources, std::string_view settings);

}  // namespace dyad::scale
