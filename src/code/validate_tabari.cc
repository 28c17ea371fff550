// Reading the TABARI validation suite (see validate_tabari.h).
#include "code/validate_tabari.h"

#include <filesystem>
#include <fstream>

#include "read/tabari_expectations.h"
#include "util/input.h"

namespace dyad::code {

std::string TabariProjectPath(std::string_view suite) {
  std::filesystem::path p{std::string(suite)};
  if (std::filesystem::is_directory(p)) p /= "Validate.project";
  return p.string();
}

std::string TabariCategory(std::string_view id) { return std::string(id.substr(0, id.find('-'))); }

SuiteRecord ToSuiteRecord(const read::TabariRecord& r) {
  SuiteRecord out;
  out.id = r.id;
  out.category = TabariCategory(r.id);
  out.text = r.text;
  if (r.date) out.date = *r.date;
  const read::TabariExpectations e = read::ParseTabariExpectations(r.comment);
  out.options = e.options;
  if (e.unchecked) {
    out.expect = Expect::kNone;
  } else if (e.discard) {
    out.expect = Expect::kDiscard;
  } else if (e.complex) {
    out.expect = Expect::kComplex;
  } else if (!e.events.empty() || e.no_events) {
    out.expect = Expect::kEvents;
    for (const read::TabariEvent& ev : e.events) out.events.push_back({ev.source, ev.target, ev.code});
  }
  return out;
}

namespace {

// The value of "<textfile> NAME" in a project file, or empty.
std::string ProjectEntry(const std::string& project, std::string_view key) {
  std::ifstream in(project);
  std::string line;
  while (std::getline(in, line)) {
    const size_t k = line.find(key);
    if (k == std::string::npos) continue;
    std::string v = line.substr(k + key.size());
    const size_t b = v.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    v = v.substr(b);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.pop_back();
    return v;
  }
  return {};
}

}  // namespace

Result<TabariSuite> ReadTabariSuite(std::string_view suite, bool standard_only) {
  TabariSuite out;
  out.project = TabariProjectPath(suite);
  if (!std::filesystem::is_regular_file(out.project)) {
    return NotFound("no TABARI project at " + out.project);
  }
  const std::string name = ProjectEntry(out.project, "<textfile>");
  if (name.empty()) return NotFound(out.project + ": no <textfile>");
  out.text_file = (std::filesystem::path(out.project).parent_path() / name).string();
  ASSIGN_OR_RETURN(auto in, OpenInput(out.text_file));
  ASSIGN_OR_RETURN(std::vector<read::TabariRecord> records, read::ReadTabariRecords(*in));
  for (const read::TabariRecord& r : records) {
    if (standard_only && r.id.rfind("FINAL", 0) == 0) break;
    out.records.push_back(ToSuiteRecord(r));
  }
  return out;
}

}  // namespace dyad::code
