// dyad worker --redis HOST:PORT --stream NAME --group G --db FILE: codes articles from a
// Redis stream as a member of a consumer group (stream/worker.h): each entry's `article`
// field is one JSON record, as in a .jsonl file. A batch is committed to the store before
// it is acknowledged; entries a dead member left pending are claimed after --claim-after.
// SIGINT and SIGTERM stop it after the batch in hand; a summary line ends the run.
// Built without hiredis, the verb exists and says so.
#include <fmt/core.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#ifdef DYAD_HAVE_STREAM
#include "pipeline/coder.h"
#include "store/store.h"
#include "stream/stream_consumer.h"
#include "stream/worker.h"
#endif

namespace dyad::cli {
namespace {

struct WorkerArgs {
  std::string redis = "127.0.0.1:6379", stream, group, consumer, db, dict, models;
  int jobs = 1, batch = 20;
  double claim_after = 30, exit_when_idle = 0;
};

[[noreturn]] void Fail(const Status& st) {
  std::fprintf(stderr, "dyad worker: %s\n", st.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

#ifdef DYAD_HAVE_STREAM
std::atomic<bool> g_stop = false;
extern "C" void OnStopSignal(int) { g_stop = true; }

std::string DefaultConsumer() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return fmt::format("{}-{}", host[0] ? host : "worker", getpid());
}

void RunWorker(const WorkerArgs& a) {
  using std::chrono::milliseconds;
  stream::WorkerOptions options;
  options.batch = a.batch;
  options.jobs = a.jobs > 0 ? a.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.claim_after = milliseconds(static_cast<int64_t>(a.claim_after * 1000));
  options.exit_when_idle = milliseconds(static_cast<int64_t>(a.exit_when_idle * 1000));

  auto coder = pipeline::Coder::Load({.dict = a.dict, .models = a.models, .date = {}, .coding = {}});
  if (!coder.ok()) Fail(coder.status());
  store::StoreOptions store_options;
  store_options.dictionary_version = (*coder)->version();  // as dyad code writes it
  auto db = store::Store::Open(a.db, store::OpenMode::kReadWrite, store_options);
  if (!db.ok()) Fail(db.status());
  // Commands wait at most this long; a blocking read asks for less.
  auto client = stream::RedisClient::Connect(a.redis, options.block + milliseconds(5000));
  if (!client.ok()) Fail(client.status());
  auto consumer = stream::StreamConsumer::Join(
      std::move(client).value(), {a.stream, a.group, a.consumer.empty() ? DefaultConsumer() : a.consumer});
  if (!consumer.ok()) Fail(consumer.status());

  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  const auto start = std::chrono::steady_clock::now();
  stream::WorkerStats stats;
  Status st = stream::RunWorker(**coder, *db, *consumer, options, g_stop, &stats,
                                [](const std::string& id, const Status& why) {
                                  std::fprintf(stderr, "dyad worker: entry %s: %s\n", id.c_str(),
                                               why.ToString().c_str());
                                });
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "dyad worker: %s: %llu entries, %llu articles (%llu already stored), %llu sentences, "
               "%llu events, %llu errors, %llu claimed in %.2f s (%.2f s busy: %.1f articles/s) into %s\n",
               consumer->options().consumer.c_str(), static_cast<unsigned long long>(stats.entries),
               static_cast<unsigned long long>(stats.articles), static_cast<unsigned long long>(stats.unchanged),
               static_cast<unsigned long long>(stats.sentences), static_cast<unsigned long long>(stats.events),
               static_cast<unsigned long long>(stats.errors), static_cast<unsigned long long>(stats.claimed), secs,
               stats.busy_seconds, stats.articles / std::max(stats.busy_seconds, 1e-9), a.db.c_str());
  if (!st.ok()) Fail(st);
  if (stats.errors > 0) throw CLI::RuntimeError(kExitBadRecords);
}
#else
void RunWorker(const WorkerArgs&) {
  Fail(Unsupported("this dyad was built without hiredis (libhiredis-dev); dyad worker is not available"));
}
#endif

}  // namespace

void AddWorkerCommand(CLI::App& app) {
  auto args = std::make_shared<WorkerArgs>();
  auto* cmd = app.add_subcommand("worker", "Code articles from a Redis stream as a consumer group member");
  cmd->add_option("--redis", args->redis, "Redis server HOST:PORT")->capture_default_str();
  cmd->add_option("--stream", args->stream, "Stream key; each entry's 'article' field is one JSON record")
      ->required();
  cmd->add_option("--group", args->group, "Consumer group (created when missing)")->required();
  cmd->add_option("--consumer", args->consumer, "This member's name (default: HOST-PID)");
  cmd->add_option("--db", args->db, "The store this worker writes")->required();
  AddDictOption(cmd, &args->dict);
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("-j,--jobs", args->jobs, "Coding threads (0: all cores)")->capture_default_str();
  cmd->add_option("--batch", args->batch, "Entries read, committed and acknowledged at a time")
      ->capture_default_str();
  cmd->add_option("--claim-after", args->claim_after,
                  "Claim other members' entries pending this many seconds")->capture_default_str();
  cmd->add_option("--exit-when-idle", args->exit_when_idle,
                  "Stop after this many seconds with nothing new and nothing pending (0: never)")
      ->capture_default_str();
  cmd->callback([args] { RunWorker(*args); });
}

}  // namespace dyad::cli
