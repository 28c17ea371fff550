// Crash-safety test: the ingest helper is killed with SIGKILL at random moments during a
// large ingest, then run again to completion; the store must equal, row for row, one made
// by a single uninterrupted run. Nothing lost, nothing doubled. Once as a plain ingest,
// once as a bulk load (query indexes dropped at the start, rebuilt by the rerun).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

#include "store/dump.h"
#include "store/store.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

constexpr int kArticles = 1500;  // x5 events each
constexpr int kBatch = 50;

pid_t Spawn(const std::string& db, bool bulk) {
  std::fflush(stdout);  // else the child flushes the parent's buffered lines a second time
  pid_t pid = fork();
  if (pid == 0) {
    // Quiet child: its summary line is not needed.
    FILE* devnull = std::freopen("/dev/null", "w", stdout);
    (void)devnull;
    std::string n = std::to_string(kArticles), batch = std::to_string(kBatch);
    execl(DYAD_STORE_INGEST_HELPER, DYAD_STORE_INGEST_HELPER, db.c_str(), n.c_str(), batch.c_str(), "1",
          bulk ? "bulk" : "plain", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// Runs the helper to the end; returns its exit status.
int RunToCompletion(const std::string& db, bool bulk) {
  pid_t pid = Spawn(db, bulk);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Result<std::string> DumpOf(const std::string& path) {
  ASSIGN_OR_RETURN(Store s, Store::Open(path, OpenMode::kReadWrite));
  return CanonicalDump(s.db());
}

// Counted on a plain connection: a killed bulk load leaves a store that Store refuses to
// open read-only until a writer has rebuilt its indexes.
int64_t Articles(const std::string& path) {
  Result<Db> db = Db::Open(path, SQLITE_OPEN_READONLY);
  if (!db.ok()) return 0;  // killed before the file was made
  Result<int64_t> n = db->QueryInt("SELECT count(*) FROM articles");
  if (n.ok()) return *n;
  Result<int64_t> tables = db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'articles'");
  return tables.ok() && *tables == 0 ? 0 : -1;  // 0: killed before the schema was committed
}

void KillAndRerun(bool bulk) {
  const std::string reference = FreshDbPath("reference");
  auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(RunToCompletion(reference, bulk), 0);
  const auto full_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  Result<std::string> want = DumpOf(reference);
  ASSERT_TRUE(want.ok()) << want.status().ToString();

  // Kills land within the first ~60% of the work in total, so the store is seen partial.
  const std::string path = FreshDbPath("killed");
  std::mt19937 rng(20240229);
  std::uniform_int_distribution<int64_t> delay(full_ms / 50 + 1, full_ms / 6 + 2);
  int partial = 0;
  for (int kill_round = 0; kill_round < 5; ++kill_round) {
    pid_t pid = Spawn(path, bulk);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    int64_t n = Articles(path);
    ASSERT_GE(n, 0);
    ASSERT_LE(n, kArticles);
    ASSERT_EQ(n % kBatch, 0) << "a batch was split by the kill";
    partial += n > 0 && n < kArticles;
    std::printf("kill %d: %lld of %d articles stored\n", kill_round, static_cast<long long>(n), kArticles);
  }
  EXPECT_GT(partial, 0) << "no kill interrupted the ingest midway (full run: " << full_ms << " ms)";
  ASSERT_EQ(RunToCompletion(path, bulk), 0);
  Result<std::string> got = DumpOf(path);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->size(), want->size());
  EXPECT_TRUE(*got == *want) << "dumps differ";
  EXPECT_NE(got->find("integrity ok"), std::string::npos);
  EXPECT_NE(got->find("fts ok"), std::string::npos);
  Result<Store> reader = Store::Open(path, OpenMode::kReadOnly);  // needs every query index
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
}

TEST(CrashTest, KilledIngestRerunEqualsAnUninterruptedOne) { KillAndRerun(/*bulk=*/false); }

TEST(CrashTest, KilledBulkLoadRerunEqualsAnUninterruptedOne) { KillAndRerun(/*bulk=*/true); }

}  // namespace
}  // namespace dyad::store
