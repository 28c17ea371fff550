// dyad code FILES...: the main job. Reads articles (any format the readers know, files,
// folders or '-'), codes them on -j threads with the pipeline (extract, analyse,
// mentions, events, dates, places) and writes the events in input order, the same for
// any -j: to stdout or --out in one of the output formats, and/or into the store (--db),
// one transaction per batch of articles so that a killed run keeps what it committed
// and a rerun completes it. Bad records are reported with file, record and reason and
// the run goes on; the exit code is then 1. On a terminal a progress line shows articles,
// sentences and events with their rates; a summary line ends the run on stderr.
#include <fmt/core.h>
#include <tbb/concurrent_queue.h>

#include <atomic>
#include <map>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "cli/cmd_code_mpi.h"
#include "cli/commands.h"
#include "dedupe/merge.h"
#include "dedupe/near_duplicates.h"
#include "pipeline/coder.h"
#include "pipeline/store_article.h"
#include "read/reader.h"
#include "store/store.h"
#include "util/ordered_parallel.h"
#include "write/writer.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string dict, date, models, input_format, format = "jsonl", out, db, themes;
  int jobs = 0;
  int batch = 200;
  int shard_records = 100;
  bool mpi = false;
  bool no_events = false, keep_negated = false, merge = false, knowledge = false, no_article_country = false;
};

struct Outcome {
  std::string origin;
  Result<pipeline::CodedArticle> coded = Status(StatusCode::kInternal, "not coded");
  dedupe::Signature signature{};  // of the article text, for near-duplicate groups
};

}  // namespace

// "3 groups of near-duplicate articles (2 x 2, 1 x 3)", or "" when there are none.
std::string NearDuplicateSummary(const std::vector<dedupe::Signature>& signatures) {
  const std::vector<uint32_t> group = dedupe::GroupNearDuplicates(signatures);
  std::map<uint32_t, uint32_t> size;  // group -> members
  for (uint32_t g : group) ++size[g];
  std::map<uint32_t, uint32_t> by_size;  // members -> groups
  uint64_t groups = 0;
  for (const auto& [g, n] : size)
    if (n > 1) ++by_size[n], ++groups;
  if (groups == 0) return "";
  std::string sizes;
  for (const auto& [n, count] : by_size) sizes += fmt::format("{}{} x {}", sizes.empty() ? "" : ", ", count, n);
  return fmt::format("{} group{} of near-duplicate articles ({})", groups, groups == 1 ? "" : "s", sizes);
}

