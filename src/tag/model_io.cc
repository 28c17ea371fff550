// Whole-file reads and writes for model files.
#include "tag/model_io.h"

#include <cstdio>
#include <memory>

namespace dyad::tag {

Result<std::string> ReadFileBytes(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return NotFound("cannot open model file " + path);
  if (std::fseek(f.get(), 0, SEEK_END) != 0) return IoError("cannot seek " + path);
  long size = std::ftell(f.get());
  if (size < 0 || std::fseek(f.get(), 0, SEEK_SET) != 0) return IoError("cannot size " + path);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (size > 0 && std::fread(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
    return IoError("short read of " + path);
  return bytes;
}

Status WriteFileBytes(const std::string& path, std::string_view bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
  if (!f) return IoError("cannot create " + path);
  if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
    return IoError("short write to " + path);
  if (std::fclose(f.release()) != 0) return IoError("cannot close " + path);
  return Status::Ok();
}

}  // namespace dyad::tag
