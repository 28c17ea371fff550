// dyad query --db FILE events|timeline|dyads|actors|export [filters]: reads the event
// store. Filters are shared by every verb; output is JSON Lines unless --format says csv
// or table (export: any event format). Bad filters exit 2 with a message on stderr.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/cmd_query_knowledge.h"
#include "cli/commands.h"
#include "store/export.h"
#include "store/query.h"
#include "write/writer.h"

namespace dyad::cli {
namespace {

using Json = nlohmann::ordered_json;

struct QueryOptions {
  std::string db;
  std::string actor, actor_role = "either", country, country_role = "either", dyad;
  bool directed = false;
  std::string cameo, root, from, to, place, text;
  int quad = 0;
  int limit = -1;  // per-verb default
  int64_t offset = 0;
  std::string cursor, period = "month", format;
  bool by_quad = false;
};

[[noreturn]] void Fail(const Status& s) {
  std::fprintf(stderr, "dyad query: %s\n", s.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

void Check(const Status& s) {
  if (!s.ok()) Fail(s);
}

store::Role ParseRole(const std::string& name) {
  if (name == "source") return store::Role::kSource;
  if (name == "target") return store::Role::kTarget;
  if (name == "either") return store::Role::kEither;
  Fail(InvalidArgument("unknown role '" + name + "' (choose source, target or either)"));
}

std::optional<Date> ParseDay(const std::string& flag, const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::optional<Date> d = Date::Parse(text);
  if (!d) Fail(InvalidArgument(flag + ": malformed date '" + text + "' (use YYYY-MM-DD)"));
  return d;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

store::EventFilter BuildFilter(const QueryOptions& o) {
  store::EventFilter f;
  f.actor = Upper(o.actor);
  f.actor_role = ParseRole(o.actor_role);
  f.country = Upper(o.country);
  f.country_role = ParseRole(o.country_role);
  if (!o.dyad.empty()) {
    size_t comma = o.dyad.find(',');
    if (comma == std::string::npos) Fail(InvalidArgument("--dyad wants two codes: A,B"));
    f.dyad_a = Upper(o.dyad.substr(0, comma));
    f.dyad_b = Upper(o.dyad.substr(comma + 1));
    if (f.dyad_a.empty() || f.dyad_b.empty()) Fail(InvalidArgument("--dyad wants two codes: A,B"));
  }
  f.dyad_directed = o.directed;
  f.cameo = o.cameo;
  f.root = o.root;
  f.quad_class = o.quad;
  f.from = ParseDay("--from", o.from);
  f.to = ParseDay("--to", o.to);
  f.place_country = Upper(o.place);
  f.text = o.text;
  Check(store::Validate(f));
  return f;
}

store::Store OpenStore(const QueryOptions& o) {
  Result<store::Store> s = store::Store::Open(o.db, store::OpenMode::kReadOnly);
  if (!s.ok()) Fail(s.status());
  return std::move(s).value();
}

enum class Out { kJsonl, kCsv, kTable };

Out ParseOut(const std::string& name) {
  if (name.empty() || name == "jsonl" || name == "json") return Out::kJsonl;
  if (name == "csv") return Out::kCsv;
  if (name == "table") return Out::kTable;
  Fail(InvalidArgument("unknown output format '" + name + "' (choose jsonl, csv or table)"));
}

// Prints rows of cells: as CSV lines, or as a table padded to each column's width.
void PrintRows(Out out, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::string buf;
  if (out == Out::kCsv) {
    auto line = [&buf](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i) buf += ',';
        bool quote = cells[i].find_first_of(",\"\n") != std::string::npos;
        if (!quote) { buf += cells[i]; continue; }
        buf += '"';
        for (char c : cells[i]) buf += c == '"' ? std::string("\"\"") : std::string(1, c);
        buf += '"';
      }
      buf += '\n';
    };
    line(header);
    for (const auto& r : rows) line(r);
  } else {
    std::vector<size_t> width(header.size());
    for (size_t i = 0; i < header.size(); ++i) width[i] = header[i].size();
    for (const auto& r : rows)
      for (size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], r[i].size());
    auto line = [&](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < cells.size(); ++i) {
        buf += cells[i];
        if (i + 1 < cells.size()) buf += std::string(width[i] - cells[i].size() + 2, ' ');
      }
      buf += '\n';
    };
    line(header);
    for (const auto& r : rows) line(r);
  }
  std::fwrite(buf.data(), 1, buf.size(), stdout);
}

std::string Num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

void PrintJson(const Json& j) {
  std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
}

void RunEvents(const QueryOptions& o) {
  store::EventFilter f = BuildFilter(o);
  Out out = ParseOut(o.format);
  store::Store s = OpenStore(o);
  store::Page page{.limit = o.limit < 0 ? 100 : o.limit, .offset = o.offset, .cursor = o.cursor};
  Result<store::EventPage> r = store::QueryEvents(s, f, page);
  if (!r.ok()) Fail(r.status());
  std::string buf;
  if (out == Out::kJsonl) {
    for (const Event& e : r->events) write::AppendJsonl(e, &buf);
    std::fwrite(buf.data(), 1, buf.size(), stdout);
  } else if (out == Out::kCsv) {
    buf = store::CsvHeader();
    for (const Event& e : r->events) store::AppendCsv(e, &buf);
    std::fwrite(buf.data(), 1, buf.size(), stdout);
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const Event& e : r->events) {
      std::string sentence = e.sentence.size() > 70 ? e.sentence.substr(0, 67) + "..." : e.sentence;
      rows.push_back({e.date.ToString(), e.source.code, e.target.code, e.cameo, std::to_string(e.quad_class),
                      Num(e.goldstein), e.event_id, sentence});
    }
    PrintRows(out, {"date", "source", "target", "cameo", "quad", "goldstein", "event_id", "sentence"}, rows);
  }
  std::fflush(stdout);
  if (!r->next_cursor.empty()) std::fprintf(stderr, "dyad query: next page: --cursor %s\n", r->next_cursor.c_str());
}