namespace {

// "45 s", "12 min 5 s", "3 h 20 min": a time left on a progress line.
std::string Duration(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  if (s < 60) return fmt::format("{} s", s);
  if (s < 3600) return fmt::format("{} min {} s", s / 60, s % 60);
  return fmt::format("{} h {} min", s / 3600, s % 3600 / 60);
}

[[noreturn]] void Fail(const Status& st) {
  std::fprintf(stderr, "dyad code: %s\n", st.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

void RunCode(const CodeArgs& a) {
  pipeline::CoderOptions options{.dict = a.dict, .models = a.models};
  if (!a.date.empty()) {
    options.date = Date::Parse(a.date);
    if (!options.date) Fail(InvalidArgument("--date wants YYYY-MM-DD, got '" + a.date + "'"));
  }
  options.coding.keep_negated = a.keep_negated;
  options.article_country = !a.no_article_country;
  options.knowledge = a.knowledge;
  options.themes = a.themes;
  auto format = write::ParseFormat(a.format);
  if (!format.ok()) Fail(format.status());
  const int jobs = a.jobs > 0 ? a.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto coder = pipeline::Coder::Load(options);
  if (!coder.ok()) Fail(coder.status());

  std::optional<store::Store> db;
  if (!a.db.empty()) {
    // A store with no events yet is bulk-loaded: its query indexes are built once at the end.
    // Articles coded by another dictionary or model are replaced, the same ones kept.
    auto opened = store::Store::Open(a.db, store::OpenMode::kReadWrite,
                                     {.dictionary_version = (*coder)->version(), .bulk_load = true});
    if (!opened.ok()) Fail(opened.status());
    db.emplace(std::move(opened).value());
  }
  FILE* out = stdout;
  std::unique_ptr<FILE, int (*)(FILE*)> out_file(nullptr, &std::fclose);
  if (!a.out.empty()) {
    out_file.reset(std::fopen(a.out.c_str(), "wb"));
    if (!out_file) Fail(IoError("cannot write " + a.out));
    out = out_file.get();
  }
  const bool write_events = !a.no_events && (a.db.empty() || !a.out.empty());

  // The readers push articles; the coding pipeline pulls them through a bounded queue.
  std::atomic<bool> bad_records = false;
  std::atomic<uint64_t> read_errors = 0;
  tbb::concurrent_bounded_queue<std::optional<Article>> queue;
  queue.set_capacity(4 * jobs + 8);
  Status read_status;
  read::ReadProgress read_progress;
  std::thread reader([&] {
    read_status = read::ReadAll(
        a.files, [&](Article&& article) { queue.push(std::move(article)); },
        [&](const read::RecordError& e) {
          if (e.status.code() != StatusCode::kUnsupported) bad_records = true;
          ++read_errors;
          std::fprintf(stderr, "dyad code: %s\n", e.ToString().c_str());
        },
        a.input_format, nullptr, &read_progress);
    queue.push(std::nullopt);
  });

  const auto start = std::chrono::steady_clock::now();
  uint64_t articles = 0, sentences = 0, events = 0, errors = 0, in_batch = 0;
  std::string buf = write_events ? write::Header(*format) : "";
  Status store_status;
  std::vector<dedupe::Signature> signatures;
  std::vector<Event> held;  // --merge: every event, merged and written at the end
  auto next = [&]() -> std::optional<Article> {
    std::optional<Article> item;
    queue.pop(item);
    return item;
  };
  auto work = [&](Article&& article) {
    Outcome o;
    o.origin = article.origin.empty() ? article.id : article.origin;
    o.coded = (*coder)->Code(std::move(article));
    if (o.coded.ok()) o.signature = dedupe::MinHash(o.coded->article.text);
    return o;
  };
  // Progress on a terminal, twice a second; nothing when stderr is a file or a pipe.
  const bool progress = isatty(STDERR_FILENO) != 0;
  auto last_progress = start;
  auto show_progress = [&](bool final_line) {
    const auto now = std::chrono::steady_clock::now();
    if (!final_line && now - last_progress < std::chrono::milliseconds(500)) return;
    last_progress = now;
    const double t = std::max(1e-9, std::chrono::duration<double>(now - start).count());
    // The share of the input read and the time left at the pace so far, when the input's
    // size is known (files, not standard input).
    std::string left;
    const double done = read_progress.Fraction();
    if (!final_line && done > 0.001 && t > 1) left = fmt::format(", {:.0f}% read, {} left", 100 * done, Duration(t * (1 - done) / done));
    std::fprintf(stderr, "\r%llu articles (%.1f/s), %llu sentences (%.0f/s), %llu events, %llu errors%s  %s",
                 static_cast<unsigned long long>(articles), articles / t, static_cast<unsigned long long>(sentences),
                 sentences / t, static_cast<unsigned long long>(events),
                 static_cast<unsigned long long>(errors + read_errors), left.c_str(), final_line ? "\n" : "");
  };
  auto sink = [&](Outcome&& o) {
    if (progress) show_progress(false);
    if (!o.coded.ok()) {
      ++errors;
      bad_records = true;
      std::fprintf(stderr, "dyad code: %s: %s\n", o.origin.c_str(), o.coded.status().ToString().c_str());
      return;
    }
    const pipeline::CodedArticle& c = *o.coded;
    ++articles;
    signatures.push_back(o.signature);
    sentences += c.doc.sentences.size();
    events += c.events.size();
    if (write_events && a.knowledge && c.knowledge) {
      // --knowledge: one GKG-like record per article instead of its events.
      buf += knowledge::KnowledgeJson(*c.knowledge, c.article.id, c.article.url);
      buf += '\n';
    } else if (write_events && a.merge) {
      held.insert(held.end(), c.events.begin(), c.events.end());
    } else if (write_events) {
      for (const Event& e : c.events) write::AppendEvent(e, *format, &buf);
      if (buf.size() > (1u << 16)) {
        std::fwrite(buf.data(), 1, buf.size(), out);
        buf.clear();
      }
    }
    if (db && store_status.ok()) {
      if (!db->in_batch()) store_status = db->BeginBatch();
      if (store_status.ok()) {
        auto added = pipeline::StoreArticle(*db, c);
        if (!added.ok()) {
          if (added.status().code() == StatusCode::kInvalidArgument) {
            bad_records = true;
            std::fprintf(stderr, "dyad code: %s: not stored: %s\n", o.origin.c_str(),
                         added.status().ToString().c_str());
          } else {
            store_status = added.status();
          }
        }
      }
      if (store_status.ok() && ++in_batch >= static_cast<uint64_t>(a.batch)) {
        store_status = db->Commit();
        in_batch = 0;
      }
    }
  };
  RunOrdered(jobs, static_cast<size_t>(4 * jobs + 4), next, work, sink);
  reader.join();
  if (progress) show_progress(true);
  if (db && store_status.ok() && db->in_batch()) store_status = db->Commit();
  if (db && store_status.ok()) store_status = db->FinishBulkLoad();
  uint64_t merged = 0;
  if (write_events && a.merge) {
    const std::vector<Event> one = dedupe::MergeEvents(std::move(held));
    merged = one.size();
    for (const Event& e : one) write::AppendEvent(e, *format, &buf);
  }
  std::fwrite(buf.data(), 1, buf.size(), out);
  std::fflush(out);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "dyad code: %llu articles, %llu sentences, %llu events, %llu errors in %.2f s "
               "(%.1f articles/s, %.0f sentences/s, -j %d)%s\n",
               static_cast<unsigned long long>(articles), static_cast<unsigned long long>(sentences),
               static_cast<unsigned long long>(events), static_cast<unsigned long long>(errors + read_errors), secs,
               articles / std::max(secs, 1e-9), sentences / std::max(secs, 1e-9), jobs,
               a.db.empty() ? "" : (" into " + a.db).c_str());
  if (a.merge) std::fprintf(stderr, "dyad code: %llu events after merging per day, source, target and code\n",
                            static_cast<unsigned long long>(merged));
  if (const std::string dups = NearDuplicateSummary(signatures); !dups.empty())
    std::fprintf(stderr, "dyad code: %s\n", dups.c_str());
  if (!store_status.ok()) Fail(store_status);
  if (!read_status.ok()) Fail(read_status);
  if (bad_records) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddCodeCommand(CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  auto* cmd = app.add_subcommand("code", "Code articles into events (the main job)");
  cmd->add_option("files", args->files, "Input files or directories ('-' for stdin)")->required();
  AddDictOption(cmd, &args->dict);
  cmd->add_option("--format", args->format, "Output format: jsonl, petr, phoenix, gdelt, plover")
      ->capture_default_str();
  cmd->add_option("--out", args->out, "Write events to this file (default: stdout); with --mpi, the run's directory");
  cmd->add_option("--db", args->db, "Store articles, sentences, mentions and events in this SQLite store");
  cmd->add_option("--date", args->date, "Code every article as of this day (YYYY-MM-DD)");
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("--input-format", args->input_format, "Read every input as this format");
  cmd->add_option("-j,--jobs", args->jobs, "Threads (default: all cores)");
  cmd->add_option("--batch", args->batch, "Articles per store transaction")->capture_default_str();
  cmd->add_flag("--keep-negated", args->keep_negated, "Also emit negated events, flagged");
  cmd->add_flag("--no-article-country", args->no_article_country,
                "Leave actors named only by their sector (\"Congress\", \"the army\") without the country the "
                "article is about (docs/mentions.md)");
  cmd->add_flag("--knowledge", args->knowledge,
                "Also find each article's people, organisations, places, themes and quotations: stored "
                "with --db, and written instead of the events as one JSON record an article "
                "(docs/knowledge.md)");
  cmd->add_option("--themes", args->themes, "Theme dictionary SPEC (default: data/themes; a PETRARCH issue file works)");
  cmd->add_flag("--merge", args->merge,
                "Write one event per (day, source, target, code) with mention, source and article counts "
                "(held in memory until the end of the run)");
  cmd->add_flag("--mpi", args->mpi,
                "Run as one rank of an MPI job (mpirun -np N dyad code --mpi ... --out DIR): shards of the "
                "inputs go to the ranks as they ask; DIR keeps the plan and the shards, a rerun codes only the "
                "shards not done, and the events end in DIR/events.FORMAT (docs/scale.md)");
  cmd->add_option("--shard-records", args->shard_records, "With --mpi: records per shard")->capture_default_str();
  cmd->callback([args] {
    if (!args->mpi) return RunCode(*args);
    const CodeArgs& a = *args;
    RunCodeMpi({.files = a.files, .dict = a.dict, .date = a.date, .models = a.models, .input_format = a.input_format,
                .format = a.format, .out = a.out, .db = a.db, .themes = a.themes, .jobs = a.jobs > 0 ? a.jobs : 1,
                .batch = a.batch, .shard_records = a.shard_records, .keep_negated = a.keep_negated,
                .knowledge = a.knowledge, .merge = a.merge, .no_article_country = a.no_article_country});
  });
}

}  // namespace dyad::cli
