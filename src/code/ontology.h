// The CAMEO ontology as dyad uses it: for every event code its Goldstein value,
// QuadClass, PLOVER type/mode/context and name. The table is data/ontology/cameo.tsv,
// compiled into the library at build time so that the program needs no data files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::code {

struct CodeInfo {
  std::string code;        // "042"
  double goldstein = 0.0;  // -10 (most conflictual) .. +10 (most cooperative)
  int quad_class = 0;      // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover_type;     // "CONSULT"; empty for CAMEO statements (01), which PLOVER lacks
  std::string plover_mode;     // "visit"; may be empty
  std::string plover_context;  // "diplomatic"; ";"-separated when several; may be empty
  std::string name;            // "Make a visit"
  std::string_view root() const { return std::string_view(code).substr(0, 2); }
};

class Ontology {
 public:
  // The table compiled into the library.
  static const Ontology& Default();

  // Parses a table in the cameo.tsv format. Errors name the line.
  static Result<Ontology> Parse(std::string_view tsv);

  // Returns the entry for `code`, falling back to its parents ("0254x" -> "0254" -> "025"),
  // or nullptr when neither it nor a parent is a CAMEO code.
  const CodeInfo* Find(std::string_view code) const;

  const std::vector<CodeInfo>& codes() const { return codes_; }

 private:
  std::vector<CodeInfo> codes_;  // sorted by code
};

}  // namespace dyad::code
