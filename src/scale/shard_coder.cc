// CodeShard: one shard's records coded in order on the pipeline and written to the
// shard's files, each renamed into place when complete (see shard_coder.h).
#include "scale/shard_coder.h"

#include <fmt/core.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <system_error>
#include <utility>

#include "pipeline/store_article.h"
#include "store/store.h"
#include "util/ordered_parallel.h"

namespace dyad::scale {
namespace {

namespace fs = std::filesystem;

std::string Tmp(const std::string& path) { return path + ".tmp"; }

// Removes what an earlier, interrupted attempt at the shard may have left.
void RemoveLeftovers(const ShardFiles& f) {
  std::error_code ec;
  for (const std::string& p : {f.events, f.signatures, f.done, f.store}) fs::remove(Tmp(p), ec);
  fs::remove(Tmp(f.store) + "-wal", ec);
  fs::remove(Tmp(f.store) + "-shm", ec);
  fs::remove(Tmp(f.store) + "-journal", ec);
}

Status WriteFile(const std::string& path, std::string_view bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
  if (!f) return IoError("cannot write " + path);
  if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size()) return IoError("cannot write " + path);
  if (std::fclose(f.release()) != 0) return IoError("cannot write " + path);
  return Status::Ok();
}

Status Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return IoError(fmt::format("cannot rename {} to {}: {}", from, to, ec.message()));
  return Status::Ok();
}

struct Coded {
  std::string origin;
  Result<pipeline::CodedArticle> coded = Status(StatusCode::kInternal, "not coded");
  dedupe::Signature signature{};
};

Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

ShardFiles::ShardFiles(const std::string& dir, uint32_t index) {
  const std::string base = fmt::format("{}/shards/{:06}", dir, index);
  events = base + ".events";
  store = base + ".db";
  signatures = base + ".sig";
  done = base + ".done";
}

