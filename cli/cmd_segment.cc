// dyad segment FILES...: placeholder until the segmenter lands.
#include "cli/commands.h"

namespace dyad::cli {
void AddSegmentCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("segment", "Split articles into sentences and tokens");
  cmd->callback([] { throw CLI::RuntimeError("segment: not built yet", kExitFailure); });
}
}  // namespace dyad::cli
