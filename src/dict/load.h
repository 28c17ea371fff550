// dict::Load: from a user's --dict SPEC to a compiled Dictionary. SPEC names one of
//   - a folder of dyad .dict files (default: data/dict),
//   - a TABARI .project file (its actors, verbs, agents and options files),
//   - a PETRARCH config .ini, or a folder holding one (the files of [Dictionaries],
//     looked up beside it and in a sibling dictionaries/ folder),
//   - a single dictionary file, recognised by its extension or name (.dict, .actors,
//     .agents, .verbs, .options; *actors*.txt, *agents*.txt, *discards*.txt, *Issue*.txt,
//     other *.txt as PETRARCH verbs),
//   - a comma-separated list of the above (a PETRARCH validation suite's files).
// Loading reads the sources, checks the compiled cache and uses it only when its source
// checksum, version and own checksum all match; otherwise it parses the sources and
// rewrites the cache. The cache of dyad's own .dict files sits beside them
// (data/dict/dyad-dict.dyc); TABARI and PETRARCH files belong to other projects' trees,
// which dyad never writes to, so their cache (and dyad's, where its folder is not
// writable) goes to $XDG_CACHE_HOME/dyad or ~/.cache/dyad.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "dict/model.h"
#include "dyad/status.h"

namespace dyad::dict {

struct LoadOptions {
  bool read_cache = true;
  bool write_cache = true;
};

struct LoadInfo {
  std::vector<std::string> sources;  // every file read, in order
  bool from_cache = false;
  std::string cache_path;            // where the cache was read or written ("" if neither)
  std::string cache_problem;         // why an existing cache was not used, if it was not
};

// The default SPEC: data/dict under the current folder if present, else under the
// source tree dyad was built from.
std::string DefaultDictSpec();

// Loads and compiles. Errors: NotFound (SPEC names nothing loadable), IoError.
// Problems inside files are Model warnings, never errors.
Result<std::shared_ptr<const Dictionary>> Load(std::string_view spec, const LoadOptions& options = {},
                                               LoadInfo* info = nullptr);

// Reads SPEC's sources into a model without compiling or caching (lint, tests).
Result<Model> LoadModel(std::string_view spec, LoadInfo* info = nullptr);

}  // namespace dyad::dict
