// The metric follows the benchmark's description: \w+ tokens, 4-token shingles counted
// with multiplicity, per-page counts normalised before averaging (so long pages do not
// dominate). Pages are read through util's decompressing input, as dyad reads them.
#include "extract/eval.h"

#include <unicode/uchar.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "extract/date_text.h"
#include "extract/extract.h"
#include "util/input.h"
#include "util/utf8.h"

namespace dyad::extract {
namespace {

bool IsWordChar(char32_t c) {
  if (c == '_') return true;
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  int8_t type = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || type == U_DECIMAL_DIGIT_NUMBER ||
         type == U_LETTER_NUMBER || type == U_OTHER_NUMBER;
}

std::unordered_map<std::string, int> Shingles(std::string_view text, int n) {
  std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> out;
  size_t count = tokens.size() >= static_cast<size_t>(n) ? tokens.size() - n + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    std::string key;
    for (size_t j = i; j < std::min(tokens.size(), i + n); ++j) {
      key += tokens[j];
      key += '\x1f';
    }
    ++out[key];
  }
  return out;
}

Result<std::string> ReadFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::unique_ptr<InputStream> in, OpenInput(path));
  return ReadAll(*in);
}

Result<nlohmann::json> ReadJson(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return DataLoss(path + ": not a JSON object");
  return j;
}

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<Article> ExtractPage(const std::string& path, double* bytes) {
  Article a;
  a.content_type = ContentType::kHtml;
  ASSIGN_OR_RETURN(a.raw, ReadFile(path));
  *bytes += static_cast<double>(a.raw.size());
  a.origin = path;
  return Extract(std::move(a));
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0, start = std::string_view::npos;
  while (i < text.size()) {
    size_t at = i;
    char32_t c = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<unsigned char>(text[i++])
                                                             : DecodeUtf8(text, &i);
    if (i == at) ++i;  // never stall on a bad byte
    bool word = IsWordChar(c);
    if (word && start == std::string_view::npos) start = at;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

ShingleScore CompareShingles(std::string_view gold, std::string_view predicted, int n) {
  auto g = Shingles(gold, n);
  auto p = Shingles(predicted, n);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, gc] : g) {
    auto it = p.find(key);
    int pc = it == p.end() ? 0 : it->second;
    tp += std::min(gc, pc);
    fn += std::max(0, gc - pc);
  }
  for (const auto& [key, pc] : p) {
    auto it = g.find(key);
    int gc = it == g.end() ? 0 : it->second;
    fp += std::max(0, pc - gc);
  }
  double sum = tp + fp + fn;
  if (sum > 0) return {tp / sum, fp / sum, fn / sum};
  return {};
}

void Summarise(CorpusEval* eval) {
  double tp = 0, fp = 0, fn = 0;
  eval->titles_judged = eval->titles_ok = eval->dates_judged = eval->dates_ok = 0;
  for (const PageEval& p : eval->pages) {
    tp += p.body.tp;
    fp += p.body.fp;
    fn += p.body.fn;
    if (p.title_ok) {
      ++eval->titles_judged;
      eval->titles_ok += *p.title_ok;
    }
    if (p.date_ok) {
      ++eval->dates_judged;
      eval->dates_ok += *p.date_ok;
    }
  }
  eval->precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  eval->recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  double pr = eval->precision + eval->recall;
  eval->f1 = pr > 0 ? 2 * eval->precision * eval->recall / pr : 0;
}

bool HeadlineMatches(std::string_view gold, std::string_view title) {
  std::string g = Lowered(gold), t = Lowered(title);
  std::vector<std::string_view> gt = WordTokens(g), tt = WordTokens(t);
  if (gt.empty()) return false;
  if (gt == tt) return true;
  return gt.size() >= 3 && tt.size() > gt.size() && std::equal(gt.begin(), gt.end(), tt.begin());
}

Result<CorpusEval> EvalZyteBenchmark(const std::string& dir, const std::string& baseline_json) {
  ASSIGN_OR_RETURN(nlohmann::json truth, ReadJson(dir + "/ground-truth.json"));
  nlohmann::json baseline;
  if (!baseline_json.empty()) {
    ASSIGN_OR_RETURN(baseline, ReadJson(baseline_json));
    if (baseline.contains("output")) baseline = baseline["output"];
  }
  CorpusEval eval;
  eval.name = baseline_json.empty() ? "zyte-aeb" : baseline_json;
  for (const auto& [id, item] : truth.items()) {
    std::string gold = item.value("articleBody", "");
    std::string url = item.value("url", "");
    PageEval page{id, {}, std::nullopt, std::nullopt};
    if (!baseline_json.empty()) {
      std::string predicted;
      if (baseline.contains(id) && baseline[id].is_object()) {
        predicted = baseline[id].value("articleBody", "");
      }
      page.body = CompareShingles(gold, predicted);
    } else {
      Result<Article> a = ExtractPage(dir + "/html/" + id + ".html.gz", &eval.bytes);
      if (!a.ok()) return a.status().WithContext(id);
      page.body = CompareShingles(gold, a->text);
      if (std::optional<Date> want = DateFromUrl(url)) page.date_ok = a->published == want;
    }
    eval.pages.push_back(std::move(page));
  }
  Summarise(&eval);
  return eval;
}

Result<CorpusEval> EvalMsvCorpus(const std::string& dir) {
  std::ifstream manifest(dir + "/manifest.tsv");
  if (!manifest) return NotFound(dir + "/manifest.tsv: cannot open");
  CorpusEval eval;
  eval.name = "msv-big9-chaos";
  std::string line;
  std::getline(manifest, line);  // header
  while (std::getline(manifest, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
    if (cols.size() < 4) return DataLoss("manifest.tsv: short row: " + line);
    ASSIGN_OR_RETURN(std::string gold, ReadFile(dir + "/" + cols[3]));
    Result<Article> a = ExtractPage(dir + "/" + cols[2], &eval.bytes);
    if (!a.ok()) return a.status().WithContext(cols[2]);
    PageEval page{cols[2], CompareShingles(gold, a->title + "\n\n" + a->text), std::nullopt,
                  std::nullopt};
    std::string_view first = std::string_view(gold).substr(0, gold.find('\n'));
    if (!WordTokens(first).empty()) page.title_ok = HeadlineMatches(first, a->title);
    eval.pages.push_back(std::move(page));
  }
  Summarise(&eval);
  return eval;
}

std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env != nullptr && *env != '\0') return env;
  return std::string(DYAD_SOURCE_DIR) + "/../shared";
}

}  // namespace dyad::extract
