// Parsing and lookup of the CAMEO ontology table.
#include "code/ontology.h"

#include <algorithm>
#include <charconv>

namespace dyad::code {

// Generated from data/ontology/cameo.tsv by cmake/embed.cmake.
extern const unsigned char kCameoTsv[];
extern const unsigned long kCameoTsv_size;

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool IsCode(std::string_view s) {
  return s.size() >= 2 && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Result<Ontology> Ontology::Parse(std::string_view tsv) {
  Ontology o;
  size_t line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    auto where = "ontology line " + std::to_string(line_no);
    if (f.size() != 7) return InvalidArgument(where + ": expected 7 tab-separated fields");
    if (!IsCode(f[0])) return InvalidArgument(where + ": not a CAMEO code: " + std::string(f[0]));
    CodeInfo c;
    c.code = f[0];
    // std::from_chars for double is available in GCC 11+ and clang's libstdc++ alike.
    auto [p, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), c.goldstein);
    if (ec != std::errc() || p != f[1].data() + f[1].size() || c.goldstein < -10 || c.goldstein > 10)
      return InvalidArgument(where + ": bad Goldstein value: " + std::string(f[1]));
    if (f[2].size() != 1 || f[2][0] < '1' || f[2][0] > '4')
      return InvalidArgument(where + ": QuadClass must be 1-4");
    c.quad_class = f[2][0] - '0';
    c.plover_type = f[3];
    c.plover_mode = f[4];
    c.plover_context = f[5];
    c.name = f[6];
    o.codes_.push_back(std::move(c));
  }
  std::sort(o.codes_.begin(), o.codes_.end(),
            [](const CodeInfo& a, const CodeInfo& b) { return a.code < b.code; });
  for (size_t i = 1; i < o.codes_.size(); ++i)
    if (o.codes_[i].code == o.codes_[i - 1].code)
      return InvalidArgument("ontology: code listed twice: " + o.codes_[i].code);
  return o;
}

const Ontology& Ontology::Default() {
  static const Ontology* kDefault = [] {
    auto parsed = Parse(std::string_view(reinterpret_cast<const char*>(kCameoTsv), kCameoTsv_size));
    // The table is checked by ontology_test; a broken build-time table is a bug.
    return new Ontology(parsed.ok() ? std::move(parsed).value() : Ontology());
  }();
  return *kDefault;
}

const CodeInfo* Ontology::Find(std::string_view code) const {
  while (code.size() >= 2) {
    auto it = std::lower_bound(codes_.begin(), codes_.end(), code,
                               [](const CodeInfo& c, std::string_view k) { return c.code < k; });
    if (it != codes_.end() && it->code == code) return &*it;
    code.remove_suffix(1);
  }
  return nullptr;
}

}  // namespace dyad::code
