// The TABARI validation suite as a validation suite: a .project file names the
// dictionaries and the text file, whose records carry their expected events in their
// comments (read/tabari_expectations.h). The standard records are those before the one
// whose id starts with "FINAL"; TABARI stops there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/validate.h"
#include "dyad/status.h"
#include "read/tabari_records.h"

namespace dyad::code {

struct TabariSuite {
  std::string project;    // path of the .project file
  std::string text_file;  // path of its <textfile>
  std::vector<SuiteRecord> records;
};

// The project path for SUITE: SUITE itself, or SUITE/Validate.project for a directory.
std::string TabariProjectPath(std::string_view suite);

// The category of a record id: what precedes the first '-' ("DEMO" for "DEMO-01").
std::string TabariCategory(std::string_view id);

// Turns one text record into a suite record (its expectations parsed from the comment).
SuiteRecord ToSuiteRecord(const read::TabariRecord& record);

// Reads the project and its text file. With `standard_only`, stops before the FINAL
// record. Errors: NotFound (no project or no <textfile>), IoError.
Result<TabariSuite> ReadTabariSuite(std::string_view suite, bool standard_only = true);

}  // namespace dyad::code
