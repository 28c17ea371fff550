// Crash-safety test: the ingest helper is killed with SIGKILL at random moments during a
// large ingest, then run again to completion; the store must equal, row for row, one made
// by a single uninterrupted run. Nothing lost, nothing doubled.
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

pid_t Spawn(const std::string& db) {
  std::fflush(stdout);  // else the child flushes the parent's buffered lines a second time
  pid_t pid = fork();
  if (pid == 0) {
    // Quiet child: its summary line is not needed.
    FILE* devnull = std::freopen("/dev/null", "w", stdout);
    (void)devnull;
    std::string n = std::to_string(kArticles), batch = std::to_string(kBatch);
    execl(DYAD_STORE_INGEST_HELPER, DYAD_STORE_INGEST_HELPER, db.c_str(), n.c_str(), batch.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// Runs the helper to the end; returns its exit status.
int RunToCompletion(const std::string& db) {
  pid_t pid = Spawn(db);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Result<std::string> DumpOf(const std::string& path) {
  ASSIGN_OR_RETURN(Store s, Store::Open(path, OpenMode::kReadWrite));
  return CanonicalDump(s.db());
}

int64_t Articles(const std::string& path) {
  Result<Store> s = Store::Open(path, OpenMode::kReadOnly);
  if (!s.ok()) return 0;  // killed before the schema was committed
  Result<int64_t> n = s->db().QueryInt("SELECT count(*) FROM articles");
  return n.ok() ? *n : -1;
}

TEST(CrashTest, KilledIngestRerunEqualsAnUninterruptedOne) {
  const std::string reference = FreshDbPath("reference");
  auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(RunToCompletion(reference), 0);
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
    pid_t pid = Spawn(path);
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
  ASSERT_EQ(RunToCompletion(path), 0);
  Result<std::string> got = DumpOf(path);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->size(), want->size());
  EXPECT_TRUE(*got == *want) << "dumps differ";
  EXPECT_NE(got->find("integrity ok"), std::string::npos);
  EXPECT_NE(got->find("fts ok"), std::string::npos);
}

}  // namespace
}  // namespace dyad::store