Result<ShardSummary> CodeShard(const pipeline::Coder& coder, uint32_t index, uint64_t first, uint64_t count,
                               SourceReader& reader, const ShardOptions& options) {
  const ShardFiles files(options.dir, index);
  RemoveLeftovers(files);
  if (Status s = reader.SkipTo(first); !s.ok()) return s;

  std::optional<store::Store> db;
  if (options.store) {
    auto opened = store::Store::Open(Tmp(files.store), store::OpenMode::kReadWrite,
                                     {.dictionary_version = options.dictionary_version, .bulk_load = true});
    if (!opened.ok()) return opened.status();
    db.emplace(std::move(opened).value());
  }

  ShardSummary summary;
  auto problem = [&](const read::RecordError& e) {
    ++summary.errors;
    if (e.status.code() != StatusCode::kUnsupported) summary.bad_records = true;
    if (options.on_problem) options.on_problem(e);
  };
  // The shard's records, in order; bad records are reported where they are met.
  const uint64_t end = first + count;
  auto next = [&]() -> std::optional<Article> {
    Article article;
    read::RecordError error;
    std::vector<read::RecordError> warnings;
    while (reader.position() < end) {
      const SourceReader::Kind kind = reader.Next(&article, &error, &warnings);
      for (const read::RecordError& w : warnings) problem(w);
      warnings.clear();
      if (kind == SourceReader::Kind::kArticle) return article;
      if (kind == SourceReader::Kind::kEnd) break;
      problem(error);
    }
    return std::nullopt;
  };
  auto work = [&](Article&& article) {
    Coded c;
    c.origin = article.origin.empty() ? article.id : article.origin;
    c.coded = coder.Code(std::move(article));
    if (c.coded.ok()) c.signature = dedupe::MinHash(c.coded->article.text);
    return c;
  };
  std::string events;
  std::string signatures;
  Status store_status;
  uint64_t in_batch = 0;
  auto sink = [&](Coded&& c) {
    if (!c.coded.ok()) {
      problem({c.origin, "", c.coded.status()});
      summary.bad_records = true;
      return;
    }
    const pipeline::CodedArticle& a = *c.coded;
    ++summary.articles;
    summary.sentences += a.doc.sentences.size();
    summary.events += a.events.size();
    signatures.append(reinterpret_cast<const char*>(c.signature.data()), sizeof(dedupe::Signature));
    if (options.knowledge && a.knowledge) {
      events += knowledge::KnowledgeJson(*a.knowledge, a.article.id, a.article.url);
      events += '\n';
    } else {
      for (const Event& e : a.events) write::AppendEvent(e, options.format, &events);
    }
    if (db && store_status.ok()) {
      if (!db->in_batch()) store_status = db->BeginBatch();
      if (store_status.ok()) {
        auto added = pipeline::StoreArticle(*db, a);
        if (!added.ok() && added.status().code() == StatusCode::kInvalidArgument) {
          problem({c.origin, "", added.status().WithContext("not stored")});
          summary.bad_records = true;
        } else if (!added.ok()) {
          store_status = added.status();
        }
      }
      if (store_status.ok() && ++in_batch >= static_cast<uint64_t>(std::max(1, options.batch))) {
        store_status = db->Commit();
        in_batch = 0;
      }
    }
    if (options.after_article) options.after_article(summary.articles);
  };
  const int jobs = std::max(1, options.jobs);
  RunOrdered(jobs, static_cast<size_t>(4 * jobs + 4), next, work, sink);

  if (db && store_status.ok() && db->in_batch()) store_status = db->Commit();
  if (db && store_status.ok()) store_status = db->FinishBulkLoad();
  db.reset();  // closes the store: its write-ahead log is folded into the file
  if (!store_status.ok()) return store_status;
  if (Status s = WriteFile(Tmp(files.events), events); !s.ok()) return s;
  if (Status s = WriteFile(Tmp(files.signatures), signatures); !s.ok()) return s;
  const std::string done = fmt::format("articles {}\nsentences {}\nevents {}\nerrors {}\nbad {}\n", summary.articles,
                                       summary.sentences, summary.events, summary.errors, summary.bad_records ? 1 : 0);
  if (Status s = WriteFile(Tmp(files.done), done); !s.ok()) return s;
  if (options.store) {
    if (Status s = Rename(Tmp(files.store), files.store); !s.ok()) return s;
  }
  if (Status s = Rename(Tmp(files.events), files.events); !s.ok()) return s;
  if (Status s = Rename(Tmp(files.signatures), files.signatures); !s.ok()) return s;
  if (Status s = Rename(Tmp(files.done), files.done); !s.ok()) return s;
  return summary;
}

bool ShardDone(const std::string& dir, uint32_t index) {
  std::error_code ec;
  return fs::is_regular_file(ShardFiles(dir, index).done, ec);
}

Result<ShardSummary> ReadShardSummary(const std::string& dir, uint32_t index) {
  const std::string path = ShardFiles(dir, index).done;
  auto text = ReadWhole(path);
  if (!text.ok()) return text.status();
  ShardSummary s;
  unsigned long long articles = 0, sentences = 0, events = 0, errors = 0;
  int bad = 0;
  if (std::sscanf(text->c_str(), "articles %llu\nsentences %llu\nevents %llu\nerrors %llu\nbad %d\n", &articles,
                  &sentences, &events, &errors, &bad) != 5)
    return DataLoss("malformed shard summary " + path);
  s.articles = articles;
  s.sentences = sentences;
  s.events = events;
  s.errors = errors;
  s.bad_records = bad != 0;
  return s;
}

Result<std::vector<dedupe::Signature>> ReadShardSignatures(const std::string& dir, uint32_t index) {
  const std::string path = ShardFiles(dir, index).signatures;
  auto bytes = ReadWhole(path);
  if (!bytes.ok()) return bytes.status();
  if (bytes->size() % sizeof(dedupe::Signature) != 0) return DataLoss("truncated signatures " + path);
  std::vector<dedupe::Signature> out(bytes->size() / sizeof(dedupe::Signature));
  if (!out.empty()) std::memcpy(out.data(), bytes->data(), bytes->size());
  return out;
}

}  // namespace dyad::scale
