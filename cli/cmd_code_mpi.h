// dyad code --mpi: the main job spread over the ranks of an MPI job (see cmd_code_mpi.cc).
#pragma once

#include <string>
#include <vector>

#include "dedupe/near_duplicates.h"

namespace dyad::cli {

struct MpiCodeArgs {
  std::vector<std::string> files;
  std::string dict, date, models, input_format, format = "jsonl", out, db, themes;
  int jobs = 1;             // coding threads per rank
  int batch = 200;          // articles per store transaction
  int shard_records = 100;  // records per shard
  bool keep_negated = false, knowledge = false, merge = false, no_article_country = false;
};

// Runs under mpirun (or alone, as a job of one rank). Throws CLI::RuntimeError with the
// exit code on failure, as every verb does; says so when dyad was built without MPI.
void RunCodeMpi(const MpiCodeArgs& args);

// "3 groups of near-duplicate articles (2 x 2, 1 x 3)" for the signatures of a run's
// articles, or "" when there are none (cmd_code.cc).
std::string NearDuplicateSummary(const std::vector<dedupe::Signature>& signatures);

}  // namespace dyad::cli
