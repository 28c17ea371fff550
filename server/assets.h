// The files the server hands out besides the API: the dashboard bundle (web/dist, built
// by esbuild) and the OpenAPI description. They are compiled into the binary by
// embed_assets (a build step), so the server never opens a file to answer a request and
// a crafted path has nothing on disk to reach.
#pragma once

#include <span>
#include <string_view>

namespace dyad::server {

struct Asset {
  std::string_view path;          // "/index.html", "/app.js", "/api/openapi.json"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view data;
};

// Every embedded file, sorted by path. The views live as long as the program.
std::span<const Asset> Assets();

// The asset whose path is exactly `path` ("/" means "/index.html"); nullptr when none.
// No normalisation is done: "/x/../index.html" is not "/index.html".
const Asset* FindAsset(std::string_view path);

// True when the dashboard bundle was built into this binary (node and npm were present).
bool HasDashboard();

}  // namespace dyad::server
