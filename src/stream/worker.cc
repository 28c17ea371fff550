// The loop: claim idle entries (every claim_after / 2), else read new ones; code the
// batch; commit; acknowledge. Claiming first means a dead member's entries are redone as
// soon as they are claimable, before the stream's tail.
#include "stream/worker.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "pipeline/store_article.h"
#include "read/jsonl_reader.h"
#include "util/input.h"
#include "util/ordered_parallel.h"

namespace dyad::stream {
namespace {

using Clock = std::chrono::steady_clock;

struct Coded {
  std::string entry_id;
  Result<pipeline::CodedArticle> result = Status(StatusCode::kInternal, "not coded");
};

// Codes `entries` in order and stores them in one transaction; returns the ids to
// acknowledge (all of them) once the commit succeeded.
Status CodeBatch(const pipeline::Coder& coder, store::Store& db, std::vector<StreamEntry>&& entries,
                 int jobs, WorkerStats* stats, const std::function<void(const std::string&, const Status&)>& on_error) {
  size_t next_index = 0;
  auto next = [&]() -> std::optional<StreamEntry*> {
    if (next_index == entries.size()) return std::nullopt;
    return &entries[next_index++];
  };
  auto work = [&](StreamEntry*&& e) {
    Coded c;
    c.entry_id = e->id;
    if (!e->has_article) {
      c.result = InvalidArgument("entry has no 'article' field");
      return c;
    }
    Result<Article> article = ParseRecord(e->article, e->id);
    if (!article.ok()) {
      c.result = article.status();
      return c;
    }
    c.result = coder.Code(std::move(article).value());
    return c;
  };
  RETURN_IF_ERROR(db.BeginBatch());
  Status store_status;
  WorkerStats batch;
  auto sink = [&](Coded&& c) {
    ++batch.entries;
    if (!store_status.ok()) return;
    if (!c.result.ok()) {
      ++batch.errors;
      on_error(c.entry_id, c.result.status());
      return;
    }
    const pipeline::CodedArticle& a = *c.result;
    Result<store::AddOutcome> added = pipeline::StoreArticle(db, a);
    if (!added.ok()) {
      if (added.status().code() != StatusCode::kInvalidArgument) {
        store_status = added.status();
        return;
      }
      ++batch.errors;
      on_error(c.entry_id, added.status().WithContext("not stored"));
      return;
    }
    ++batch.articles;
    if (*added == store::AddOutcome::kUnchanged) ++batch.unchanged;
    batch.sentences += a.doc.sentences.size();
    batch.events += a.events.size();
  };
  RunOrdered(jobs, static_cast<size_t>(2 * jobs + 2), next, work, sink);
  if (!store_status.ok()) {
    (void)db.Rollback();
    return store_status;
  }
  RETURN_IF_ERROR(db.Commit());
  stats->entries += batch.entries;
  stats->articles += batch.articles;
  stats->unchanged += batch.unchanged;
  stats->sentences += batch.sentences;
  stats->events += batch.events;
  stats->errors += batch.errors;
  return Status::Ok();
}

}  // namespace

Result<Article> ParseRecord(std::string_view json, const std::string& entry_id) {
  std::unique_ptr<read::RecordReader> reader = read::OpenJsonl(OpenMemory(json), entry_id);
  Article article;
  ASSIGN_OR_RETURN(bool got, reader->Next(&article));
  if (!got) return InvalidArgument("empty record");
  if (article.origin.empty()) article.origin = entry_id;
  return article;
}

Status RunWorker(const pipeline::Coder& coder, store::Store& db, StreamConsumer& consumer,
                 const WorkerOptions& options, const std::atomic<bool>& stop, WorkerStats* stats,
                 const std::function<void(const std::string&, const Status&)>& on_error) {
  const auto claim_every = std::max(std::chrono::milliseconds(200), options.claim_after / 2);
  auto last_claim = Clock::now() - claim_every;  // claim at once on start
  auto idle_since = Clock::now();
  const int batch = std::max(1, options.batch);
  while (!stop.load()) {
    std::vector<StreamEntry> entries;
    if (Clock::now() - last_claim >= claim_every) {
      last_claim = Clock::now();
      ASSIGN_OR_RETURN(entries, consumer.ClaimIdle(options.claim_after, batch));
      stats->claimed += entries.size();
    }
    if (entries.empty()) {
      ASSIGN_OR_RETURN(entries, consumer.ReadNew(batch, options.block));
    }
    if (entries.empty()) {
      if (options.exit_when_idle.count() > 0 && Clock::now() - idle_since >= options.exit_when_idle) {
        ASSIGN_OR_RETURN(int64_t pending, consumer.Pending());
        if (pending == 0) break;
      }
      continue;
    }
    std::vector<std::string> ids;
    ids.reserve(entries.size());
    for (const StreamEntry& e : entries) ids.push_back(e.id);
    const auto busy_from = Clock::now();
    RETURN_IF_ERROR(CodeBatch(coder, db, std::move(entries), options.jobs, stats, on_error));
    RETURN_IF_ERROR(consumer.Ack(ids));  // only after the commit
    idle_since = Clock::now();
    stats->busy_seconds += std::chrono::duration<double>(idle_since - busy_from).count();
  }
  return Status::Ok();
}

}  // namespace dyad::stream
