// dyad segment FILES...: reads articles (read::ReadAll), extracts their text
// (extract::Extract: HTML to text, scraped boilerplate removed) and writes their
// sentences and tokens (text::Segment) as JSON Lines, a CoNLL-U skeleton or plain
// text, or with --summary only the counts per input. A bad record is reported on
// stderr with its file, record and reason, and the run goes on; the exit status is 1
// when any record was bad.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "text/segmenter.h"

namespace dyad::cli {
namespace {

struct Counts {
  uint64_t articles = 0, sentences = 0, tokens = 0, errors = 0, skipped = 0;
  void Add(const Counts& o) {
    articles += o.articles, sentences += o.sentences, tokens += o.tokens;
    errors += o.errors, skipped += o.skipped;
  }
};

// Sentence text on one line: line breaks inside a sentence become spaces.
std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

class Writer {
 public:
  explicit Writer(std::string format) : format_(std::move(format)) {}
  ~Writer() { Flush(); }

  void Write(const Article& article, const Document& doc) {
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      if (format_ == "text") {
        buf_ += OneLine(doc.Text(s));
        buf_ += '\n';
      } else if (format_ == "conllu") {
        WriteConllu(article, doc, i);
      } else {
        WriteJson(article, doc, i);
      }
      if (buf_.size() > (1 << 16)) Flush();
    }
  }

  void Flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    buf_.clear();
  }

 private:
  void WriteConllu(const Article& article, const Document& doc, size_t i) {
    const Sentence& s = doc.sentences[i];
    if (i == 0) buf_ += fmt::format("# newdoc id = {}\n", article.id);
    if (i == 0 || doc.sentences[i - 1].paragraph != s.paragraph)
      buf_ += fmt::format("# newpar id = {}-p{}\n", article.id, s.paragraph + 1);
    buf_ += fmt::format("# sent_id = {}-{}\n# text = {}\n", article.id, i + 1, OneLine(doc.Text(s)));
    uint32_t n = 0;
    for (const Token& t : doc.TokensOf(s)) {
      bool last = &t == &doc.tokens[s.token_end - 1];
      buf_ += fmt::format("{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", ++n, doc.Form(t),
                          !t.space_after && !last ? "SpaceAfter=No" : "_");
    }
    buf_ += '\n';
  }

  void WriteJson(const Article& article, const Document& doc, size_t i) {
    const Sentence& s = doc.sentences[i];
    nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
    for (const Token& t : doc.TokensOf(s))
      tokens.push_back({{"form", doc.Form(t)}, {"begin", t.begin}, {"end", t.end}});
    nlohmann::ordered_json j = {{"article", article.id}, {"index", i},         {"begin", s.begin},
                        {"end", s.end},          {"paragraph", s.paragraph},
                        {"heading", s.heading},  {"text", doc.Text(s)}, {"tokens", std::move(tokens)}};
    buf_ += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    buf_ += '\n';
  }

  std::string format_;
  std::string buf_;
};

void PrintSummaryRow(std::string_view name, const Counts& c) {
  fmt::print("{:<40} {:>9} {:>10} {:>11} {:>7} {:>8}\n", name, c.articles, c.sentences, c.tokens,
             c.errors, c.skipped);
}

}  // namespace

void AddSegmentCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("segment", "Split articles into sentences and tokens");
  struct Options {
    std::vector<std::string> files;
    std::string format = "jsonl";
    std::string input_format;
    bool summary = false;
  };
  auto opt = std::make_shared<Options>();
  cmd->add_option("files", opt->files, "Input files or directories (- for stdin)")->required();
  cmd->add_option("--format", opt->format, "Output: jsonl (default), conllu or text")
      ->check(CLI::IsMember({"jsonl", "conllu", "text"}));
  cmd->add_option("--input-format", opt->input_format, "Read every input as this format (jsonl, text, html, ...)");
  cmd->add_flag("--summary", opt->summary, "Print only the counts per input and in total");
  cmd->callback([opt] {
    Writer writer(opt->format);
    std::vector<std::pair<std::string, Counts>> inputs;
    Counts total;
    bool opened_any = false;
    for (const std::string& path : opt->files) {
      Counts counts;
      // A file of no article format met in a directory walk (a README) is skipped
      // with a note; everything else is a bad record.
      auto on_error = [&](const read::RecordError& e) {
        bool skip = e.status.code() == StatusCode::kUnsupported;
        ++(skip ? counts.skipped : counts.errors);
        fmt::print(stderr, "dyad segment: {}{}\n", skip ? "note: " : "", e.ToString());
      };
      auto on_article = [&](Article&& article) {
        std::string origin = article.origin.empty() ? article.id : article.origin;
        Result<Article> extracted = extract::Extract(std::move(article));
        if (!extracted.ok()) return on_error({origin, "", extracted.status()});
        Document doc = text::Segment(extracted->text);
        ++counts.articles;
        counts.sentences += doc.sentences.size();
        counts.tokens += doc.tokens.size();
        if (!opt->summary) writer.Write(*extracted, doc);
      };
      Status st = read::ReadAll({path}, on_article, on_error, opt->input_format);
      if (st.ok()) {
        opened_any = true;
      } else if (counts.errors == 0) {  // not already reported through on_error
        ++counts.errors;
        fmt::print(stderr, "dyad segment: {}\n", st.ToString());
      }
      total.Add(counts);
      inputs.emplace_back(path, counts);
    }
    writer.Flush();
    if (opt->summary) {
      fmt::print("{:<40} {:>9} {:>10} {:>11} {:>7} {:>8}\n", "input", "articles", "sentences", "tokens",
                 "errors", "skipped");
      for (const auto& [path, c] : inputs) PrintSummaryRow(path, c);
      if (inputs.size() > 1) PrintSummaryRow("total", total);
    }
    std::fflush(stdout);
    if (!opened_any) throw CLI::RuntimeError(kExitFailure);
    if (total.errors > 0) throw CLI::RuntimeError(kExitBadRecords);
  });
}

}  // namespace dyad::cli
