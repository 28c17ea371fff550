// dyad parse FILES...: reads articles, segments them, tags, lemmatizes and parses every
// sentence, and writes CoNLL-U to standard output (one "newdoc" per article, one
// "sent_id" per sentence, SpaceAfter=No where the text has no space after a token).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "parse/model_set.h"
#include "read/reader.h"
#include "tag/conllu.h"
#include "text/segmenter.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string models, format;
  int beam = 0;
  bool accurate = false;
  float greedy_weight = parse::kAccurateGreedyWeight;
};

// The CoNLL-U sentence for sentence `si` of an annotated document.
tag::ConlluSentence ToConllu(const Document& doc, size_t si, const std::string& article_id) {
  const Sentence& s = doc.sentences[si];
  tag::ConlluSentence out;
  if (si == 0) out.comments.push_back("newdoc id = " + article_id);
  out.comments.push_back("sent_id = " + article_id + "-" + std::to_string(si + 1));
  std::string text(doc.Text(s));
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out.comments.push_back("text = " + text);
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    tag::Word w;
    w.form = doc.Form(tok);
    w.lemma = doc.Lemma(tok);
    w.upos = UposName(tok.upos);
    w.xpos = XposName(tok.xpos);
    w.head = tok.head < 0 ? 0 : tok.head - static_cast<int>(s.token_begin) + 1;
    w.deprel = DeprelName(tok.deprel);
    if (!tok.space_after) w.misc = "SpaceAfter=No";
    out.words.push_back(std::move(w));
  }
  return out;
}

void RunParse(const ParseArgs& a) {
  auto set = parse::ModelSet::Load(a.models.empty() ? parse::DefaultModelDir() : a.models, a.beam,
                                     a.accurate ? parse::ParserChoice::kAccurate : parse::ParserChoice::kFast,
                                     a.greedy_weight);
  if (!set.ok()) {
    std::fprintf(stderr, "dyad parse: %s\n", set.status().ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  }
  bool bad_records = false;
  std::string out;
  Status st = read::ReadAll(
      a.inputs,
      [&](Article&& article) {
        Document doc = (*set)->Annotate(text::Segment(article.text));
        out.clear();
        for (size_t si = 0; si < doc.sentences.size(); ++si)
          tag::WriteConllu(ToConllu(doc, si, article.id), &out);
        std::fwrite(out.data(), 1, out.size(), stdout);
      },
      [&](const read::RecordError& e) {
        bad_records = true;
        std::fprintf(stderr, "dyad parse: %s\n", e.ToString().c_str());
      },
      a.format);
  if (!st.ok()) {
    std::fprintf(stderr, "dyad parse: %s\n", st.ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  }
  if (bad_records) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddAccurateOptions(CLI::App* cmd, bool* accurate, float* greedy_weight) {
  cmd->add_flag("--accurate", *accurate,
                "Parse with the beam parser (models/parser-beam.bin) and the vote of a greedy parser of its "
                "own (models/parser-vote.bin): about 1.5 UAS and LAS points more on EWT test, many times slower");
  cmd->add_option("--greedy-weight", *greedy_weight,
                  "With --accurate: weight of the greedy parser's move scores beside the beam model's "
                  "(default 0.4, chosen on EWT dev; 0: the beam model alone)")
      ->check(CLI::Range(0.0f, 100.0f));
}

void AddParseCommand(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  auto* cmd = app.add_subcommand("parse", "Tag, lemmatize and parse articles; write CoNLL-U");
  cmd->add_option("inputs", args->inputs, "Input files or directories ('-' for stdin)")
      ->required();
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("--beam", args->beam, "Parser beam width (default: the model's own)")
      ->check(CLI::Range(1, 1024));
  AddAccurateOptions(cmd, &args->accurate, &args->greedy_weight);
  cmd->add_option("--format", args->format, "Input format (default: detected)");
  cmd->callback([args] { RunParse(*args); });
}

}  // namespace dyad::cli
