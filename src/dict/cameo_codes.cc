// The CAMEO code list, read once from the table compiled into the library.
#include "dict/cameo_codes.h"

#include <algorithm>
#include <string>
#include <vector>

namespace dyad::dict {

extern const unsigned char kCameoCodesTsv[];
extern const unsigned long kCameoCodesTsv_size;

namespace {

// The first tab-separated column of every line that is not a comment.
std::vector<std::string> ParseCodes(std::string_view tsv) {
  std::vector<std::string> codes;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    codes.emplace_back(line.substr(0, line.find('\t')));
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

}  // namespace

bool IsCameoEventCode(std::string_view code) {
  static const std::vector<std::string> codes =
      ParseCodes(std::string_view(reinterpret_cast<const char*>(kCameoCodesTsv), kCameoCodesTsv_size));
  return std::binary_search(codes.begin(), codes.end(), code, std::less<>());
}

}  // namespace dyad::dict
