// Tagging and parsing throughput on news text: the first 300 articles of
// ../shared/data/news/allsides/allsides-political-world.jsonl.gz, segmented by
// text::Segment once before timing. Reports tokens per second on one core for the
// tagger alone, the lemmatizer alone and the parser alone (each on tagged input) and
// tagger + lemmatizer + parser; the parser alone with each beam width (BM_ParseBeam/K);
// the accurate beam parser alone (BM_ParseAccurate); and the versions of the row adds
// against one another in one process (BM_RowAddVersions).
// Each run checks its output: every iteration must give the same checksum of tags and
// heads, and the trees must be plausible (one root per sentence, most tokens attached
// to a word near them), so a change that breaks the models cannot pass as a speed-up.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "news_texts.h"
#include "parse/model_set.h"
#include "tag/row_add.h"
#include "text/segmenter.h"
#include "util/data_path.h"

namespace {

using dyad::Document;

// Empty when ../shared (or $DYAD_SHARED) is absent; opening it then fails and the
// benchmark skips.
std::string CorpusPath() {
  std::string shared = dyad::SharedRoot();
  return shared.empty() ? std::string() : shared + "/data/news/allsides/allsides-political-world.jsonl.gz";
}

// Segmented documents, loaded once; empty when the corpus is absent.
const std::vector<Document>& Documents() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const std::string& text : dyad::bench::ReadNewsTexts(CorpusPath(), 300)) out.push_back(dyad::text::Segment(text));
    return out;
  }();
  return docs;
}

const dyad::parse::ModelSet* Models() {
  static const auto set = dyad::parse::ModelSet::Load(dyad::parse::DefaultModelDir());
  return set.ok() ? set->get() : nullptr;
}

// The accurate set (models/parser-beam.bin, decoded kAccurateBeam wide, with parser-vote.bin's
// vote), loaded only by BM_ParseAccurate; `vote` false: the beam model alone.
const dyad::parse::ModelSet* AccurateModels(bool vote) {
  static const auto voted =
      dyad::parse::ModelSet::Load(dyad::parse::DefaultModelDir(), 0, dyad::parse::ParserChoice::kAccurate);
  static const auto alone =
      dyad::parse::ModelSet::Load(dyad::parse::DefaultModelDir(), 0, dyad::parse::ParserChoice::kAccurate, 0.0f);
  const auto& set = vote ? voted : alone;
  return set.ok() ? set->get() : nullptr;
}

uint64_t Checksum(const Document& d) {
  uint64_t h = 0;
  for (const auto& t : d.tokens)
    h = h * 1000003 + static_cast<uint64_t>(t.upos) * 131 + t.xpos * 7 + (t.head + 1) * 31 + t.deprel;
  return h;
}

// A checksum of every token's lemma.
uint64_t LemmaChecksum(const Document& d) {
  uint64_t h = 0;
  for (const auto& t : d.tokens) {
    for (char c : d.Lemma(t)) h = h * 131 + static_cast<unsigned char>(c);
    h = h * 131 + 1;
  }
  return h;
}

// One root per sentence and at least half the tokens within 3 words of their head.
bool Plausible(const Document& d) {
  size_t near = 0;
  for (const auto& s : d.sentences) {
    int roots = 0;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const auto& t = d.tokens[i];
      if (t.head < 0) ++roots;
      else if (std::abs(t.head - static_cast<int>(i)) <= 3) ++near;
    }
    if (roots != 1) return false;
  }
  return 2 * near >= d.tokens.size();
}

enum class Stage { kTag, kLemmatize, kParse, kAll };

