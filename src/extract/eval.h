// Measuring extraction against gold text, with the metric of the Zyte (Scrapinghub)
// article-extraction benchmark: pages are cut into \w+ tokens, then into 4-token
// shingles; per page, true positives, false positives and false negatives are shingle
// count overlaps normalised to sum to 1; precision, recall and F1 come from the means of
// those over pages. Shared by `dyad eval-extract` and the accuracy ratchet test.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::extract {

// Normalised shingle overlap of one page: tp + fp + fn == 1 (all 0 only if both empty
// inputs produce no shingle, which cannot happen: an empty text is one empty shingle).
struct ShingleScore {
  double tp = 0, fp = 0, fn = 0;
};

// The \w+ tokens of `text` (letters, digits of any script, '_'), as views into it.
std::vector<std::string_view> WordTokens(std::string_view text);

// Shingle overlap of `predicted` against `gold`, shingles of `n` tokens.
ShingleScore CompareShingles(std::string_view gold, std::string_view predicted, int n = 4);

struct PageEval {
  std::string id;
  ShingleScore body;
  std::optional<bool> title_ok;  // judged only where the gold names a headline
  std::optional<bool> date_ok;   // judged only where the page's URL carries a date
};

struct CorpusEval {
  std::string name;
  std::vector<PageEval> pages;
  double precision = 0, recall = 0, f1 = 0;
  size_t titles_judged = 0, titles_ok = 0;
  size_t dates_judged = 0, dates_ok = 0;
  double bytes = 0;  // HTML bytes read (decompressed)
};

// Fills precision, recall, F1 and the title/date counts from `pages`.
void Summarise(CorpusEval* eval);

// The Zyte benchmark in `dir` (ground-truth.json, html/<id>.html.gz). Each page goes
// through Extract with its URL withheld; a page whose gold URL holds a date
// (/2019/11/18/ or /20191118/) is judged on the date Extract finds in the page.
// With `baseline_json` (a file of the same layout as ground-truth.json, optionally
// wrapped in {"output": ...}) the pages are not extracted: the file's texts are scored.
// Errors: NotFound / DataLoss when the directory or its JSON is missing or malformed.
Result<CorpusEval> EvalZyteBenchmark(const std::string& dir, const std::string& baseline_json = "");

// The MSV Big9+Chaos set in `dir` (manifest.tsv, html/, gold/). Gold text starts with the
// headline, so the prediction scored is title + "\n\n" + text; the title is judged right
// when its lower-cased tokens equal those of the gold's first line, or when the gold line's
// tokens are a prefix of the title's (a site name appended) with at least 3 tokens.
Result<CorpusEval> EvalMsvCorpus(const std::string& dir);

// Whether two headlines agree, by the rule EvalMsvCorpus states.
bool HeadlineMatches(std::string_view gold, std::string_view title);

// The shared reference folder: $DYAD_SHARED when set, else ../shared beside the source.
std::string SharedDir();

}  // namespace dyad::extract
