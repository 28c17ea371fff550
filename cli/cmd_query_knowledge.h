// `dyad query quotes|people|themes`: the article-knowledge subcommands of `dyad query`,
// kept apart from the event queries. They read the query verb's own --db, --actor,
// --country, --from, --to, --limit and --format values, and add --name and --theme.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace dyad::cli {

// Where the `query` verb keeps the values its options parse into; they must outlive `query`.
struct KnowledgeQueryInputs {
  const std::string* db;
  const std::string* actor;
  const std::string* country;
  const std::string* from;
  const std::string* to;
  const int* limit;  // -1: the default (100)
  const std::string* format;
};

void AddQueryKnowledgeCommands(CLI::App* query, const KnowledgeQueryInputs& in);

}  // namespace dyad::cli
