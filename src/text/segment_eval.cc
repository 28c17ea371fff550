// Treebank reading and span matching for segmentation scores.
#include "text/segment_eval.h"

#include <algorithm>
#include <charconv>

#include "text/char_class.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "util/input.h"

namespace dyad::text {
namespace {

// Builds the rebuilt text sentence by sentence, recording gold spans as byte ranges.
class TreebankBuilder {
 public:
  void Doc() { new_doc_ = true; }
  void Par() { new_par_ = true; }
  void Text(std::string_view t) { sentence_text_ = t; has_text_ = true; }
  void Form(std::string_view f) { forms_.push_back(f); }
  bool has_text() const { return has_text_; }
  bool has_tokens() const { return !forms_.empty(); }

  void FinishSentence() {
    if (!tb_.text.empty()) tb_.text += (new_doc_ || new_par_) ? "\n\n" : " ";
    if (new_doc_ || tb_.documents == 0) ++tb_.documents;
    if (new_doc_ || new_par_ || tb_.paragraphs == 0) ++tb_.paragraphs;
    new_doc_ = new_par_ = false;
    auto cursor = static_cast<uint32_t>(tb_.text.size());
    tb_.text += sentence_text_;
    const auto end = static_cast<uint32_t>(tb_.text.size());
    const std::string_view text = tb_.text;
    size_t first_token = tokens_.size();
    for (std::string_view form : forms_) {
      uint32_t begin = end;
      for (size_t k = 0; k < form.size();) {
        CodePoint f = CodePointAt(form, k);
        k += f.len;
        if (IsSpace(f.cp)) continue;
        while (cursor < end && IsSpace(CodePointAt(text, cursor).cp)) cursor += CodePointAt(text, cursor).len;
        if (cursor >= end) break;
        CodePoint c = CodePointAt(text, cursor);
        if (c.cp != f.cp) ++mismatched_chars_;
        if (begin == end) begin = cursor;
        cursor += c.len;
      }
      if (begin < cursor) tokens_.push_back({begin, cursor});
    }
    if (mismatched_chars_ > 0) ++tb_.mismatches;
    mismatched_chars_ = 0;
    if (tokens_.size() > first_token) sentences_.push_back({tokens_[first_token].begin, tokens_.back().end});
    forms_.clear();
    has_text_ = false;
  }

  Treebank Finish() {
    std::vector<uint32_t> nonws = NonSpacePrefix(tb_.text);
    for (const Span& s : tokens_) tb_.tokens.push_back({nonws[s.begin], nonws[s.end]});
    for (const Span& s : sentences_) tb_.sentences.push_back({nonws[s.begin], nonws[s.end]});
    return std::move(tb_);
  }

  // nonws[i]: the number of non-whitespace bytes in text[0, i).
  static std::vector<uint32_t> NonSpacePrefix(std::string_view text) {
    std::vector<uint32_t> nonws(text.size() + 1);
    uint32_t count = 0;
    for (size_t i = 0; i < text.size();) {
      CodePoint c = CodePointAt(text, i);
      bool space = IsSpace(c.cp);
      for (uint32_t k = 0; k < c.len; ++k) {
        nonws[i + k] = count;
        if (!space) ++count;
      }
      i += c.len;
    }
    nonws[text.size()] = count;
    return nonws;
  }

 private:
  Treebank tb_;
  std::vector<Span> tokens_, sentences_;
  std::vector<std::string_view> forms_;
  std::string_view sentence_text_;
  bool has_text_ = false, new_doc_ = false, new_par_ = false;
  uint64_t mismatched_chars_ = 0;
};

// Splits a CoNLL-U token line's first two columns; false when it has too few columns.
bool IdAndForm(std::string_view line, std::string_view* id, std::string_view* form) {
  size_t t1 = line.find('\t');
  if (t1 == std::string_view::npos) return false;
  size_t t2 = line.find('\t', t1 + 1);
  if (t2 == std::string_view::npos) return false;
  if (std::count(line.begin(), line.end(), '\t') != 9) return false;
  *id = line.substr(0, t1);
  *form = line.substr(t1 + 1, t2 - t1 - 1);
  return true;
}

uint64_t CountMatches(const std::vector<Span>& a, const std::vector<Span>& b) {
  uint64_t n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i].begin < b[j].begin || (a[i].begin == b[j].begin && a[i].end < b[j].end)) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

}  // namespace

Result<Treebank> ParseTreebank(std::string_view conllu) {
  TreebankBuilder b;
  uint64_t line_number = 0, skip_until = 0;
  size_t pos = 0;
  while (pos <= conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    if (nl == std::string_view::npos) nl = conllu.size();
    std::string_view line = conllu.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (b.has_tokens()) b.FinishSentence();
      skip_until = 0;
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc")) b.Doc();
      else if (line.starts_with("# newpar")) b.Par();
      else if (line.starts_with("# text = ")) b.Text(line.substr(9));
      continue;
    }
    std::string_view id, form;
    if (!IdAndForm(line, &id, &form))
      return DataLoss("line " + std::to_string(line_number) + ": expected 10 tab-separated columns");
    if (!b.has_text())
      return DataLoss("line " + std::to_string(line_number) + ": sentence without a # text comment");
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    uint64_t first = 0;
    std::from_chars(id.data(), id.data() + id.size(), first);
    if (dash != std::string_view::npos) {
      std::from_chars(id.data() + dash + 1, id.data() + id.size(), skip_until);
      b.Form(form);
    } else if (first > skip_until) {
      b.Form(form);
    }
  }
  if (b.has_tokens()) b.FinishSentence();
  return b.Finish();
}

Result<Treebank> ReadTreebank(const std::string& path) {
  ASSIGN_OR_RETURN(auto in, OpenInput(path));
  ASSIGN_OR_RETURN(std::string contents, ReadAll(*in));
  Result<Treebank> tb = ParseTreebank(contents);
  if (!tb.ok()) return tb.status().WithContext(path);
  return tb;
}

SegmentScores Score(const Treebank& gold, const Document& system) {
  std::vector<uint32_t> nonws = TreebankBuilder::NonSpacePrefix(system.text);
  std::vector<Span> tokens, sentences;
  tokens.reserve(system.tokens.size());
  for (size_t i = 0; i < system.tokens.size(); ++i) {
    const Token& t = system.tokens[i];
    if (JoinsPrevious(system.text, system.tokens, i)) tokens.back().end = nonws[t.end];
    else tokens.push_back({nonws[t.begin], nonws[t.end]});
  }
  for (const Sentence& s : system.sentences) sentences.push_back({nonws[s.begin], nonws[s.end]});
  SegmentScores scores;
  scores.tokens = {gold.tokens.size(), tokens.size(), CountMatches(gold.tokens, tokens)};
  scores.sentences = {gold.sentences.size(), sentences.size(), CountMatches(gold.sentences, sentences)};
  return scores;
}

Result<SegmentScores> EvaluateTreebank(const std::string& path) {
  ASSIGN_OR_RETURN(Treebank tb, ReadTreebank(path));
  return Score(tb, Segment(tb.text));
}

}  // namespace dyad::text
