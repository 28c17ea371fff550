// Locating dyad's data directory and the shared reference folder.
#include "util/data_path.h"

#include <cstdlib>
#include <filesystem>

namespace dyad {

std::string DataRoot() {
  if (const char* env = std::getenv("DYAD_DATA"); env != nullptr && *env != '\0') return env;
  return DYAD_SOURCE_DIR;
}

Result<std::string> DataPath(std::string_view relative) {
  std::string path = DataRoot() + "/" + std::string(relative);
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return path;
  return NotFound(path + " does not exist (set DYAD_DATA to the directory holding data/)");
}

std::string SharedRoot() {
  std::string root;
  if (const char* env = std::getenv("DYAD_SHARED"); env != nullptr && *env != '\0') {
    root = env;
  } else {
    root = std::string(DYAD_SOURCE_DIR) + "/../shared";
  }
  std::error_code ec;
  return std::filesystem::is_directory(root + "/data", ec) ? root : std::string();
}

}  // namespace dyad