void RunTimeline(const QueryOptions& o) {
  store::EventFilter f = BuildFilter(o);
  Out out = ParseOut(o.format);
  Result<store::Bucket> bucket = store::ParseBucket(o.period);
  if (!bucket.ok()) Fail(bucket.status());
  store::Store s = OpenStore(o);
  Result<std::vector<store::TimelinePoint>> t = store::Timeline(s, f, *bucket, o.by_quad);
  if (!t.ok()) Fail(t.status());
  std::vector<std::vector<std::string>> rows;
  for (const store::TimelinePoint& p : *t) {
    if (out == Out::kJsonl) {
      Json j;
      j["period"] = p.period;
      if (o.by_quad) j["quad_class"] = p.quad_class;
      j["events"] = p.events;
      j["goldstein"] = p.goldstein_sum;
      PrintJson(j);
      continue;
    }
    std::vector<std::string> row = {p.period};
    if (o.by_quad) row.push_back(std::to_string(p.quad_class));
    row.push_back(std::to_string(p.events));
    row.push_back(Num(p.goldstein_sum));
    rows.push_back(std::move(row));
  }
  if (out != Out::kJsonl) {
    std::vector<std::string> header = {"period"};
    if (o.by_quad) header.push_back("quad_class");
    header.push_back("events");
    header.push_back("goldstein");
    PrintRows(out, header, rows);
  }
}

void RunDyads(const QueryOptions& o) {
  store::EventFilter f = BuildFilter(o);
  Out out = ParseOut(o.format);
  store::Store s = OpenStore(o);
  Result<std::vector<store::DyadCount>> d = store::TopDyads(s, f, o.limit < 0 ? 20 : o.limit);
  if (!d.ok()) Fail(d.status());
  std::vector<std::vector<std::string>> rows;
  for (const store::DyadCount& c : *d) {
    if (out == Out::kJsonl) {
      PrintJson(Json{{"source", c.source}, {"target", c.target}, {"events", c.events}, {"goldstein", c.goldstein_sum}});
    } else {
      rows.push_back({c.source, c.target, std::to_string(c.events), Num(c.goldstein_sum)});
    }
  }
  if (out != Out::kJsonl) PrintRows(out, {"source", "target", "events", "goldstein"}, rows);
}

