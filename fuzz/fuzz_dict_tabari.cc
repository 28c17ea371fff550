// Fuzzes the TABARI readers: the first byte picks .actors, .agents, .verbs, .options or
// .project; the rest is the file.
#include <cstddef>
#include <cstdint>

#include "dict/readers.h"
#include "dict_fuzz_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace dyad::dict;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Model m;
  switch (data[0] % 5) {
    case 0: ReadActors(text, "f.actors", Notation::kTabari, &m); break;
    case 1: ReadAgents(text, "f.agents", Notation::kTabari, &m); break;
    case 2: ReadVerbs(text, "f.verbs", Notation::kTabari, &m); break;
    case 3: ReadTabariOptions(text, "f.options", &m); break;
    case 4: (void)ReadTabariProject(text, "f.project", &m); break;
  }
  fuzz::Exercise(std::move(m), text);
  return 0;
}
