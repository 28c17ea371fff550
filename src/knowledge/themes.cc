// Both theme sources become (words, theme) phrases compiled into one PhraseMatcher. An
// ignore phrase removes the theme matches inside its span: every theme's for PETRARCH's
// '~' entries (theme -1), only its own theme's in dyad's format (theme -2 - index).
#include "knowledge/themes.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "dict/load.h"
#include "dict/tokenize.h"
#include "util/data_path.h"

namespace dyad::knowledge {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "nuclear weapon*" -> {nuclear (endings), weapon (stem)}; words split as the dictionary
// engine splits text ("U.N.-backed" stays whole, "Iran's" -> "Iran" "'s").
std::vector<dict::Word> PhraseWords(std::string_view phrase) {
  std::vector<dict::Word> words;
  std::istringstream in{std::string(phrase)};
  for (std::string w; in >> w;) {
    dict::WordMatch match = dict::WordMatch::kEndings;
    if (w.size() > 1 && w.back() == '*') {
      match = dict::WordMatch::kStem;
      w.pop_back();
    }
    for (const std::string& piece : dict::SplitDictWord(w))
      words.push_back({dict::FoldCase(piece), match, false});
  }
  return words;
}

}  // namespace

Result<Themes> Themes::Parse(std::string_view text, std::string_view origin) {
  Themes out;
  std::vector<std::pair<std::vector<dict::Word>, int64_t>> phrases;
  uint32_t line_no = 0;
  auto error = [&](const std::string& why) {
    return InvalidArgument(std::string(origin) + ":" + std::to_string(line_no) + ": " + why);
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (line.front() == '[') {
      size_t close = line.find(']');
      if (close == std::string_view::npos || close == 1) return error("theme header wants [CODE] Label");
      std::string code(line.substr(1, close - 1));
      std::string label(Trim(line.substr(close + 1)));
      for (const Theme& t : out.themes_)
        if (t.code == code) return error("theme " + code + " defined twice");
      out.themes_.push_back({code, label.empty() ? code : label});
      continue;
    }
    if (out.themes_.empty()) return error("phrase before the first [THEME] header");
    bool ignore = line.front() == '~';
    if (ignore) line = Trim(line.substr(1));
    std::vector<dict::Word> words = PhraseWords(line);
    if (words.empty()) return error("empty phrase");
    const auto theme = static_cast<int64_t>(out.themes_.size() - 1);
    phrases.push_back({std::move(words), ignore ? -2 - theme : theme});
  }
  if (out.themes_.empty()) return InvalidArgument(std::string(origin) + ": no themes");
  out.Compile(std::move(phrases));
  return out;
}

Themes Themes::FromIssues(const dict::Model& model) {
  Themes out;
  std::map<std::string, uint32_t> index;
  std::vector<std::pair<std::vector<dict::Word>, int64_t>> phrases;
  for (const dict::Issue& issue : model.issues) {
    if (issue.ignore) {
      phrases.push_back({issue.phrase.words, -1});
      continue;
    }
    auto [it, added] = index.emplace(issue.code, static_cast<uint32_t>(out.themes_.size()));
    if (added) out.themes_.push_back({issue.code, issue.category});
    phrases.push_back({issue.phrase.words, it->second});
  }
  out.Compile(std::move(phrases));
  return out;
}

Result<Themes> Themes::Load(std::string_view spec) {
  std::string path(spec);
  if (path.empty()) {
    ASSIGN_OR_RETURN(path, DataPath("data/themes/themes.dict"));
  }
  if (path.size() > 5 && path.ends_with(".dict")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFound("cannot open theme dictionary " + path);
    std::stringstream buf;
    buf << in.rdbuf();
    if (in.bad()) return IoError("cannot read " + path);
    return Parse(buf.str(), path);
  }
  ASSIGN_OR_RETURN(dict::Model model, dict::LoadModel(path));
  if (model.issues.empty()) return InvalidArgument(path + " holds no issue or theme phrases");
  return FromIssues(model);
}

void Themes::Compile(std::vector<std::pair<std::vector<dict::Word>, int64_t>> phrases) {
  dict::PhraseMatcher::Builder builder;
  for (auto& [words, theme] : phrases) {
    if (builder.Add(words, static_cast<uint32_t>(phrase_theme_.size()))) phrase_theme_.push_back(theme);
  }
  matcher_ = std::make_shared<const dict::PhraseMatcher>(builder.Finish());
}

std::vector<Themes::Match> Themes::MatchSentence(const Document& doc, uint32_t s) const {
  std::vector<Match> out;
  if (matcher_ == nullptr || s >= doc.sentences.size()) return out;
  const Sentence& sent = doc.sentences[s];
  std::vector<std::string_view> forms;
  forms.reserve(sent.token_end - sent.token_begin);
  for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) forms.push_back(doc.Form(doc.tokens[t]));
  std::vector<dict::PhraseMatch> found;
  matcher_->FindAll(forms, &found);
  std::vector<dict::PhraseMatch> ignored;
  for (const dict::PhraseMatch& m : found)
    if (phrase_theme_[m.id] < 0) ignored.push_back(m);
  for (const dict::PhraseMatch& m : found) {
    const int64_t theme = phrase_theme_[m.id];
    if (theme < 0) continue;
    bool cancelled = std::any_of(ignored.begin(), ignored.end(), [&](const dict::PhraseMatch& i) {
      const int64_t which = phrase_theme_[i.id];
      return (which == -1 || which == -2 - theme) && i.begin <= m.begin && m.end <= i.end;
    });
    if (!cancelled) out.push_back({static_cast<uint32_t>(phrase_theme_[m.id]), m.begin, m.end});
  }
  return out;
}

std::vector<uint32_t> Themes::OfSentence(const Document& doc, uint32_t s) const {
  std::vector<uint32_t> out;
  for (const Match& m : MatchSentence(doc, s)) out.push_back(m.theme);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<ThemeCount> Themes::OfArticle(const Document& doc) const {
  std::map<uint32_t, ThemeCount> by_theme;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (const Match& m : MatchSentence(doc, s)) {
      ThemeCount& c = by_theme[m.theme];
      c.theme = m.theme;
      ++c.count;
      if (c.sentences.empty() || c.sentences.back() != s) c.sentences.push_back(s);
    }
  }
  std::vector<ThemeCount> out;
  for (auto& [theme, c] : by_theme) out.push_back(std::move(c));
  std::stable_sort(out.begin(), out.end(), [](const ThemeCount& a, const ThemeCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace dyad::knowledge
