// PETRARCH's phrase lists: discards (sentences or stories to drop) and issues (topic
// phrases counted per sentence).
#include <cctype>

#include "dict/reader_common.h"
#include "dict/readers.h"
#include "dict/tokenize.h"

namespace dyad::dict {

void ReadDiscards(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  Lines lines(text);
  std::string_view raw;
  bool in_xml = false;
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view t = Trim(StripLine(raw, false, &in_xml));
    if (t.empty()) continue;
    Discard d;
    d.where = where;
    if (t[0] == '+') {
      d.story = true;
      t = Trim(t.substr(1));
    }
    const bool whole_word = !t.empty() && t.back() == '_';
    d.phrase = PlainPhrase(t, whole_word ? WordMatch::kExact : WordMatch::kStem);
    if (d.phrase.words.empty()) {
      model->Warn(where, "empty discard phrase");
      continue;
    }
    model->discards.push_back(std::move(d));
  }
}

namespace {

struct IssueWord {
  std::string text;
  WordMatch match;
};

// Expands one issue phrase: n: (noun endings), v: (verb stem), '+' (blank or hyphen).
std::vector<std::vector<IssueWord>> ExpandIssue(std::string_view phrase) {
  std::vector<std::vector<IssueWord>> variants(1);
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && std::isspace(static_cast<unsigned char>(phrase[i]))) ++i;
    size_t b = i;
    while (i < phrase.size() && !std::isspace(static_cast<unsigned char>(phrase[i]))) ++i;
    if (i == b) break;
    std::string word(phrase.substr(b, i - b));
    WordMatch match = WordMatch::kExact;
    auto strip_prefix = [&](std::string& w) {
      size_t colon = w.find(':');
      if (colon == 1 && (w[0] == 'n' || w[0] == 'v' || w[0] == 'N' || w[0] == 'V')) {
        match = (w[0] == 'n' || w[0] == 'N') ? WordMatch::kEndings : WordMatch::kStem;
        w.erase(0, 2);
      }
    };
    std::vector<std::string> parts;
    size_t s = 0;
    while (true) {
      size_t plus = word.find('+', s);
      parts.push_back(word.substr(s, plus == std::string::npos ? std::string::npos : plus - s));
      if (plus == std::string::npos) break;
      s = plus + 1;
    }
    for (std::string& p : parts) strip_prefix(p);
    if (match == WordMatch::kStem && !parts.back().empty() && parts.back().back() == 'e') parts.back().pop_back();
    std::vector<std::vector<IssueWord>> next;
    for (const auto& v : variants) {
      if (parts.size() == 1) {
        auto nv = v;
        nv.push_back({parts[0], match});
        next.push_back(std::move(nv));
        continue;
      }
      auto spaced = v;  // "pre school"
      for (size_t k = 0; k < parts.size(); ++k)
        spaced.push_back({parts[k], k + 1 == parts.size() ? match : WordMatch::kExact});
      next.push_back(std::move(spaced));
      std::string joined;  // "pre-school"
      for (size_t k = 0; k < parts.size(); ++k) joined += (k ? "-" : "") + parts[k];
      auto hyphen = v;
      hyphen.push_back({joined, match});
      next.push_back(std::move(hyphen));
    }
    if (next.size() > 64) next.resize(64);
    variants = std::move(next);
  }
  return variants;
}

}  // namespace

void ReadIssues(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  Lines lines(text);
  std::string_view raw;
  bool in_xml = false;
  std::string category;
  bool count_event = false;
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view t = Trim(StripLine(raw, false, &in_xml));
    if (t.empty()) continue;
    if (StartsWith(t, "<ISSUE")) {
      size_t q = t.find("CATEGORY=\"");
      size_t e = q == std::string_view::npos ? q : t.find('"', q + 10);
      category = e == std::string_view::npos ? "" : std::string(t.substr(q + 10, e - q - 10));
      count_event = t.find("TYPE=\"COUNTEVENT\"") != std::string_view::npos;
      if (category.empty()) model->Warn(where, "<ISSUE> without CATEGORY");
      continue;
    }
    if (StartsWith(t, "</ISSUE")) {
      category.clear();
      continue;
    }
    Issue base;
    base.where = where;
    base.category = category;
    while (!t.empty() && t[0] == '~') {
      base.ignore = true;
      t.remove_prefix(1);
    }
    std::string_view body = t;
    size_t open = t.rfind('[');
    if (open != std::string_view::npos) {
      size_t close = t.find(']', open);
      base.code = std::string(Trim(t.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1)));
      body = Trim(t.substr(0, open));
    }
    // A COUNTEVENT block counts its phrases under the category's own name.
    if (base.code.empty() && !base.ignore && count_event) base.code = category;
    if (base.code.empty() && !base.ignore) {
      model->Warn(where, "issue phrase without [CODE]");
      continue;
    }
    if (category.empty()) model->Warn(where, "issue phrase outside an <ISSUE> block");
    for (const auto& variant : ExpandIssue(body)) {
      Issue is = base;
      is.phrase.written = std::string(body);
      for (const IssueWord& w : variant) {
        std::vector<std::string> parts = SplitDictWord(w.text);
        for (size_t k = 0; k < parts.size(); ++k) {
          Word word;
          word.text = FoldCase(parts[k]);
          word.match = k + 1 == parts.size() ? w.match : WordMatch::kExact;
          if (!word.text.empty()) is.phrase.words.push_back(std::move(word));
        }
      }
      if (is.phrase.words.empty()) {
        model->Warn(where, "empty issue phrase");
        break;
      }
      model->issues.push_back(std::move(is));
    }
  }
}

}  // namespace dyad::dict
