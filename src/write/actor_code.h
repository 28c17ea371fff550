// CAMEO actor codes are 3-character segments: a root (a state's ISO 3166 alpha-3 code, or
// IGO / NGO / IMG / MNC / a region), then sector ("agent") codes, then further attributes:
// "RUSMIL", "IGOUNOSEC", "USAGOVLEG". Output formats that split codes into columns
// (Phoenix, GDELT) use this split.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::write {

struct ActorCodeParts {
  std::string root;                 // "RUS", "IGO"
  std::string agent;                // the first sector code after the root: "MIL"; may be empty
  std::vector<std::string> others;  // every remaining segment: {"UNO", "SEC"}
};

// Splits `code` into 3-character segments (a trailing shorter piece is kept as a segment).
ActorCodeParts SplitActorCode(std::string_view code);

// True for CAMEO's sector codes (GOV, MIL, REB, OPP, PTY, COP, JUD, SPY, MED, EDU, BUS,
// CRM, CVL, LEG, ELI, REF, UAF, INS, ...).
bool IsSectorCode(std::string_view segment);

}  // namespace dyad::write
