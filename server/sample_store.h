// A small store of hand-written news events for the server's tests, its browser tests and
// demonstrations: a dozen articles from January to June 2024 about Russia and Ukraine,
// the United States and China, Israel, Iran, the two Koreas and Japan, each sentence
// coded by hand (actors, verb, CAMEO code, place), with Goldstein values, QuadClass and
// PLOVER types from dyad's CAMEO ontology. Written through the store's own writer.
#pragma once

#include <string>

#include "dyad/status.h"

namespace dyad::server {

struct SampleStoreStats {
  int articles = 0, events = 0;
};

// Creates (or refreshes: adding is idempotent) the sample store at `path`. IoError when
// the file cannot be written; InvalidArgument if a hand-written row is inconsistent (a
// phrase that is not in its sentence, a CAMEO code the ontology lacks).
Result<SampleStoreStats> WriteSampleStore(const std::string& path);

}  // namespace dyad::server
