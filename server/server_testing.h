// Test helper: the sample store (server/sample_store.h) written once per test program
// into the test's temporary directory.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "server/sample_store.h"

namespace dyad::server {

inline const std::string& SampleStorePath() {
  static const std::string path = [] {
    std::string p = ::testing::TempDir() + "dyad_server_sample_" + std::to_string(::getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((p + suffix).c_str());
    Result<SampleStoreStats> r = WriteSampleStore(p);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return p;
  }();
  return path;
}

}  // namespace dyad::server
