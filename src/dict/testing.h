// Test helpers for the dictionary engine: where ../shared is, and reading its files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::dict::testing {

// ../shared beside the source tree, or $DYAD_SHARED.
inline std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/../shared";
}

inline bool HaveShared(const std::string& rel) {
  std::error_code ec;
  return std::filesystem::exists(SharedDir() + "/" + rel, ec);
}

inline std::string ReadShared(const std::string& rel) {
  std::ifstream in(SharedDir() + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::dict::testing