// `beam` above 0: the parser decodes with that beam width instead of its own.
void Run(benchmark::State& state, Stage stage, int beam = 0, bool accurate = false, bool vote = true) {
  const auto& docs = Documents();
  const auto* models = accurate ? AccurateModels(vote) : Models();
  if (docs.empty()) return state.SkipWithError("needs ../shared/data/news/allsides");
  if (!models) return state.SkipWithError("cannot load models/");
  std::optional<dyad::parse::Parser> wide;
  if (beam > 0) {
    wide = models->parser();
    wide->set_beam(beam);
  }
  const dyad::parse::Parser& parser = wide ? *wide : models->parser();
  const bool on_tags = stage == Stage::kParse || stage == Stage::kLemmatize;
  std::vector<Document> tagged;
  if (on_tags)
    for (const auto& d : docs) tagged.push_back(models->tagger().Tag(d));
  const auto& input = on_tags ? tagged : docs;
  uint64_t tokens = 0, first = 0;
  for (auto _ : state) {
    uint64_t sum = 0;
    tokens = 0;
    for (const Document& d : input) {
      Document out = stage == Stage::kTag         ? models->tagger().Tag(d)
                     : stage == Stage::kLemmatize ? models->lemmatizer().Lemmatize(d)
                     : stage == Stage::kParse     ? parser.Parse(d)
                                                  : models->Annotate(d);
      if ((stage == Stage::kParse || stage == Stage::kAll) && !Plausible(out))
        return state.SkipWithError("implausible parse");
      sum = sum * 31 + Checksum(out);
      if (stage == Stage::kLemmatize || stage == Stage::kAll) sum = sum * 31 + LemmaChecksum(out);
      tokens += out.tokens.size();
    }
    if (first == 0) first = sum;
    if (sum != first) return state.SkipWithError("output differs between iterations");
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * tokens), benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(tokens);
  // The outputs' checksum (mod a prime that a double holds exactly): builds that must give
  // the same tags, lemmas and trees show the same figure.
  state.counters["checksum"] = static_cast<double>(first % 1000000007);
  state.counters["articles"] = static_cast<double>(docs.size());
}

void BM_Tag(benchmark::State& state) { Run(state, Stage::kTag); }
void BM_Lemmatize(benchmark::State& state) { Run(state, Stage::kLemmatize); }
void BM_Parse(benchmark::State& state) { Run(state, Stage::kParse); }
void BM_TagLemmatizeParse(benchmark::State& state) { Run(state, Stage::kAll); }
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Lemmatize)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagLemmatizeParse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
void BM_ParseBeam(benchmark::State& state) {
  Run(state, Stage::kParse, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_ParseBeam)->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The accurate parser alone (`dyad parse --accurate`) on tagged input; /0 without the
// greedy parser's vote (`--greedy-weight 0`), /1 with it (as shipped).
void BM_ParseAccurate(benchmark::State& state) { Run(state, Stage::kParse, 0, true, state.range(0) != 0); }
BENCHMARK(BM_ParseAccurate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Tagging, lemmatizing and parsing with each version of the row adds this processor runs
// (tag::internal::SupportedRowAdds: plain loops, AVX2, AVX-512), taking turns document by
// document, each document once with every version a pass, so that the machine's changing
// load falls on all of them alike. Reports each version's CPU time a pass against the
// version dyad chooses ("<name>/chosen": 1.10 means a tenth slower), the ratio that a run
// of one binary after another cannot measure on a shared machine.
void BM_RowAddVersions(benchmark::State& state) {
  const auto& docs = Documents();
  const auto* models = Models();
  if (docs.empty()) return state.SkipWithError("needs ../shared/data/news/allsides");
  if (!models) return state.SkipWithError("cannot load models/");
  const std::vector<dyad::tag::RowAdds> versions = dyad::tag::internal::SupportedRowAdds();
  const size_t nv = versions.size();
  std::vector<double> seconds(nv, 0.0);
  for (auto _ : state) {
    for (size_t turn = 0; turn < nv; ++turn)
      for (size_t i = 0; i < docs.size(); ++i) {
        const size_t v = (i + turn) % nv;
        dyad::tag::internal::UseRowAdds(versions[v]);
        const std::clock_t cpu = std::clock();
        Document out = models->Annotate(docs[i]);
        benchmark::DoNotOptimize(out);
        seconds[v] += static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
      }
  }
  dyad::tag::internal::UseRowAdds(versions.back());
  for (size_t v = 0; v < nv; ++v)
    state.counters[std::string(versions[v].name) + "/chosen"] = seconds[v] / seconds.back();
}
BENCHMARK(BM_RowAddVersions)->Unit(benchmark::kMillisecond)->MinTime(10.0);

void BM_LoadModels(benchmark::State& state) {
  for (auto _ : state) {
    auto set = dyad::parse::ModelSet::Load(dyad::parse::DefaultModelDir());
    if (!set.ok()) return state.SkipWithError("cannot load models/");
    benchmark::DoNotOptimize(set);
  }
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond)->UseRealTime();  // loads on two threads

}  // namespace

BENCHMARK_MAIN();
