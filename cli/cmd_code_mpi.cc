// dyad code --mpi INPUTS... --out DIR: the main job over the ranks of an MPI job. Rank 0
// lists the inputs, makes the shard plan (each file cut into shards of --shard-records
// records, scale/shard_plan.h) or reads it back from DIR/plan.tsv, and hands out the
// shards that are not done, one at a time to whichever rank asks (dynamic load
// balancing); it codes shards itself on a second thread meanwhile. Each shard's events,
// store and summary are written under DIR/shards/ and renamed into place when complete.
// When every shard is done rank 0 joins the events in shard order into
// DIR/events.FORMAT and merges the shards' stores into --db: the same bytes and rows as
// `dyad code -j 1` on the same inputs. A rerun after a failure codes only the shards that
// are not done. Only the main thread of a rank calls MPI, and waits poll with short
// sleeps, so an idle rank costs no CPU.
#include "cli/cmd_code_mpi.h"

#include <fmt/core.h>

#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "dyad/status.h"

#ifdef DYAD_HAVE_MPI
// The C interface only: Open MPI's and MPICH's headers would pull in their C++ bindings.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <deque>
#include <functional>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

#include "dedupe/near_duplicates.h"
#include "pipeline/coder.h"
#include "scale/shard_coder.h"
#include "scale/shard_merge.h"
#include "scale/shard_plan.h"
#include "scale/source_reader.h"
#include "store/merge.h"
#include "store/store.h"
#include "write/writer.h"
#endif

