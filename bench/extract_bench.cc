// Extraction speed over the Zyte benchmark pages (../shared/data/extraction/
// scrapinghub-aeb/html, 91 real news and blog pages, 17 MB of HTML): bytes of HTML per
// second through Extract (decode, parse, metadata, main text), one thread. The pages are
// decompressed before timing. The benchmark checks that nearly every page yields text.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/eval.h"
#include "extract/extract.h"
#include "extract/plain_text.h"
#include "util/input.h"

namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    std::string dir = dyad::extract::SharedDir() + "/data/extraction/scrapinghub-aeb/html";
    if (!std::filesystem::is_directory(dir)) return out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto in = dyad::OpenInput(f.string());
      if (!in.ok()) continue;
      auto bytes = dyad::ReadAll(**in);
      if (bytes.ok()) out.push_back(std::move(*bytes));
    }
    return out;
  }();
  return pages;
}

void BM_ExtractHtml(benchmark::State& state) {
  const auto& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("needs ../shared/data/extraction/scrapinghub-aeb");
    return;
  }
  size_t bytes = 0, with_text = 0;
  for (auto _ : state) {
    with_text = 0;
    for (const std::string& page : pages) {
      dyad::Article a;
      a.content_type = dyad::ContentType::kHtml;
      a.raw = page;
      auto out = dyad::extract::Extract(std::move(a));
      if (out.ok() && out->text.size() > 200) ++with_text;
      benchmark::DoNotOptimize(out);
      bytes += page.size();
    }
  }
  if (with_text * 10 < pages.size() * 9) state.SkipWithError("fewer than 90% of pages gave text");
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["pages"] = static_cast<double>(pages.size());
}
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMillisecond);

void BM_TrimPlainText(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "A paragraph of scraped news text, long enough to be prose, with a full stop.\n\n";
  }
  text += "Show More\nRelated Articles\nBack to top button\n";
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out = dyad::extract::TrimBoilerplateLines(text);
    if (out.size() >= text.size()) state.SkipWithError("nothing trimmed");
    benchmark::DoNotOptimize(out);
    bytes += text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TrimPlainText);

}  // namespace

BENCHMARK_MAIN();
