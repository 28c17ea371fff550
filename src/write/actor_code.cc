// Splitting CAMEO actor codes into root, agent and the rest.
#include "write/actor_code.h"

#include <algorithm>
#include <array>

namespace dyad::write {

bool IsSectorCode(std::string_view s) {
  // CAMEO actor codebook sector ("role") codes, including PLOVER's additions.
  static constexpr std::array<std::string_view, 30> kSectors = {
      "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH",
      "HRI", "INS", "JRN", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP",
      "PRE", "PRM", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SPY", "UAF"};
  return std::find(kSectors.begin(), kSectors.end(), s) != kSectors.end();
}

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts parts;
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string seg(code.substr(i, 3));
    if (i == 0) {
      parts.root = std::move(seg);
    } else if (parts.agent.empty() && IsSectorCode(seg)) {
      parts.agent = std::move(seg);
    } else {
      parts.others.push_back(std::move(seg));
    }
  }
  return parts;
}

}  // namespace dyad::write
