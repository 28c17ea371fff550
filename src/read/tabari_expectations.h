// The expectations a TABARI validation record writes in its comment: one
// "{ SRC / TGT / CODE }" per expected event, optionally followed by a date or a note,
// or one of the special markers {---} (no events), {###} (the sentence is discarded),
// {+++} (not checked: too complex), and "{ OPTION: ... }" lines that change coder
// options from this record on. A '-' right before a brace means "do not check further".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::read {

struct TabariEvent {
  std::string source;  // "ARN", "~MOSREB", "---"
  std::string target;
  std::string code;    // "064", "075A"
  std::string note;    // what follows the closing brace on its line: "950103", "(PRAISE) WELCOMED"
};

struct TabariExpectations {
  std::vector<TabariEvent> events;
  bool no_events = false;   // {---}
  bool discard = false;     // {###}
  bool complex = false;     // {+++}
  bool unchecked = false;   // a '-' right before a brace
  std::vector<std::string> options;  // "SET: YYYY = TRUE" for "{ OPTION: SET: YYYY = TRUE }"
  std::vector<std::string> unparsed;  // braces whose content is none of the above
};

// Parses the comment of a TabariRecord (tabari_records.h). Line breaks may be real or
// written as the two characters "\n", as the validation suite does.
TabariExpectations ParseTabariExpectations(std::string_view comment);

}  // namespace dyad::read
