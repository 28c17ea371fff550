// dyad mentions FILES...: reads articles, extracts and analyses their text (segmenter,
// then tagger, lemmatizer and parser as far as models are installed) and prints every
// actor mention: where it is, its code(s) on the article date, its kind, and how it was
// resolved (the dictionary phrase, the composition, the mentions a reference points to,
// the parts of a compound). --unknown adds noun phrases that behave like actors but
// match no dictionary entry. The date is --date, else the article's own, else today.
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "cli/commands.h"
#include "dict/load.h"
#include "extract/extract.h"
#include "parse/model_set.h"  // DefaultModelDir
#include "read/reader.h"

namespace dyad::cli {
namespace {

struct MentionsArgs {
  std::vector<std::string> files;
  std::string dict, date, models, input_format;
  bool unknown = false;
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

std::string Describe(const Document& doc, const std::vector<actors::Mention>& all, const actors::Mention& m) {
  auto quoted = [&](uint32_t i) {
    const actors::Mention& a = all[i];
    return fmt::format("\"{}\"@s{}", OneLine(std::string_view(doc.text).substr(a.byte_begin, a.byte_end - a.byte_begin)),
                       a.sentence);
  };
  std::string out(actors::ResolutionName(m.how));
  if (!m.phrase.empty()) out += fmt::format(" \"{}\"", m.phrase);
  const auto& links = m.how == actors::Resolution::kCompound ? m.parts : m.antecedents;
  for (size_t k = 0; k < links.size(); ++k) out += (k == 0 ? " -> " : " + ") + quoted(links[k]);
  return out;
}

void RunMentions(const MentionsArgs& a) {
  auto fail = [](const Status& st) {
    std::fprintf(stderr, "dyad mentions: %s\n", st.ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  };
  auto dict = dict::Load(a.dict.empty() ? dict::DefaultDictSpec() : a.dict);
  if (!dict.ok()) fail(dict.status());
  std::optional<Date> fixed;
  if (!a.date.empty()) {
    fixed = Date::Parse(a.date);
    if (!fixed) fail(InvalidArgument("--date wants YYYY-MM-DD, got '" + a.date + "'"));
  }
  auto analyser = actors::Analyser::Load(a.models.empty() ? parse::DefaultModelDir() : a.models);
  if (!analyser.ok()) fail(analyser.status());
  bool bad_records = false;
  auto on_error = [&](const read::RecordError& e) {
    bad_records = bad_records || e.status.code() != StatusCode::kUnsupported;
    std::fprintf(stderr, "dyad mentions: %s\n", e.ToString().c_str());
  };
  std::string out;
  Status st = read::ReadAll(
      a.files,
      [&](Article&& article) {
        std::string origin = article.origin.empty() ? article.id : article.origin;
        Result<Article> extracted = extract::Extract(std::move(article));
        if (!extracted.ok()) return on_error({origin, "", extracted.status()});
        const Date date = fixed ? *fixed : extracted->published ? *extracted->published : Today();
        const Document doc = analyser->Analyse(extracted->text);
        const auto mentions = actors::FindMentions(doc, **dict, date, {.unknown = a.unknown});
        out = fmt::format("# article {} date {} analysis {}\n", extracted->id, date.ToString(), analyser->level());
        for (size_t i = 0; i < mentions.size(); ++i) {
          const actors::Mention& m = mentions[i];
          std::string codes;
          for (const std::string& c : m.codes) codes += (codes.empty() ? "" : ",") + c;
          out += fmt::format("{}\ts{}\t{}-{}\t\"{}\"\t{}\t{}\t{}\n", i, m.sentence, m.byte_begin, m.byte_end,
                             OneLine(std::string_view(doc.text).substr(m.byte_begin, m.byte_end - m.byte_begin)),
                             codes.empty() ? "-" : codes, actors::MentionKindName(m.kind), Describe(doc, mentions, m));
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
      },
      on_error, a.input_format);
  std::fflush(stdout);
  if (!st.ok()) fail(st);
  if (bad_records) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddMentionsCommand(CLI::App& app) {
  auto args = std::make_shared<MentionsArgs>();
  auto* cmd = app.add_subcommand("mentions", "Print the actor mentions of articles with their codes");
  cmd->add_option("files", args->files, "Input files or directories ('-' for stdin)")->required();
  cmd->add_option("--dict", args->dict, "Dictionary SPEC (default: data/dict; see dyad dict --help)");
  cmd->add_option("--date", args->date, "Code every article as of this day (YYYY-MM-DD)");
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("--input-format", args->input_format, "Read every input as this format");
  cmd->add_flag("--unknown", args->unknown, "Also print noun phrases that act like actors but match no entry");
  cmd->callback([args] { RunMentions(*args); });
}

}  // namespace dyad::cli
