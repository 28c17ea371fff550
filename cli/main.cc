// dyad: news in, event data out. This file only maps verbs to their commands; each
// cmd_*.cc is a thin wrapper over the library.
#include <cstdio>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "dyad turns news into event data: who did what to whom, when and where, with the\n"
      "sentence that says so (CAMEO and PLOVER).",
      "dyad"};
  app.set_version_flag("--version", "dyad " DYAD_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  dyad::cli::AddCodeCommand(app);
  dyad::cli::AddExplainCommand(app);
  dyad::cli::AddMergeCommand(app);
  dyad::cli::AddWorkerCommand(app);
  dyad::cli::AddSegmentCommand(app);
  dyad::cli::AddEvalSegmentCommand(app);
  dyad::cli::AddExtractCommand(app);
  dyad::cli::AddEvalExtractCommand(app);
  dyad::cli::AddTrainCommand(app);
  dyad::cli::AddParseCommand(app);
  dyad::cli::AddEvalParseCommand(app);
  dyad::cli::AddQueryCommand(app);
  dyad::cli::AddDictCommand(app);
  dyad::cli::AddMentionsCommand(app);
  dyad::cli::AddKnowledgeCommand(app);
  dyad::cli::AddValidateCommand(app);
  dyad::cli::AddServeCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    // A verb that failed throws its exit code, with a message unless it printed its own.
    std::string_view message = e.what();
    if (!message.empty() && message != "Runtime error") std::fprintf(stderr, "dyad: %s\n", e.what());
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
