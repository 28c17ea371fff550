// dyad merge OUT.db IN.db...: copies every article of the input stores, with their
// sentences, events, mentions, evidence and knowledge rows, into OUT (created when
// missing), with the store's own rule: an article already in OUT with the same content
// hash and dictionary version is left alone, a changed one is replaced. Stores coded from
// shards of an input and merged in shard order equal the store of one run; merging twice
// changes nothing. A summary line per input goes to stderr.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/merge.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct MergeArgs {
  std::string out;
  std::vector<std::string> inputs;
  int batch = 1000;
};

[[noreturn]] void Fail(const Status& st) {
  std::fprintf(stderr, "dyad merge: %s\n", st.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

void RunMerge(const MergeArgs& a) {
  // OUT keeps the dictionary version its articles were coded with: the first input's.
  Result<std::string> version = store::StoreDictionaryVersion(a.inputs.front());
  if (!version.ok()) Fail(version.status().WithContext(a.inputs.front()));
  store::StoreOptions options;
  if (!version->empty()) options.dictionary_version = *version;
  Result<store::Store> out = store::Store::Open(a.out, store::OpenMode::kReadWrite, options);
  if (!out.ok()) Fail(out.status());

  bool refused = false;
  store::MergeOptions merge;
  merge.batch = a.batch;
  merge.on_refused = [&](const std::string& id, const Status& why) {
    refused = true;
    std::fprintf(stderr, "dyad merge: article %s not merged: %s\n", id.c_str(), why.ToString().c_str());
  };
  for (const std::string& input : a.inputs) {
    const auto start = std::chrono::steady_clock::now();
    Result<store::MergeStats> m = store::MergeStore(*out, input, merge);
    if (!m.ok()) Fail(m.status());
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "dyad merge: %s: %llu articles (%llu new, %llu replaced, %llu unchanged, %llu refused), "
                 "%llu events copied in %.2f s\n",
                 input.c_str(), static_cast<unsigned long long>(m->articles),
                 static_cast<unsigned long long>(m->inserted), static_cast<unsigned long long>(m->replaced),
                 static_cast<unsigned long long>(m->unchanged), static_cast<unsigned long long>(m->refused),
                 static_cast<unsigned long long>(m->events), secs);
  }
  if (refused) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddMergeCommand(CLI::App& app) {
  auto args = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand("merge", "Merge stores into one (shards, stream workers' stores)");
  cmd->add_option("out", args->out, "The store to merge into (created when missing)")->required();
  cmd->add_option("inputs", args->inputs, "Stores to copy from, in order")->required();
  cmd->add_option("--batch", args->batch, "Articles per transaction")->capture_default_str();
  cmd->callback([args] { RunMerge(*args); });
}

}  // namespace dyad::cli
