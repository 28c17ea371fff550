// The quote attribution check of issue 12: the direct quotations of the first 50 articles
// of ../shared/data/news/allsides/sample-200.jsonl, each with the speaker a reader judged
// correct, are kept in tests/golden/knowledge/quote-attribution.tsv (ids, offsets and
// names only). This test runs the analysis on those articles and counts a quotation as
// attributed correctly when dyad finds it at the judged offsets and names the judged
// speaker: the same name (case and a leading "the" aside), or a one-word name that is the
// other's first or last word ("Obama" for Barack Obama), or a name ending in the judged
// one ("Jordan's King Abdullah" for King Abdullah), or one with the same first and last
// words (Jeffrey Edward Fowle for Jeffrey Fowle). Quote marks judged not to hold a
// quotation ("~") stay out of the rate. The rate is a ratchet: it may only rise.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include "extract/extract.h"
#include "knowledge/testing.h"
#include "read/reader.h"
#include "util/data_path.h"

namespace dyad::knowledge {
namespace {

struct Judged {
  std::string article;
  uint32_t begin = 0, end = 0;
  std::string speaker;  // "-": the text names no speaker
};

std::vector<Judged> ReadJudgements(const std::string& path) {
  std::vector<Judged> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    Judged j;
    std::string span;
    std::getline(f, j.article, '\t');
    std::getline(f, span, '\t');
    std::getline(f, j.speaker, '\t');
    j.begin = static_cast<uint32_t>(std::stoul(span.substr(0, span.find('-'))));
    j.end = static_cast<uint32_t>(std::stoul(span.substr(span.find('-') + 1)));
    out.push_back(j);
  }
  return out;
}

std::string Normal(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.starts_with("the ") ? name.substr(4) : name;
}

// `word` (one word) is the first or last word of `name`.
bool EndWord(const std::string& word, const std::string& name) {
  if (word.find(' ') != std::string::npos) return false;
  return name.starts_with(word + " ") || name.ends_with(" " + word);
}

bool SameSpeaker(const std::string& judged, const Quotation& q) {
  if (!q.has_speaker) return false;
  const std::string a = Normal(judged), b = Normal(q.speaker.name);
  auto first = [](const std::string& n) { return n.substr(0, n.find(' ')); };
  auto last = [](const std::string& n) { return n.substr(n.rfind(' ') + 1); };
  const bool same_ends = a.find(' ') != std::string::npos && b.find(' ') != std::string::npos &&
                         first(a) == first(b) && last(a) == last(b);  // "Jeffrey Edward Fowle"
  return a == b || same_ends || EndWord(a, b) || EndWord(b, a) || b.ends_with(" " + a);
}

TEST(QuoteAttribution, FiftyNewsArticles) {
  const std::string shared = SharedRoot();
  const std::string news = shared + "/data/news/allsides/sample-200.jsonl";
  if (shared.empty() || !std::ifstream(news)) GTEST_SKIP() << "needs ../shared/data/news/allsides/sample-200.jsonl";
  const auto* s = testing::LoadShipped();
  if (s == nullptr) return;
  const std::vector<Judged> judged =
      ReadJudgements(std::string(DYAD_SOURCE_DIR) + "/tests/golden/knowledge/quote-attribution.tsv");

  std::map<std::string, std::vector<Quotation>> found;  // article id -> dyad's direct quotations
  int articles = 0;
  Status st = read::ReadAll(
      {news},
      [&](Article&& a) {
        if (articles++ >= 50) return;
        Result<Article> e = extract::Extract(std::move(a));
        if (!e.ok()) return;
        const Date date = e->published ? *e->published : Date{2020, 1, 1};
        auto analysed = testing::AnalyseText(*s, e->text, date);
        for (Quotation& q : analysed.knowledge.quotations)
          if (q.quote.kind == QuoteKind::kDirect) found[e->id].push_back(std::move(q));
      },
      [](const read::RecordError&) {});
  ASSERT_TRUE(st.ok()) << st.ToString();

  int correct = 0, missed = 0, quotations = 0, not_quotations = 0;
  for (const Judged& j : judged) {
    if (j.speaker == "~") {
      ++not_quotations;
      continue;
    }
    ++quotations;
    const Quotation* q = nullptr;
    for (const Quotation& f : found[j.article])
      if (f.quote.begin == j.begin && f.quote.end == j.end) q = &f;
    if (q == nullptr) {
      std::printf("not found: %s %u-%u judged %s\n", j.article.c_str(), j.begin, j.end, j.speaker.c_str());
      ++missed;
      continue;
    }
    if (SameSpeaker(j.speaker, *q)) {
      ++correct;
    } else {
      std::printf("wrong: %s %u-%u judged %s, dyad %s\n", j.article.c_str(), j.begin, j.end, j.speaker.c_str(),
                  q->has_speaker ? q->speaker.name.c_str() : "-");
    }
  }
  // Quotations dyad reports that the judgement does not hold: judge them when the
  // quotation finder changes, and add them to the file.
  for (const auto& [article, quotes] : found) {
    for (const Quotation& q : quotes) {
      bool known = false;
      for (const Judged& j : judged) known = known || (j.article == article && j.begin == q.quote.begin && j.end == q.quote.end);
      if (!known)
        std::printf("unjudged: %s\t%u-%u\t%s\n", article.c_str(), q.quote.begin, q.quote.end,
                    q.has_speaker ? q.speaker.name.c_str() : "-");
    }
  }
  ASSERT_GE(quotations, 100);
  const double rate = 100.0 * correct / quotations;
  std::printf("quote attribution: %d of %d direct quotations correct (%.1f %%), %d not found; %d titles in quotes\n",
              correct, quotations, rate, missed, not_quotations);
  EXPECT_GE(rate, 91.4);  // measured: 289 of 316 (91.46 %)
}

}  // namespace
}  // namespace dyad::knowledge