void RunActors(const QueryOptions& o) {
  store::EventFilter f = BuildFilter(o);
  Out out = ParseOut(o.format);
  store::Store s = OpenStore(o);
  Result<std::vector<store::ActorCount>> a = store::TopActors(s, f, o.limit < 0 ? 20 : o.limit);
  if (!a.ok()) Fail(a.status());
  std::vector<std::vector<std::string>> rows;
  for (const store::ActorCount& c : *a) {
    if (out == Out::kJsonl) {
      PrintJson(Json{{"code", c.code}, {"events", c.total()}, {"as_source", c.as_source}, {"as_target", c.as_target}});
    } else {
      rows.push_back({c.code, std::to_string(c.total()), std::to_string(c.as_source), std::to_string(c.as_target)});
    }
  }
  if (out != Out::kJsonl) PrintRows(out, {"code", "events", "as_source", "as_target"}, rows);
}

void RunExport(const QueryOptions& o) {
  store::EventFilter f = BuildFilter(o);
  store::Store s = OpenStore(o);
  Status st = store::ExportEvents(s, f, o.format.empty() ? "jsonl" : o.format, [](std::string_view chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), stdout) != chunk.size()) return IoError("cannot write to stdout");
    return Status::Ok();
  });
  std::fflush(stdout);
  Check(st);
}

}  // namespace

void AddQueryCommand(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  auto* cmd = app.add_subcommand("query", "Query an event store: events, timelines, top dyads and actors, export");
  cmd->add_option("--db", o->db, "the store (SQLite file)")->required();
  cmd->add_option("--actor", o->actor, "actor code prefix: USA matches USA, USAGOV, USAMIL...");
  cmd->add_option("--actor-role", o->actor_role, "source, target or either (default)");
  cmd->add_option("--country", o->country, "actor's state, ISO 3166 alpha-3");
  cmd->add_option("--country-role", o->country_role, "source, target or either (default)");
  cmd->add_option("--dyad", o->dyad, "A,B: events between actor prefixes A and B");
  cmd->add_flag("--directed", o->directed, "--dyad only from A to B");
  cmd->add_option("--cameo", o->cameo, "event code, e.g. 042");
  cmd->add_option("--root", o->root, "event root code, e.g. 19");
  cmd->add_option("--quad", o->quad, "QuadClass 1-4");
  cmd->add_option("--from", o->from, "first day, YYYY-MM-DD");
  cmd->add_option("--to", o->to, "last day, YYYY-MM-DD");
  cmd->add_option("--place", o->place, "country of the event's location, ISO 3166 alpha-3");
  cmd->add_option("--text", o->text, "full-text query over the event's sentence (FTS5 syntax)");
  cmd->add_option("--limit", o->limit, "rows (events: 100, dyads/actors: 20; at most 10000)");
  cmd->add_option("--offset", o->offset, "events: rows to skip");
  cmd->add_option("--cursor", o->cursor, "events: continue after the page that printed this cursor");
  cmd->add_option("--period", o->period, "timeline: day, week or month (default)");
  cmd->add_flag("--by-quad", o->by_quad, "timeline: one row per period and QuadClass");
  cmd->add_option("--format", o->format,
                  "jsonl (default), csv or table; export: jsonl, csv, petr, phoenix, gdelt or plover");
  cmd->require_subcommand(1);
  cmd->add_subcommand("events", "events matching the filters, by date")->callback([o] { RunEvents(*o); });
  cmd->add_subcommand("timeline", "event counts and Goldstein sums per period")->callback([o] { RunTimeline(*o); });
  cmd->add_subcommand("dyads", "directed dyads with most events")->callback([o] { RunDyads(*o); });
  cmd->add_subcommand("actors", "actors taking part in most events")->callback([o] { RunActors(*o); });
  cmd->add_subcommand("export", "every matching event in an output format")->callback([o] { RunExport(*o); });
  AddQueryKnowledgeCommands(cmd, {&o->db, &o->actor, &o->country, &o->from, &o->to, &o->limit, &o->format});
}

}  // namespace dyad::cli
