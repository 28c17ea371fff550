// Where dyad finds its own data files (dictionaries, gazetteer, models) at run time:
//   1. $DYAD_DATA, when set (a directory laid out like the repository's data/ and models/
//      parents: DYAD_DATA/data/..., DYAD_DATA/models/...);
//   2. the source tree dyad was built from (DYAD_SOURCE_DIR), which holds both.
// The tables small enough to matter at start-up (the CAMEO ontology) are compiled in
// instead.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// The directory that holds data/ and models/.
std::string DataRoot();

// DataRoot() + "/" + relative, when that file or directory exists; NotFound otherwise,
// naming the path tried and $DYAD_DATA.
Result<std::string> DataPath(std::string_view relative);

// The ../shared reference folder beside the source tree ($DYAD_SHARED when set), for
// tests, benchmarks and evaluation commands; empty when it does not exist.
std::string SharedRoot();

}  // namespace dyad
