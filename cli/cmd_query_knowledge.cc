// quotes: every quotation of an actor (code prefix) or a named speaker in a period, newest
// first, with its article, date and offsets. people: the persons and organisations named
// most often (--places adds places). themes: the articles on a theme, optionally naming a
// country. Output is JSON Lines, or --format table for tab-separated lines with a header.
#include "cli/cmd_query_knowledge.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "store/knowledge_rows.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

using Json = nlohmann::ordered_json;

struct Extra {
  std::string name, theme;
  bool places = false;
};

[[noreturn]] void Fail(const Status& s) {
  std::fprintf(stderr, "dyad query: %s\n", s.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::optional<Date> Day(const char* flag, const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::optional<Date> d = Date::Parse(text);
  if (!d) Fail(InvalidArgument(std::string(flag) + ": malformed date '" + text + "' (use YYYY-MM-DD)"));
  return d;
}

store::KnowledgeFilter Filter(const KnowledgeQueryInputs& in, const Extra& x) {
  store::KnowledgeFilter f;
  f.actor = Upper(*in.actor);
  f.country = Upper(*in.country);
  f.name = x.name;
  f.theme = Upper(x.theme);
  f.from = Day("--from", *in.from);
  f.to = Day("--to", *in.to);
  if (*in.limit >= 0) f.limit = *in.limit;
  return f;
}

bool Table(const KnowledgeQueryInputs& in) {
  if (*in.format == "table") return true;
  if (in.format->empty() || *in.format == "jsonl") return false;
  Fail(InvalidArgument("quotes, people and themes print jsonl or table, not '" + *in.format + "'"));
}

void Print(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

void Run(const KnowledgeQueryInputs& in, const Extra& x, const std::string& what) {
  const store::KnowledgeFilter f = Filter(in, x);
  const bool table = Table(in);
  Result<store::Store> s = store::Store::Open(*in.db, store::OpenMode::kReadOnly);
  if (!s.ok()) Fail(s.status());
  if (what == "quotes") {
    auto rows = store::QueryQuotes(s->db(), f);
    if (!rows.ok()) Fail(rows.status());
    if (table) Print("date\tarticle\tspan\tspeaker\tcode\tkind\ttext");
    for (const store::StoredQuote& q : *rows) {
      if (table) {
        std::string text = q.text;
        for (char& c : text) c = c == '\n' || c == '\t' ? ' ' : c;
        Print(q.date + "\t" + q.article_id + "\t" + std::to_string(q.begin) + "-" + std::to_string(q.end) + "\t" +
              (q.speaker_name.empty() ? "-" : q.speaker_name) + "\t" + (q.speaker_code.empty() ? "-" : q.speaker_code) +
              "\t" + q.kind + "\t" + text);
        continue;
      }
      Print(Dump(Json{{"date", q.date}, {"article_id", q.article_id}, {"kind", q.kind}, {"text", q.text},
                      {"begin", q.begin}, {"end", q.end}, {"sentences", {q.sentence_first, q.sentence_last}},
                      {"speaker", q.speaker_name.empty() ? Json() : Json(q.speaker_name)},
                      {"speaker_text", q.speaker_text.empty() ? Json() : Json(q.speaker_text)},
                      {"code", q.speaker_code.empty() ? Json() : Json(q.speaker_code)}}));
    }
  } else if (what == "people") {
    auto rows = store::QueryPeople(s->db(), f, x.places);
    if (!rows.ok()) Fail(rows.status());
    if (table) Print("kind\tname\tcode\tarticles\tmentions\tfirst\tlast");
    for (const store::StoredEntity& e : *rows) {
      if (table) {
        Print(e.kind + "\t" + e.name + "\t" + (e.code.empty() ? "-" : e.code) + "\t" + std::to_string(e.articles) +
              "\t" + std::to_string(e.mentions) + "\t" + e.first_date + "\t" + e.last_date);
        continue;
      }
      Print(Dump(Json{{"kind", e.kind}, {"name", e.name}, {"code", e.code.empty() ? Json() : Json(e.code)},
                      {"articles", e.articles}, {"mentions", e.mentions}, {"first", e.first_date},
                      {"last", e.last_date}}));
    }
  } else {
    auto rows = store::QueryThemes(s->db(), f);
    if (!rows.ok()) Fail(rows.status());
    if (table) Print("date\tarticle\ttheme\tcount\ttitle");
    for (const store::StoredTheme& t : *rows) {
      if (table) {
        Print(t.date + "\t" + t.article_id + "\t" + t.theme + "\t" + std::to_string(t.count) + "\t" + t.title);
        continue;
      }
      Print(Dump(Json{{"date", t.date}, {"article_id", t.article_id}, {"title", t.title}, {"theme", t.theme},
                      {"label", t.label}, {"count", t.count}}));
    }
  }
  std::fflush(stdout);
}

}  // namespace

void AddQueryKnowledgeCommands(CLI::App* query, const KnowledgeQueryInputs& in) {
  auto x = std::make_shared<Extra>();
  auto* quotes = query->add_subcommand("quotes", "quotations by speaker (--actor code prefix, --name), newest first");
  quotes->add_option("--name", x->name, "the speaker's name as stored, e.g. \"Sergei Shoigu\"");
  quotes->callback([in, x] { Run(in, *x, "quotes"); });
  auto* people = query->add_subcommand("people", "persons and organisations named in most articles");
  people->add_option("--name", x->name, "one name, e.g. \"UN Security Council\"");
  people->add_flag("--places", x->places, "places too");
  people->callback([in, x] { Run(in, *x, "people"); });
  auto* themes = query->add_subcommand("themes", "articles on a theme (--theme CODE), optionally naming --country");
  themes->add_option("--theme", x->theme, "theme code, e.g. SANCTIONS (data/themes/themes.dict)");
  themes->callback([in, x] { Run(in, *x, "themes"); });
}

}  // namespace dyad::cli
