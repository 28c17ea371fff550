// Lookup over the generated table (assets_data.cc, written by embed_assets at build time).
#include "server/assets.h"

#include <algorithm>

namespace dyad::server {

// Defined in the generated assets_data.cc, sorted by path.
extern const Asset kEmbeddedAssets[];
extern const size_t kNumEmbeddedAssets;

std::span<const Asset> Assets() { return {kEmbeddedAssets, kNumEmbeddedAssets}; }

const Asset* FindAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  std::span<const Asset> all = Assets();
  auto it = std::lower_bound(all.begin(), all.end(), path,
                             [](const Asset& a, std::string_view p) { return a.path < p; });
  if (it == all.end() || it->path != path) return nullptr;
  return &*it;
}

bool HasDashboard() { return FindAsset("/index.html") != nullptr; }

}  // namespace dyad::server
