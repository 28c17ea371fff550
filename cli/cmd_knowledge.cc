// dyad knowledge FILES...: reads articles, analyses them (as `dyad mentions` does) and
// prints each article's knowledge record — persons, organisations, locations, themes and
// quotations with their speakers — one JSON Lines record per article (docs/knowledge.md).
// --format table prints the same as readable lines (one per person, organisation, place,
// theme and quotation); --format quotes one line per direct quotation (article, offsets,
// speaker words, the actor they resolve to, the quote), the listing the attribution
// check is made from. --db FILE also stores each article's knowledge in an event store
// (tables quotes, entities, article_themes), for `dyad query quotes|people|themes`. An
// article `dyad code` stored is left as it is (events included); one not stored yet is added
// without events. Code articles before storing their knowledge: a later `dyad code` of an
// article added here replaces its row, and with it these knowledge rows.
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "cli/commands.h"
#include "dict/load.h"
#include "extract/extract.h"
#include "knowledge/knowledge.h"
#include "parse/model_set.h"  // DefaultModelDir
#include "read/reader.h"
#include "resolve/gazetteer.h"
#include "store/knowledge_rows.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct KnowledgeArgs {
  std::vector<std::string> files;
  std::string dict, date, models, themes, input_format, format = "jsonl", db;
  int64_t first = -1;
};

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

Date Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::FromDays(days.time_since_epoch().count());
}

std::string QuoteLines(const knowledge::ArticleKnowledge& k, std::string_view id) {
  std::string out;
  for (const knowledge::Quotation& q : k.quotations) {
    if (q.quote.kind != knowledge::QuoteKind::kDirect) continue;
    out += fmt::format("{}\t{}-{}\t{}\t{}\t{}\t{}\n", id, q.quote.begin, q.quote.end,
                       q.has_speaker ? OneLine(q.speaker.text) : "-",
                       q.has_speaker ? OneLine(q.speaker.name) : "-",
                       q.has_speaker && !q.speaker.code.empty() ? q.speaker.code : "-", OneLine(q.text));
  }
  return out;
}

std::string SpanList(const std::vector<knowledge::Span>& spans) {
  std::string out;
  for (knowledge::Span s : spans) out += fmt::format("{}{}-{}", out.empty() ? "" : ",", s.begin, s.end);
  return out;
}

std::string Table(const knowledge::ArticleKnowledge& k, std::string_view id) {
  std::string out = fmt::format("# article {} date {}\n", id, k.date.ToString());
  auto entities = [&](std::string_view what, const std::vector<knowledge::Entity>& list) {
    for (const knowledge::Entity& e : list) {
      std::string roles;
      for (const std::string& r : e.roles) roles += (roles.empty() ? "" : "; ") + r;
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", what, e.name, e.code.empty() ? "-" : e.code, e.count(),
                         roles.empty() ? "-" : roles, SpanList(e.spans));
    }
  };
  entities("person", k.persons);
  entities("organisation", k.organisations);
  for (const knowledge::Place& p : k.locations)
    out += fmt::format("location\t{}\t{}\t{}\t{}\n", p.name, p.country, p.count(), SpanList(p.spans));
  for (const knowledge::ArticleTheme& t : k.themes) {
    std::string sentences;
    for (uint32_t s : t.sentences) sentences += fmt::format("{}s{}", sentences.empty() ? "" : ",", s);
    out += fmt::format("theme\t{}\t{}\t{}\t{}\n", t.code, t.label, t.count, sentences);
  }
  for (const knowledge::Quotation& q : k.quotations) {
    out += fmt::format("quote\t{}\t{}-{}\ts{}-s{}\t{}\t{}\t{}\t\"{}\"\n",
                       q.quote.kind == knowledge::QuoteKind::kDirect ? "direct" : "indirect", q.quote.begin,
                       q.quote.end, q.quote.sentence_first, q.quote.sentence_last,
                       q.has_speaker ? OneLine(q.speaker.text) : "-", q.has_speaker ? OneLine(q.speaker.name) : "-",
                       q.has_speaker && !q.speaker.code.empty() ? q.speaker.code : "-", OneLine(q.text));
  }
  return out;
}

