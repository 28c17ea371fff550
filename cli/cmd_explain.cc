// dyad explain "SENTENCE..." [--date D]: how dyad codes a piece of text, step by step:
// each token with its tag, lemma, head and relation; the actor mentions with their codes;
// every predicate the verb dictionary knows, with the pattern that matched, the source
// and target tokens it found and what the clause rules did (or why it was dropped); then
// the events, in the native JSON Lines form.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "pipeline/coder.h"
#include "write/writer.h"

namespace dyad::cli {
namespace {

struct ExplainArgs {
  std::vector<std::string> text;
  std::string dict, date, models;
};

void RunExplain(const ExplainArgs& a) {
  auto fail = [](const Status& st) {
    std::fprintf(stderr, "dyad explain: %s\n", st.ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  };
  pipeline::CoderOptions options{.dict = a.dict, .models = a.models};
  std::optional<Date> date;
  if (!a.date.empty()) {
    date = Date::Parse(a.date);
    if (!date) fail(InvalidArgument("--date wants YYYY-MM-DD, got '" + a.date + "'"));
  }
  auto coder = pipeline::Coder::Load(options);
  if (!coder.ok()) fail(coder.status());
  std::string text;
  for (const std::string& t : a.text) text += (text.empty() ? "" : " ") + t;
  std::vector<code::Candidate> trace;
  auto coded = (*coder)->Explain(text, date, &trace);
  if (!coded.ok()) fail(coded.status());
  const Document& doc = coded->doc;
  std::string out = fmt::format("date {}  analysis {}\n", coded->date.ToString(), (*coder)->analysis_level());
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out += fmt::format("\nsentence {}: {}\n", si, doc.Text(s));
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      out += fmt::format("  {:>3} {:<16} {:<6} {:<14} {:>3} {}\n", t - s.token_begin + 1, doc.Form(tok),
                         UposName(tok.upos), doc.Lemma(tok), tok.head < 0 ? 0 : tok.head - s.token_begin + 1,
                         DeprelName(tok.deprel));
    }
    out += "  mentions:\n";
    for (const actors::Mention& m : coded->mentions) {
      if (m.sentence != si) continue;
      std::string codes;
      for (const std::string& c : m.codes) codes += (codes.empty() ? "" : ",") + c;
      out += fmt::format("    \"{}\" {} ({})\n", doc.text.substr(m.byte_begin, m.byte_end - m.byte_begin),
                         codes.empty() ? "-" : codes, actors::MentionKindName(m.kind));
    }
    out += "  predicates:\n";
    for (const code::Candidate& c : trace) {
      if (c.sentence != si) continue;
      auto word = [&](int32_t t) { return t < 0 ? std::string("-") : std::string(doc.Form(doc.tokens[t])); };
      out += fmt::format("    {} '{}': {} | source {} target {} | {}{}\n", c.noun ? "noun" : "verb", word(c.predicate),
                         c.pattern, word(c.source_token), word(c.target_token),
                         c.code.empty() ? "dropped" : "code " + c.code, c.note.empty() ? "" : " (" + c.note + ")");
    }
  }
  out += "\nevents:\n";
  for (const Event& e : coded->events) write::AppendJsonl(e, &out);
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

void AddExplainCommand(CLI::App& app) {
  auto args = std::make_shared<ExplainArgs>();
  auto* cmd = app.add_subcommand("explain", "Show how a sentence is coded: parse, mentions, patterns, events");
  cmd->add_option("text", args->text, "The text to code")->required();
  AddDictOption(cmd, &args->dict);
  cmd->add_option("--date", args->date, "The article date (YYYY-MM-DD; default today)");
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->callback([args] { RunExplain(*args); });
}

}  // namespace dyad::cli
