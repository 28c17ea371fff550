// Fuzzes the PETRARCH readers: the first byte picks actors, agents, verbs (PETRARCH 1 or
// 2), discards, issues or the config .ini; the rest is the file.
#include <cstddef>
#include <cstdint>

#include "dict/readers.h"
#include "dict_fuzz_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace dyad::dict;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Model m;
  switch (data[0] % 6) {
    case 0: ReadActors(text, "f.txt", Notation::kPetrarch, &m); break;
    case 1: ReadAgents(text, "f.txt", Notation::kPetrarch, &m); break;
    case 2: ReadVerbs(text, "f.txt", Notation::kPetrarch, &m); break;
    case 3: ReadDiscards(text, "f.txt", &m); break;
    case 4: ReadIssues(text, "f.txt", &m); break;
    case 5: (void)ReadPetrarchConfig(text, "f.ini", &m); break;
  }
  fuzz::Exercise(std::move(m), text);
  return 0;
}
