// Speed ratchets. A time measured on a shared machine says as much about the machine as about
// dyad, so each figure here is a ratio within one process: the work dyad does per second of
// its own CPU time, divided by the rate of a fixed reference computation timed in between,
// on the same core and in the same state of the machine. Two figures, each with a floor under
// what it reached (docs/PERFORMANCE.md, "Speed ratchets"):
//   - tagging, lemmas and parsing (parse::ModelSet::Annotate) of the first 100 articles of
//     ../shared/data/news/allsides/allsides-political-world.jsonl.gz, in tokens;
//   - the whole coding job with dyad's dictionaries (pipeline::Coder::Code) on the first 100
//     articles of ../shared/data/news/allsides/sample-200.jsonl, in sentences.
// Each workload runs three times with the reference between runs, and the fastest of each is
// compared, since noise only ever slows a run down. The floors sit a quarter under the
// figures measured (which move by up to 7 % with another process busy on the other core),
// so that the machine's noise does not fail the test while a change that costs that much
// does; raise them when a change raises the figures. Skips, visibly, without ../shared.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "news_texts.h"
#include "parse/model_set.h"
#include "pipeline/coder.h"
#include "tag/perceptron.h"
#include "text/segmenter.h"
#include "util/data_path.h"

namespace {

// Floors, in units of work per reference run (see Ratio): three quarters of the medians
// measured on 2026-12-01 with the lean parser (15,620 tokens and 512 sentences), the
// tokens' raised to three quarters of the least of four runs with the cheaper feature keys
// of 2026-12-02 (16,341-17,196 tokens; docs/PERFORMANCE.md).
constexpr double kTagParseFloor = 12250;
constexpr double kCodeFloor = 384;

double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// The reference: a fixed amount of the two kinds of work that dyad's time goes to, written
// apart from dyad's stages (its one borrowing, tag::Mix, which combines atoms such as word
// pairs and ambiguity classes inside feature keys, cannot change without retraining every
// model). Dependent reads scattered over an 8 MB table, more than a core's own
// caches hold, sixteen chains in step (as the weight tables' staged probes keep several
// misses in flight); then integer hashing (as feature extraction does). A table larger than
// the address translation caches cover made the reference itself vary by a quarter from
// run to run.
class Reference {
 public:
  Reference() : next_(kSlots) {
    // One cycle through every slot (Sattolo's shuffle), so that no chain falls into a short
    // loop that the caches would hold.
    for (uint32_t i = 0; i < kSlots; ++i) next_[i] = i;
    uint64_t state = 0x2545f4914f6cdd1dULL;
    for (uint32_t i = kSlots - 1; i > 0; --i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      std::swap(next_[i], next_[static_cast<uint32_t>((state >> 33) % i)]);
    }
  }
  // Returns a value that depends on every step, so that none can be left out.
  uint64_t Run() const {
    uint32_t at[kChains];
    for (uint32_t c = 0; c < kChains; ++c) at[c] = c * (kSlots / kChains);
    for (uint32_t step = 0; step < kSteps; ++step)
      for (uint32_t c = 0; c < kChains; ++c) at[c] = next_[at[c]];
    uint64_t h = 0;
    for (uint32_t c = 0; c < kChains; ++c) h = dyad::tag::Mix(h, at[c]);
    for (uint64_t i = 0; i < kHashes; ++i) h = dyad::tag::Mix(h, i);
    return h;
  }

 private:
  static constexpr uint32_t kSlots = 1u << 21, kChains = 16, kSteps = 1u << 21;
  static constexpr uint64_t kHashes = uint64_t{1} << 24;
  std::vector<uint32_t> next_;
};

// Runs `work` (which returns its units of work) three times with the reference before each
// run and once after, and returns units per reference run: the work's best rate over the
// reference's best rate. Prints both times.
double Ratio(const char* name, const std::function<double()>& work) {
  static const Reference reference;
  double best_ref = 1e9, best_work = 1e9, units = 0;
  uint64_t sink = 0;
  auto time_reference = [&] {
    const double t0 = ThreadSeconds();
    sink += reference.Run();
    best_ref = std::min(best_ref, ThreadSeconds() - t0);
  };
  for (int round = 0; round < 3; ++round) {
    time_reference();
    const double t0 = ThreadSeconds();
    units = work();
    best_work = std::min(best_work, ThreadSeconds() - t0);
  }
  time_reference();
  const double ratio = units / best_work * best_ref;
  std::printf("%s: %.0f units in %.3f s of CPU (%.0f a second); reference %.3f s; %.0f units per reference run (reference check %llx)\n",
              name, units, best_work, units / best_work, best_ref, ratio, static_cast<unsigned long long>(sink & 0xff));
  return ratio;
}

TEST(SpeedRatchetTest, TaggingAndParsing) {
  const std::string shared = dyad::SharedRoot();
  const auto texts =
      shared.empty() ? std::vector<std::string>{}
                     : dyad::bench::ReadNewsTexts(shared + "/data/news/allsides/allsides-political-world.jsonl.gz", 100);
  if (texts.empty()) GTEST_SKIP() << "needs ../shared/data/news/allsides/allsides-political-world.jsonl.gz";
  auto models = dyad::parse::ModelSet::Load(dyad::parse::DefaultModelDir());
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  std::vector<dyad::Document> docs;
  for (const std::string& t : texts) docs.push_back(dyad::text::Segment(t));
  const double ratio = Ratio("tagging and parsing (tokens)", [&] {
    size_t tokens = 0;
    for (const dyad::Document& d : docs) tokens += (*models)->Annotate(d).tokens.size();
    return static_cast<double>(tokens);
  });
  EXPECT_GE(ratio, kTagParseFloor);
}

TEST(SpeedRatchetTest, CodingWithDyadDictionaries) {
  const std::string shared = dyad::SharedRoot();
  const auto texts =
      shared.empty() ? std::vector<std::string>{} : dyad::bench::ReadNewsTexts(shared + "/data/news/allsides/sample-200.jsonl", 100);
  if (texts.empty()) GTEST_SKIP() << "needs ../shared/data/news/allsides/sample-200.jsonl";
  auto coder = dyad::pipeline::Coder::Load({.dict = DYAD_SOURCE_DIR "/data/dict"});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  std::vector<dyad::Article> articles;
  for (const std::string& t : texts) {
    dyad::Article a;
    a.id = "sample-" + std::to_string(articles.size());
    a.text = t;
    a.published = dyad::Date{2023, 7, 27};
    articles.push_back(std::move(a));
  }
  size_t first_events = 0;
  const double ratio = Ratio("coding, dyad's dictionaries (sentences)", [&] {
    size_t sentences = 0, events = 0;
    for (const dyad::Article& a : articles) {
      auto coded = (*coder)->Code(a);
      if (!coded.ok()) continue;
      sentences += coded->doc.sentences.size();
      events += coded->events.size();
    }
    if (first_events == 0) first_events = events;
    EXPECT_EQ(events, first_events) << "the events coded changed between runs";
    return static_cast<double>(sentences);
  });
  EXPECT_GT(first_events, 0u);
  EXPECT_GE(ratio, kCodeFloor);
}

}  // namespace
