#include "news_texts.h"

#include <simdjson.h>

#include <string_view>

#include "util/input.h"

namespace dyad::bench {

std::vector<std::string> ReadNewsTexts(const std::string& path, size_t limit) {
  std::vector<std::string> out;
  if (path.empty()) return out;
  auto in = OpenInput(path);
  if (!in.ok()) return out;
  LineReader lines(**in);
  simdjson::ondemand::parser parser;
  std::string_view line;
  while (out.size() < limit) {
    auto more = lines.Next(&line);
    if (!more.ok() || !*more) break;
    simdjson::padded_string padded(line);
    std::string_view text;
    auto doc = parser.iterate(padded);
    if (doc.error() || doc["text"].get_string().get(text)) continue;
    out.emplace_back(text);
  }
  return out;
}

}  // namespace dyad::bench
