// Fault-injection tests: with writes failing underneath SQLite (the dyad-fault VFS), a
// commit returns a clear IoError, the store keeps exactly its last committed state, and
// ingest succeeds once the device recovers.
#include "store/fault_vfs.h"

#include <gtest/gtest.h>

#include "store/dump.h"
#include "store/generate.h"
#include "store/store.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<FaultControl*> c = RegisterFaultVfs();
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    control_ = *c;
    control_->Reset();
  }
  void TearDown() override { control_->Reset(); }

  static Status AddBatch(Store& s, uint64_t first, uint64_t count) {
    GenerateOptions o;
    o.events_per_article = 5;
    RETURN_IF_ERROR(s.BeginBatch());
    for (uint64_t i = first; i < first + count; ++i) {
      GeneratedArticle g = GenerateArticle(o, i);
      Result<AddOutcome> r = s.Add(g.article, g.sentences, g.events, g.mentions);
      if (!r.ok()) {
        (void)s.Rollback();
        return r.status();
      }
    }
    return s.Commit();
  }

  static std::string DumpOf(const std::string& path) {
    Result<Store> s = Store::Open(path, OpenMode::kReadWrite);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (!s.ok()) return "";
    Result<std::string> d = CanonicalDump(s->db());
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? *d : "";
  }

  FaultControl* control_ = nullptr;
};

TEST_F(FaultTest, FailedCommitKeepsTheLastCommittedState) {
  // The fault may strike at the first write of the commit or later in it.
  for (int64_t allowed : {0, 1, 3}) {
    SCOPED_TRACE(allowed);
    const std::string path = FreshDbPath(std::to_string(allowed));
    const std::string reference = FreshDbPath("reference" + std::to_string(allowed));
    std::string committed;
    {
      StoreOptions o;
      o.vfs = kFaultVfsName;
      Result<Store> s = Store::Open(path, OpenMode::kReadWrite, o);
      ASSERT_TRUE(s.ok()) << s.status().ToString();
      ASSERT_TRUE(AddBatch(*s, 0, 20).ok());
      Result<std::string> d = CanonicalDump(s->db());
      ASSERT_TRUE(d.ok());
      committed = *d;

      // Large enough that the commit itself must write several pages to the WAL.
      ASSERT_TRUE(s->BeginBatch().ok());
      GenerateOptions g;
      g.events_per_article = 5;
      for (uint64_t i = 20; i < 60; ++i) {
        GeneratedArticle a = GenerateArticle(g, i);
        ASSERT_TRUE(s->Add(a.article, a.sentences, a.events, a.mentions).ok());
      }
      control_->writes = 0;
      control_->writes_before_failure = allowed;
      Status c = s->Commit();
      EXPECT_EQ(c.code(), StatusCode::kIoError) << c.ToString();
      EXPECT_NE(c.message().find("commit failed"), std::string::npos) << c.ToString();
      EXPECT_GT(control_->injected_failures.load(), 0);
      EXPECT_FALSE(s->in_batch());
      control_->Reset();
    }
    std::string after = DumpOf(path);
    EXPECT_EQ(after, committed);
    EXPECT_NE(after.find("integrity ok"), std::string::npos);
    EXPECT_NE(after.find("fts ok"), std::string::npos);

    // The device recovers: the same ingest completes and matches a clean run.
    {
      Result<Store> s = Store::Open(path, OpenMode::kReadWrite);
      ASSERT_TRUE(s.ok());
      ASSERT_TRUE(AddBatch(*s, 0, 60).ok());
      Result<Store> r = Store::Open(reference, OpenMode::kReadWrite);
      ASSERT_TRUE(r.ok());
      ASSERT_TRUE(AddBatch(*r, 0, 60).ok());
    }
    EXPECT_EQ(DumpOf(path), DumpOf(reference));
  }
}

TEST_F(FaultTest, OpeningOnAFailingDeviceIsAClearError) {
  control_->writes_before_failure = 0;
  StoreOptions o;
  o.vfs = kFaultVfsName;
  Result<Store> s = Store::Open(FreshDbPath("new"), OpenMode::kReadWrite, o);
  EXPECT_EQ(s.status().code(), StatusCode::kIoError) << s.status().ToString();
}

TEST_F(FaultTest, UnknownVfsIsAnError) {
  StoreOptions o;
  o.vfs = "no-such-vfs";
  Result<Store> s = Store::Open(FreshDbPath("x"), OpenMode::kReadWrite, o);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace dyad::store