void RunKnowledge(const KnowledgeArgs& a) {
  auto fail = [](const Status& st) {
    std::fprintf(stderr, "dyad knowledge: %s\n", st.ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  };
  if (a.format != "jsonl" && a.format != "table" && a.format != "quotes")
    fail(InvalidArgument("--format wants jsonl, table or quotes, got '" + a.format + "'"));
  auto dict = dict::Load(a.dict.empty() ? dict::DefaultDictSpec() : a.dict);
  if (!dict.ok()) fail(dict.status());
  auto themes = knowledge::Themes::Load(a.themes);
  if (!themes.ok()) fail(themes.status());
  auto gazetteer = resolve::Gazetteer::Load();
  if (!gazetteer.ok()) fail(gazetteer.status());
  std::optional<Date> fixed;
  if (!a.date.empty()) {
    fixed = Date::Parse(a.date);
    if (!fixed) fail(InvalidArgument("--date wants YYYY-MM-DD, got '" + a.date + "'"));
  }
  auto analyser = actors::Analyser::Load(a.models.empty() ? parse::DefaultModelDir() : a.models);
  if (!analyser.ok()) fail(analyser.status());
  std::optional<store::Store> db;
  if (!a.db.empty()) {
    auto opened = store::Store::Open(a.db, store::OpenMode::kReadWrite);
    if (!opened.ok()) fail(opened.status());
    db.emplace(std::move(*opened));
    if (Status b = db->BeginBatch(); !b.ok()) fail(b);
  }
  bool bad_records = false;
  auto on_error = [&](const read::RecordError& e) {
    bad_records = bad_records || e.status.code() != StatusCode::kUnsupported;
    std::fprintf(stderr, "dyad knowledge: %s\n", e.ToString().c_str());
  };
  int64_t seen = 0;
  Status st = read::ReadAll(
      a.files,
      [&](Article&& article) {
        if (a.first >= 0 && seen >= a.first) return;
        ++seen;
        std::string origin = article.origin.empty() ? article.id : article.origin;
        Result<Article> extracted = extract::Extract(std::move(article));
        if (!extracted.ok()) return on_error({origin, "", extracted.status()});
        const Date date = fixed ? *fixed : extracted->published ? *extracted->published : Today();
        const Document doc = analyser->Analyse(extracted->text);
        const auto mentions = actors::FindMentions(doc, **dict, date);
        const auto k = knowledge::Analyse(doc, mentions, **dict, date, &*themes, &*gazetteer);
        if (db) {
          // An article already stored (by `dyad code`) keeps its rows and events; only one
          // not stored yet is added, without events.
          Status s = store::AddKnowledge(db->db(), extracted->id, k);
          if (s.code() == StatusCode::kNotFound) {
            if (auto added = db->Add(*extracted, {}, {}); !added.ok()) return on_error({origin, "", added.status()});
            s = store::AddKnowledge(db->db(), extracted->id, k);
          }
          if (!s.ok()) fail(s);
        }
        std::string out = a.format == "quotes" ? QuoteLines(k, extracted->id)
                          : a.format == "table"  ? Table(k, extracted->id)
                                                 : knowledge::KnowledgeJson(k, extracted->id, extracted->url) + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
      },
      on_error, a.input_format);
  std::fflush(stdout);
  if (db) {
    if (Status c = db->Commit(); !c.ok()) fail(c);
  }
  if (!st.ok()) fail(st);
  if (bad_records) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddKnowledgeCommand(CLI::App& app) {
  auto args = std::make_shared<KnowledgeArgs>();
  auto* cmd = app.add_subcommand("knowledge", "Print each article's persons, organisations, places, themes and quotes");
  cmd->add_option("files", args->files, "Input files or directories ('-' for stdin)")->required();
  cmd->add_option("--dict", args->dict, "Dictionary SPEC (default: data/dict; see dyad dict --help)");
  cmd->add_option("--themes", args->themes,
                  "Theme dictionary: a .dict file in dyad's format or a PETRARCH issue file (default: data/themes)");
  cmd->add_option("--date", args->date, "Analyse every article as of this day (YYYY-MM-DD)");
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("--input-format", args->input_format, "Read every input as this format");
  cmd->add_option("--first", args->first, "Only the first N articles");
  cmd->add_option("--db", args->db, "Also store the knowledge in this event store (SQLite file)");
  cmd->add_option("--format", args->format,
                  "jsonl (one record per article), table (readable lines) or quotes (one line per direct quote)");
  cmd->callback([args] { RunKnowledge(*args); });
}

}  // namespace dyad::cli