namespace dyad::cli {
namespace {

[[noreturn]] void Fail(const Status& st) {
  std::fprintf(stderr, "dyad code: %s\n", st.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

#ifdef DYAD_HAVE_MPI
namespace fs = std::filesystem;

constexpr int kTagRequest = 1;  // rank -> 0: {shard just finished or -1, 1 when it succeeded}
constexpr int kTagShard = 2;    // 0 -> rank: "INDEX\tFIRST\tCOUNT\tPATH", or "" when no shard is left

void Nap() { std::this_thread::sleep_for(std::chrono::milliseconds(2)); }

// Waits for a request without spinning (Open MPI's blocking calls keep a core busy).
void Wait(MPI_Request* request) {
  int done = 0;
  for (MPI_Test(request, &done, MPI_STATUS_IGNORE); !done; MPI_Test(request, &done, MPI_STATUS_IGNORE)) Nap();
}

void Barrier() {
  MPI_Request r;
  MPI_Ibarrier(MPI_COMM_WORLD, &r);
  Wait(&r);
}

// A failure every rank meets alike (options, the dictionaries): leave MPI cleanly, say it once.
[[noreturn]] void FailAll(int rank, const Status& st) {
  MPI_Finalize();
  if (rank == 0) Fail(st);
  throw CLI::RuntimeError(kExitFailure);
}

// What the shards' files depend on besides the inputs: a rerun with other settings would
// mix two runs' shards, so it is refused.
std::string Settings(const MpiCodeArgs& a, const pipeline::Coder& coder) {
  return fmt::format("format={} input-format={} dict={} models={} date={} themes={} keep-negated={} knowledge={} "
                     "article-country={} store={} shard-records={} coder={}",
                     a.format, a.input_format, a.dict, a.models, a.date, a.themes, a.keep_negated ? 1 : 0,
                     a.knowledge ? 1 : 0, a.no_article_country ? 0 : 1, a.db.empty() ? "no" : "yes", a.shard_records, coder.version());
}

// The shards still to code, handed out in input order to every rank that asks.
class ShardQueue {
 public:
  explicit ShardQueue(std::vector<uint32_t> pending) : pending_(pending.begin(), pending.end()) {}
  std::optional<uint32_t> Next() {
    std::lock_guard lock(mu_);
    if (pending_.empty()) return std::nullopt;
    const uint32_t i = pending_.front();
    pending_.pop_front();
    return i;
  }
  void Finished(bool ok) {
    std::lock_guard lock(mu_);
    ++(ok ? done_ : failed_);
  }
  uint64_t done() const {
    std::lock_guard lock(mu_);
    return done_;
  }
  uint64_t failed() const {
    std::lock_guard lock(mu_);
    return failed_;
  }

 private:
  mutable std::mutex mu_;
  std::deque<uint32_t> pending_;
  uint64_t done_ = 0, failed_ = 0;
};

// One rank's shard coding: keeps the last file open, so consecutive shards of a file it
// gets are read forward instead of from the start.
class ShardWorker {
 public:
  ShardWorker(const pipeline::Coder& coder, scale::ShardOptions options)
      : coder_(coder), options_(std::move(options)) {}

  bool Code(uint32_t index, const std::string& path, uint64_t first, uint64_t count) {
    if (!reader_ || reader_->path() != path || reader_->position() > first) {
      auto opened = scale::SourceReader::Open(path, options_.forced_format);
      if (!opened.ok()) return Report(index, path, first, count, opened.status());
      reader_ = std::move(opened).value();
    }
    auto summary = scale::CodeShard(coder_, index, first, count, *reader_, options_);
    return summary.ok() || Report(index, path, first, count, summary.status());
  }

 private:
  bool Report(uint32_t index, const std::string& path, uint64_t first, uint64_t count, const Status& st) {
    std::fprintf(stderr, "dyad code: shard %u (%s records %llu-%llu): %s\n", index, path.c_str(),
                 static_cast<unsigned long long>(first), static_cast<unsigned long long>(first + count - 1),
                 st.ToString().c_str());
    reader_.reset();
    return false;
  }

  const pipeline::Coder& coder_;
  scale::ShardOptions options_;
  std::unique_ptr<scale::SourceReader> reader_;
};

// DYAD_TEST_KILL_RANK_AFTER=RANK:N makes rank RANK kill itself (SIGKILL) once it has coded
// N articles, in the middle of a shard: how tests stand for a node lost mid-run. RANK "any"
// is the first worker rank to code N articles (it claims DIR/test-kill.claim, created
// exclusively), so the kill happens however the shards fell to the ranks; rank 0 then
// leaves every shard to the workers (TestKillsAnyWorker), since on a busy machine it could
// otherwise code them all while the workers are still loading.
bool TestKillsAnyWorker() {
  const char* spec = std::getenv("DYAD_TEST_KILL_RANK_AFTER");
  return spec != nullptr && std::string_view(spec).substr(0, 4) == "any:";
}
std::function<void(uint64_t)> TestKillHook(int rank, const std::string& dir) {
  const char* spec = std::getenv("DYAD_TEST_KILL_RANK_AFTER");
  if (spec == nullptr || rank == 0) return nullptr;
  char who[16] = {};
  unsigned long long after = 0;
  if (std::sscanf(spec, "%15[^:]:%llu", who, &after) != 2) return nullptr;
  const bool any = std::string_view(who) == "any";
  if (!any && std::atoi(who) != rank) return nullptr;
  auto total = std::make_shared<std::atomic<uint64_t>>(0);
  const std::string claim = (fs::path(dir) / "test-kill.claim").string();
  return [total, after, any, claim](uint64_t) {
    if (++*total != after) return;
    if (any) {
      std::FILE* f = std::fopen(claim.c_str(), "wx");  // fails when another rank claimed it
      if (f == nullptr) return;
      std::fclose(f);
    }
    std::raise(SIGKILL);
  };
}

Status WriteManifest(const std::string& path, const scale::ShardPlan& plan) {
  auto text = scale::FormatPlan(plan);
  if (!text.ok()) return text.status();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << *text;
    if (!out.flush()) return IoError("cannot write " + tmp);
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return IoError("cannot write " + path + ": " + ec.message());
  return Status::Ok();
}

// Rank 0's plan: read back from DIR/plan.tsv when an earlier run made it (and the inputs
// and settings are unchanged), made and written there otherwise.
Result<scale::ShardPlan> LoadOrMakePlan(const MpiCodeArgs& a, const std::string& settings, uint64_t* problems,
                                        bool* bad_records) {
  std::error_code ec;
  fs::create_directories(fs::path(a.out) / "shards", ec);
  if (ec) return IoError("cannot create " + a.out + "/shards: " + ec.message());
  auto sources = scale::ListSources(a.files, a.input_format, [&](const read::RecordError& e) {
    ++*problems;
    if (e.status.code() != StatusCode::kUnsupported) *bad_records = true;
    std::fprintf(stderr, "dyad code: %s\n", e.ToString().c_str());
  });
  if (!sources.ok()) return sources.status();
  const std::string manifest = a.out + "/plan.tsv";
  if (fs::exists(manifest, ec)) {
    std::ifstream in(manifest, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto plan = scale::ParsePlan(text.str());
    if (!plan.ok()) return plan.status().WithContext(manifest);
    if (Status s = scale::CheckPlan(*plan, *sources, settings); !s.ok())
      return Status(s.code(), s.message() + "; code into another --out, or remove " + a.out);
    return plan;
  }
  auto plan = scale::MakePlan(std::move(sources).value(), a.input_format, static_cast<uint64_t>(a.shard_records),
                              settings);
  if (!plan.ok()) return plan.status();
  if (Status s = WriteManifest(manifest, *plan); !s.ok()) return s;
  return plan;
}

std::string Encode(const scale::ShardPlan& plan, uint32_t i) {
  const scale::Shard& s = plan.shards[i];
  return fmt::format("{}\t{}\t{}\t{}", i, s.first, s.count, plan.files[s.file].path);
}

// Rank 0: plans, hands out shards, codes on its own thread, and joins the outputs.
void RunCoordinator(const MpiCodeArgs& a, const pipeline::Coder& coder, const scale::ShardOptions& shard_options,
                    int ranks) {
  const auto start = std::chrono::steady_clock::now();
  uint64_t problems = 0;
  bool bad_records = false;
  Result<scale::ShardPlan> plan = LoadOrMakePlan(a, Settings(a, coder), &problems, &bad_records);
  std::vector<uint32_t> pending;
  if (plan.ok()) pending = scale::PendingShards(*plan, a.out);
  const size_t before = plan.ok() ? plan->shards.size() - pending.size() : 0;
  ShardQueue queue(pending);

  std::thread local([&] {
    if (!plan.ok() || (ranks > 1 && TestKillsAnyWorker())) return;
    ShardWorker worker(coder, shard_options);
    while (std::optional<uint32_t> i = queue.Next()) {
      const scale::Shard& s = plan->shards[*i];
      queue.Finished(worker.Code(*i, plan->files[s.file].path, s.first, s.count));
    }
  });
  // Every other rank asks for a shard when it starts and each time it finished one; it
  // is told "" once none is left.
  for (int active = ranks - 1; active > 0;) {
    int flag = 0;
    MPI_Status status;
    MPI_Iprobe(MPI_ANY_SOURCE, kTagRequest, MPI_COMM_WORLD, &flag, &status);
    if (!flag) {
      Nap();
      continue;
    }
    int64_t report[2];
    MPI_Recv(report, 2, MPI_INT64_T, status.MPI_SOURCE, kTagRequest, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (report[0] >= 0) queue.Finished(report[1] == 1);
    std::optional<uint32_t> next = plan.ok() ? queue.Next() : std::nullopt;
    const std::string message = next ? Encode(*plan, *next) : "";
    if (!next) --active;
    MPI_Send(message.data(), static_cast<int>(message.size()), MPI_CHAR, status.MPI_SOURCE, kTagShard,
             MPI_COMM_WORLD);
  }
  local.join();

  auto finish = [&](const Status& st) {
    Barrier();
    MPI_Finalize();
    if (!st.ok()) Fail(st);
  };
  if (!plan.ok()) finish(plan.status());
  if (queue.failed() > 0 || !scale::PendingShards(*plan, a.out).empty()) {
    finish(Internal(fmt::format("{} of {} shards are not done; run the same command again to code them",
                                scale::PendingShards(*plan, a.out).size(), plan->shards.size())));
  }
  // Every shard is done: one output, one store, one summary.
  auto format = write::ParseFormat(a.format);
  const std::string events_path = fmt::format("{}/events.{}", a.out, a.format);
  if (Status s = scale::JoinEvents(*plan, a.out, write::Header(*format), events_path); !s.ok()) finish(s);
  if (!a.db.empty()) {
    auto db = store::Store::Open(a.db, store::OpenMode::kReadWrite, {.dictionary_version = coder.version()});
    if (!db.ok()) finish(db.status());
    store::MergeOptions merge;
    merge.on_refused = [&](const std::string& id, const Status& why) {
      bad_records = true;
      std::fprintf(stderr, "dyad code: article %s not stored: %s\n", id.c_str(), why.ToString().c_str());
    };
    auto merged = scale::MergeShardStores(*plan, a.out, *db, merge);
    if (!merged.ok()) finish(merged.status());
  }
  std::vector<dedupe::Signature> signatures;
  auto total = scale::SumShards(*plan, a.out, &signatures);
  if (!total.ok()) finish(total.status());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "dyad code: %llu articles, %llu sentences, %llu events, %llu errors in %.2f s "
               "(%.1f articles/s, %d ranks, -j %d; %zu shards, %zu coded now, %zu before) into %s%s\n",
               static_cast<unsigned long long>(total->articles), static_cast<unsigned long long>(total->sentences),
               static_cast<unsigned long long>(total->events),
               static_cast<unsigned long long>(total->errors + problems), secs, total->articles / std::max(secs, 1e-9),
               ranks, shard_options.jobs, plan->shards.size(), pending.size(), before, events_path.c_str(),
               a.db.empty() ? "" : (" and " + a.db).c_str());
  if (const std::string dups = NearDuplicateSummary(signatures); !dups.empty())
    std::fprintf(stderr, "dyad code: %s\n", dups.c_str());
  finish(Status::Ok());
  if (bad_records || total->bad_records) throw CLI::RuntimeError(kExitBadRecords);
}

// Any other rank: asks rank 0 for shards and codes them until none is left.
void RunWorker(const pipeline::Coder& coder, const scale::ShardOptions& shard_options) {
  ShardWorker worker(coder, shard_options);
  int64_t report[2] = {-1, 0};
  for (;;) {
    MPI_Request request;
    MPI_Isend(report, 2, MPI_INT64_T, 0, kTagRequest, MPI_COMM_WORLD, &request);
    Wait(&request);
    int flag = 0;
    MPI_Status status;
    for (MPI_Iprobe(0, kTagShard, MPI_COMM_WORLD, &flag, &status); !flag;
         MPI_Iprobe(0, kTagShard, MPI_COMM_WORLD, &flag, &status))
      Nap();
    int size = 0;
    MPI_Get_count(&status, MPI_CHAR, &size);
    std::string message(static_cast<size_t>(size), '\0');
    MPI_Recv(message.data(), size, MPI_CHAR, 0, kTagShard, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (message.empty()) break;
    unsigned index = 0;
    unsigned long long first = 0, count = 0;
    int consumed = 0;
    if (std::sscanf(message.c_str(), "%u\t%llu\t%llu\t%n", &index, &first, &count, &consumed) != 3 || consumed == 0)
      Fail(Internal("malformed shard message: " + message));
    report[0] = index;
    report[1] = worker.Code(index, message.substr(static_cast<size_t>(consumed)), first, count) ? 1 : 0;
  }
  Barrier();
  MPI_Finalize();
}
#endif  // DYAD_HAVE_MPI

}  // namespace

void RunCodeMpi(const MpiCodeArgs& a) {
#ifndef DYAD_HAVE_MPI
  (void)a;
  Fail(Unsupported("--mpi: this dyad was built without MPI (install Open MPI, libopenmpi-dev on Debian, "
                   "and build again)"));
#else
  int provided = 0;
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  int rank = 0, ranks = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  if (a.out.empty()) FailAll(rank, InvalidArgument("--mpi needs --out DIR: the run's directory, shared by all ranks"));
  if (a.merge) FailAll(rank, InvalidArgument("--merge is not available with --mpi"));
  if (a.shard_records <= 0) FailAll(rank, InvalidArgument("--shard-records must be at least 1"));
  auto format = write::ParseFormat(a.format);
  if (!format.ok()) FailAll(rank, format.status());
  pipeline::CoderOptions options{.dict = a.dict, .models = a.models};
  if (!a.date.empty()) {
    options.date = Date::Parse(a.date);
    if (!options.date) FailAll(rank, InvalidArgument("--date wants YYYY-MM-DD, got '" + a.date + "'"));
  }
  options.coding.keep_negated = a.keep_negated;
  options.article_country = !a.no_article_country;
  options.knowledge = a.knowledge;
  options.themes = a.themes;
  auto coder = pipeline::Coder::Load(options);
  if (!coder.ok()) FailAll(rank, coder.status());

  scale::ShardOptions shard;
  shard.dir = a.out;
  shard.format = *format;
  shard.knowledge = a.knowledge;
  shard.store = !a.db.empty();
  shard.dictionary_version = (*coder)->version();
  shard.forced_format = a.input_format;
  shard.jobs = std::max(1, a.jobs);
  shard.batch = a.batch;
  shard.on_problem = [](const read::RecordError& e) { std::fprintf(stderr, "dyad code: %s\n", e.ToString().c_str()); };
  shard.after_article = TestKillHook(rank, a.out);
  if (rank == 0) {
    RunCoordinator(a, **coder, shard, ranks);
  } else {
    RunWorker(**coder, shard);
  }
#endif
}

}  // namespace dyad::cli
