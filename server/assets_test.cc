// The embedded table: sorted, exact lookups only, and an OpenAPI description that names
// every endpoint the server routes.
#include "server/assets.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad::server {
namespace {

TEST(AssetsTest, SortedAndUnique) {
  std::span<const Asset> all = Assets();
  ASSERT_FALSE(all.empty());
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].path, all[i].path);
}

TEST(AssetsTest, LookupIsExact) {
  EXPECT_NE(FindAsset("/api/openapi.json"), nullptr);
  const char* misses[] = {"",          "api/openapi.json", "/api/openapi.json/", "/api/../api/openapi.json",
                          "/API/openapi.json"};
  for (const char* path : misses) EXPECT_EQ(FindAsset(path), nullptr) << path;
  EXPECT_EQ(FindAsset(std::string_view("/api/openapi.json\0x", 19)), nullptr);
  EXPECT_EQ(FindAsset("/") != nullptr, HasDashboard());
}

TEST(AssetsTest, OpenApiNamesEveryEndpoint) {
  const Asset* a = FindAsset("/api/openapi.json");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->content_type, "application/json");
  nlohmann::json j = nlohmann::json::parse(a->data, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path : {"/api/summary", "/api/events", "/api/timeline", "/api/network", "/api/places",
                           "/api/actors", "/api/dyads", "/api/article"}) {
    EXPECT_TRUE(j["paths"].contains(path)) << path;
    EXPECT_TRUE(j["paths"][path].contains("get")) << path;
  }
  EXPECT_TRUE(j["paths"]["/api/events"].contains("post"));
  EXPECT_TRUE(j["paths"]["/api/code"].contains("post"));
}

TEST(AssetsTest, DashboardHasItsScriptsAndNoInlineScript) {
  if (!HasDashboard()) GTEST_SKIP() << "built without the dashboard (node and npm absent)";
  const Asset* index = FindAsset("/index.html");
  ASSERT_NE(index, nullptr);
  EXPECT_NE(FindAsset("/app.js"), nullptr);
  EXPECT_NE(FindAsset("/app.css"), nullptr);
  std::string_view html = index->data;
  // Every <script> has a src: the Content-Security-Policy forbids inline scripts.
  for (size_t at = html.find("<script"); at != std::string_view::npos; at = html.find("<script", at + 1)) {
    size_t close = html.find('>', at);
    ASSERT_NE(close, std::string_view::npos);
    EXPECT_NE(html.substr(at, close - at).find("src="), std::string_view::npos) << html.substr(at, close - at);
    EXPECT_EQ(html.substr(close + 1, 9), "</script>");
  }
}

}  // namespace
}  // namespace dyad::server
