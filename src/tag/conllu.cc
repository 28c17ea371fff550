// CoNLL-U reading and writing: a line-by-line scan that splits on tabs, keeps comments and
// multiword token lines, and skips empty nodes of the enhanced graph.
#include "tag/conllu.h"

#include <charconv>

#include "util/input.h"

namespace dyad::tag {
namespace {

// Splits `line` on tabs into exactly ten fields; false when the count differs.
bool SplitColumns(std::string_view line, std::string_view (&cols)[10]) {
  size_t n = 0, start = 0;
  while (n < 10) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols[n++] = line.substr(start);
      break;
    }
    cols[n++] = line.substr(start, tab - start);
    start = tab + 1;
    if (n == 10) return false;  // an eleventh column
  }
  return n == 10;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

Status LineError(size_t line_no, std::string_view what) {
  return DataLoss("CoNLL-U line " + std::to_string(line_no) + ": " + std::string(what));
}

}  // namespace

std::string ConlluSentence::Text() const {
  for (const auto& c : comments)
    if (c.rfind("text = ", 0) == 0) return c.substr(7);
  std::string text;
  for (const auto& w : words) {
    if (!text.empty()) text += ' ';
    text += w.form;
  }
  return text;
}

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  size_t line_no = 0, pos = 0;
  auto flush = [&] {
    if (!cur.words.empty() || !cur.comments.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      line.remove_prefix(1);
      if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
      cur.comments.emplace_back(line);
      continue;
    }
    std::string_view c[10];
    if (!SplitColumns(line, c)) return LineError(line_no, "expected 10 tab-separated columns");
    if (c[0].find('.') != std::string_view::npos) continue;  // empty node
    if (size_t dash = c[0].find('-'); dash != std::string_view::npos) {
      MultiwordToken m;
      if (!ParseInt(c[0].substr(0, dash), &m.first) || !ParseInt(c[0].substr(dash + 1), &m.last))
        return LineError(line_no, "bad multiword token range");
      m.form = c[1];
      m.misc = c[9];
      cur.multiword.push_back(std::move(m));
      continue;
    }
    int id = 0;
    if (!ParseInt(c[0], &id) || id != static_cast<int>(cur.words.size()) + 1)
      return LineError(line_no, "word ids must run 1, 2, 3, ...");
    Word w;
    w.form = c[1];
    w.lemma = c[2];
    w.upos = c[3];
    w.xpos = c[4];
    w.feats = c[5];
    if (c[6] != "_" && !ParseInt(c[6], &w.head)) return LineError(line_no, "bad head");
    w.deprel = c[7];
    w.misc = c[9];
    cur.words.push_back(std::move(w));
  }
  flush();
  return out;
}

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  ASSIGN_OR_RETURN(auto in, OpenInput(path));
  ASSIGN_OR_RETURN(std::string text, ReadAll(*in));
  auto parsed = ParseConllu(text);
  if (!parsed.ok()) return parsed.status().WithContext(path);
  return parsed;
}

void WriteConllu(const ConlluSentence& s, std::string* out) {
  auto field = [&](std::string_view v) { out->append(v.empty() ? std::string_view("_") : v); };
  for (const auto& c : s.comments) {
    out->append("# ");
    out->append(c);
    out->push_back('\n');
  }
  size_t next_mwt = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_mwt < s.multiword.size() && s.multiword[next_mwt].first == id) {
      const auto& m = s.multiword[next_mwt++];
      *out += std::to_string(m.first) + "-" + std::to_string(m.last) + "\t";
      field(m.form);
      out->append("\t_\t_\t_\t_\t_\t_\t_\t");
      field(m.misc);
      out->push_back('\n');
    }
    const Word& w = s.words[i];
    *out += std::to_string(id);
    for (std::string_view v : {std::string_view(w.form), std::string_view(w.lemma),
                               std::string_view(w.upos), std::string_view(w.xpos),
                               std::string_view(w.feats)}) {
      out->push_back('\t');
      field(v);
    }
    out->push_back('\t');
    out->append(w.head < 0 ? "_" : std::to_string(w.head));
    out->push_back('\t');
    field(w.deprel);
    out->append("\t_\t");
    field(w.misc);
    out->push_back('\n');
  }
  out->push_back('\n');
}

}  // namespace dyad::tag
