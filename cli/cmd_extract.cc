// dyad extract FILE...: reads articles with the reader registry (HTML pages, WARC
// archives, feeds, JSON Lines, text), runs extraction on each and prints one JSON object
// per article: id, url, title, date, byline, language, text.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "extract/extract.h"
#include "read/reader.h"

namespace dyad::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format;
  bool removed = false;
  std::vector<std::string> fields;  // empty: all
};

// For --removed: what extraction took away from a plain-text article, as the non-blank
// lines of the input that are blank or absent in the output.
nlohmann::json Removed(const std::string& id, std::string_view before, std::string_view after) {
  nlohmann::json lines = nlohmann::json::array();
  size_t pos = 0;
  while (pos < before.size()) {
    size_t nl = before.find('\n', pos);
    size_t end = nl == std::string_view::npos ? before.size() : nl;
    std::string_view line = before.substr(pos, end - pos);
    bool kept = end <= after.size() && after.substr(pos, end - pos) == line;
    if (!kept && line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line);
    pos = end + 1;
  }
  return {{"id", id}, {"bytes_in", before.size()}, {"bytes_kept", after.size()}, {"removed", lines}};
}

nlohmann::json ToJson(const Article& a) {
  nlohmann::json j;
  j["id"] = a.id;
  j["url"] = a.url.empty() ? nlohmann::json() : nlohmann::json(a.url);
  j["title"] = a.title.empty() ? nlohmann::json() : nlohmann::json(a.title);
  j["date"] = a.published ? nlohmann::json(a.published->ToString()) : nlohmann::json();
  j["byline"] = a.byline.empty() ? nlohmann::json() : nlohmann::json(a.byline);
  j["language"] = a.language.empty() ? nlohmann::json() : nlohmann::json(a.language);
  j["text"] = a.text;
  return j;
}

nlohmann::json ToJson(const Article& a, const std::vector<std::string>& fields) {
  nlohmann::json all = ToJson(a);
  if (fields.empty()) return all;
  nlohmann::json j = nlohmann::json::object();
  for (const std::string& f : fields) {
    if (all.contains(f)) j[f] = all[f];
  }
  return j;
}

void Run(const ExtractOptions& o) {
  size_t bad = 0;
  auto on_error = [&bad](const read::RecordError& e) {
    ++bad;
    std::fprintf(stderr, "dyad extract: %s\n", e.ToString().c_str());
  };
  auto on_article = [&](Article&& article) {
    std::string origin = article.origin.empty() ? article.id : article.origin;
    std::string before = o.removed && article.content_type == ContentType::kText ? article.text : "";
    Result<Article> out = extract::Extract(std::move(article));
    if (!out.ok()) {
      ++bad;
      std::fprintf(stderr, "dyad extract: %s: %s\n", origin.c_str(), out.status().ToString().c_str());
      return;
    }
    nlohmann::json j = o.removed ? Removed(out->id, before, out->text) : ToJson(*out, o.fields);
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  };
  Status s = read::ReadAll(o.inputs, on_article, on_error, o.format);
  std::cout.flush();
  if (!s.ok()) throw CLI::RuntimeError("dyad extract: " + s.ToString(), kExitFailure);
  if (bad > 0) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto opts = std::make_shared<ExtractOptions>();
  auto* cmd = app.add_subcommand("extract",
                                 "Print each article's main text, title, date, byline (JSON Lines)");
  cmd->add_option("inputs", opts->inputs, "files or directories; - for stdin")->required();
  cmd->add_option("--format", opts->format, "force an input format (html, warc, rss, atom, text, ...)");
  cmd->add_option("--fields", opts->fields, "print only these fields (id,url,title,date,byline,language,text)")
      ->delimiter(',')
      ->check(CLI::IsMember({"id", "url", "title", "date", "byline", "language", "text"}));
  cmd->add_flag("--removed", opts->removed,
                "for plain text, print the boilerplate lines removed instead of the article");
  cmd->callback([opts] { Run(*opts); });
}

}  // namespace dyad::cli
