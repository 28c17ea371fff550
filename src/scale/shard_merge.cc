// Joining the shards of a finished `dyad code --mpi` run (see shard_merge.h).
#include "scale/shard_merge.h"

#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

namespace dyad::scale {
namespace {

namespace fs = std::filesystem;

Status NotDone(uint32_t index) {
  return InvalidArgument(fmt::format("shard {} is not done", index));
}

}  // namespace

std::vector<uint32_t> PendingShards(const ShardPlan& plan, const std::string& dir) {
  std::vector<uint32_t> pending;
  for (uint32_t i = 0; i < plan.shards.size(); ++i)
    if (!ShardDone(dir, i)) pending.push_back(i);
  return pending;
}

Status JoinEvents(const ShardPlan& plan, const std::string& dir, const std::string& header, const std::string& out) {
  const std::string tmp = out + ".tmp";
  std::unique_ptr<FILE, int (*)(FILE*)> to(std::fopen(tmp.c_str(), "wb"), &std::fclose);
  if (!to) return IoError("cannot write " + tmp);
  bool ok = std::fwrite(header.data(), 1, header.size(), to.get()) == header.size();
  std::vector<char> buf(1 << 16);
  for (uint32_t i = 0; i < plan.shards.size() && ok; ++i) {
    if (!ShardDone(dir, i)) return NotDone(i);
    const std::string path = ShardFiles(dir, i).events;
    std::unique_ptr<FILE, int (*)(FILE*)> from(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!from) return IoError("cannot read " + path);
    size_t n;
    while (ok && (n = std::fread(buf.data(), 1, buf.size(), from.get())) > 0)
      ok = std::fwrite(buf.data(), 1, n, to.get()) == n;
    if (std::ferror(from.get())) return IoError("cannot read " + path);
  }
  if (!ok || std::fclose(to.release()) != 0) return IoError("cannot write " + tmp);
  std::error_code ec;
  fs::rename(tmp, out, ec);
  if (ec) return IoError(fmt::format("cannot rename {} to {}: {}", tmp, out, ec.message()));
  return Status::Ok();
}

Result<store::MergeStats> MergeShardStores(const ShardPlan& plan, const std::string& dir, store::Store& db,
                                           const store::MergeOptions& options) {
  store::MergeStats total;
  for (uint32_t i = 0; i < plan.shards.size(); ++i) {
    if (!ShardDone(dir, i)) return NotDone(i);
    auto m = store::MergeStore(db, ShardFiles(dir, i).store, options);
    if (!m.ok()) return m.status();
    total.articles += m->articles;
    total.inserted += m->inserted;
    total.replaced += m->replaced;
    total.unchanged += m->unchanged;
    total.refused += m->refused;
    total.events += m->events;
  }
  return total;
}

Result<ShardSummary> SumShards(const ShardPlan& plan, const std::string& dir,
                               std::vector<dedupe::Signature>* signatures) {
  ShardSummary total;
  for (uint32_t i = 0; i < plan.shards.size(); ++i) {
    auto s = ReadShardSummary(dir, i);
    if (!s.ok()) return s.status();
    total.articles += s->articles;
    total.sentences += s->sentences;
    total.events += s->events;
    total.errors += s->errors;
    total.bad_records = total.bad_records || s->bad_records;
    if (signatures != nullptr) {
      auto sigs = ReadShardSignatures(dir, i);
      if (!sigs.ok()) return sigs.status();
      signatures->insert(signatures->end(), sigs->begin(), sigs->end());
    }
  }
  return total;
}

}  // namespace dyad::scale
