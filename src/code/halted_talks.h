// Negotiations that break down: "the talks collapsed", "denuclearization talks that broke
// down in 2019", "negotiations with Iran stalled". The event is the halting of
// negotiations (CAMEO 164) by the parties of the talks, who are rarely the verb's subject:
// the talks are. Their parties come from the talks' noun phrase ("US-North Korea talks",
// "talks with Iran"), else from the verb the talks hang on ("persuade North Korea to
// resume talks that broke down" -> North Korea).
#pragma once

#include <cstdint>
#include <optional>

#include "actors/mention.h"
#include "code/dependency_tree.h"

namespace dyad::code {

struct HaltedTalks {
  uint32_t talks = 0;    // the negotiation noun
  int32_t party = -1;    // a token an actor mention covers: the side that halts
  int32_t other = -1;    // the other side, when the noun phrase names it, else -1
};

// When verb `t` says that negotiations broke down (break down / off, collapse, stall,
// founder, falter, fail, end, with a negotiation noun as its subject, own or through a
// relative clause), the talks and their parties; nullopt otherwise, and when no party is
// an actor. `mentions` indexes the sentence's actor mentions.
std::optional<HaltedTalks> FindHaltedTalks(const DependencyTree& tree, uint32_t t,
                                           const actors::MentionIndex& mentions);

}  // namespace dyad::code
