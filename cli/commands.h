// The dyad program's verbs. Each Add*Command registers one subcommand on `app`; its
// callback runs the verb and, on failure, throws CLI::RuntimeError with the exit code
// (1: some input was bad but the run finished; 2: the run could not be done).
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void AddSegmentCommand(CLI::App& app);
void AddEvalSegmentCommand(CLI::App& app);
void AddExtractCommand(CLI::App& app);
void AddEvalExtractCommand(CLI::App& app);
void AddTrainCommand(CLI::App& app);
void AddParseCommand(CLI::App& app);
void AddEvalParseCommand(CLI::App& app);
// The accurate parser's options, shared by parse and eval-parse: --accurate, --greedy-weight.
void AddAccurateOptions(CLI::App* cmd, bool* accurate, float* greedy_weight);
void AddQueryCommand(CLI::App& app);
void AddDictCommand(CLI::App& app);
void AddMentionsCommand(CLI::App& app);
void AddKnowledgeCommand(CLI::App& app);
void AddValidateCommand(CLI::App& app);
void AddServeCommand(CLI::App& app);
void AddCodeCommand(CLI::App& app);
void AddExplainCommand(CLI::App& app);
void AddMergeCommand(CLI::App& app);
void AddWorkerCommand(CLI::App& app);

// Adds the --dict SPEC option (see dict::Load) to `cmd`, for every verb that codes.
CLI::Option* AddDictOption(CLI::App* cmd, std::string* spec);

// Exit codes shared by every verb.
inline constexpr int kExitBadRecords = 1;
inline constexpr int kExitFailure = 2;

}  // namespace dyad::cli
