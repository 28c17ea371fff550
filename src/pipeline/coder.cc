#include "pipeline/coder.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <fmt/core.h>

#include "actors/article_country.h"
#include "actors/find_mentions.h"
#include "dict/cache.h"  // Checksum64
#include "dict/load.h"
#include "extract/date_text.h"
#include "extract/extract.h"
#include "parse/model_set.h"  // DefaultModelDir
#include "pipeline/event_context.h"

namespace dyad::pipeline {

Date Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::FromDays(days.time_since_epoch().count());
}

std::optional<Date> DatelineDate(std::string_view text) {
  // "NAIROBI, March 12, 2025 - Finnish President ...": the place, a comma, the date, a
  // dash; at the start of one of the first lines (a headline may come before it).
  size_t start = 0;
  for (int line_no = 0; line_no < 4 && start < std::min<size_t>(text.size(), 2000); ++line_no) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, std::min<size_t>(end - start, 120));
    start = end + 1;
    size_t dash = std::string_view::npos;
    for (std::string_view d : {" - ", " \u2013 ", " \u2014 ", " -- "}) dash = std::min(dash, line.find(d));
    if (dash == std::string_view::npos) continue;
    const std::string_view head = line.substr(0, dash);
    const size_t comma = head.find(',');
    if (comma == std::string_view::npos) continue;
    if (auto d = extract::ParseLooseDate(head.substr(comma + 1))) return d;
  }
  return std::nullopt;
}

Coder::Coder(CoderOptions options, std::shared_ptr<const dict::Dictionary> dict, actors::Analyser analyser,
             resolve::Gazetteer gazetteer, std::optional<knowledge::Themes> themes)
    : options_(std::move(options)),
      dict_(dict),
      analyser_(std::move(analyser)),
      gazetteer_(std::move(gazetteer)),
      themes_(std::move(themes)),
      coder_(std::move(dict), options_.coding) {}

namespace {

// Checksum of the files' bytes, in the order given; unreadable files count by name only.
uint64_t FilesChecksum(const std::vector<std::string>& paths) {
  uint64_t sum = 0;
  for (const std::string& p : paths) {
    sum = dict::Checksum64(p, sum);
    std::ifstream in(p, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    sum = dict::Checksum64(bytes.str(), sum);
  }
  return sum;
}

}  // namespace

Result<std::shared_ptr<const Coder>> Coder::Load(const CoderOptions& options) {
  dict::LoadInfo info;
  auto dict = dict::Load(options.dict.empty() ? dict::DefaultDictSpec() : options.dict, {}, &info);
  if (!dict.ok()) return Status(dict.status().code(), "dictionary: " + dict.status().message());
  auto analyser = actors::Analyser::Load(options.models.empty() ? parse::DefaultModelDir() : options.models);
  if (!analyser.ok()) return Status(analyser.status().code(), "models: " + analyser.status().message());
  auto gazetteer = resolve::Gazetteer::Load();
  if (!gazetteer.ok()) return Status(gazetteer.status().code(), "gazetteer: " + gazetteer.status().message());
  // Themes label events and feed knowledge; a theme file named but unreadable is an error,
  // the default one missing only leaves events without themes.
  std::optional<knowledge::Themes> themes;
  auto loaded = knowledge::Themes::Load(options.themes);
  if (loaded.ok()) themes = std::move(loaded).value();
  else if (!options.themes.empty()) return Status(loaded.status().code(), "themes: " + loaded.status().message());
  std::vector<std::string> model_files;
  const std::string model_dir = options.models.empty() ? parse::DefaultModelDir() : options.models;
  for (const char* f : {"tagger.bin", "lemmatizer.bin", "parser.bin"})
    if (std::filesystem::exists(model_dir + "/" + f)) model_files.push_back(model_dir + "/" + f);
  auto coder = std::shared_ptr<Coder>(new Coder(options, std::move(dict).value(), std::move(analyser).value(),
                                                std::move(gazetteer).value(), std::move(themes)));
  coder->version_ = fmt::format("dyad {} dict {:016x} models {:016x}", DYAD_VERSION, FilesChecksum(info.sources),
                                FilesChecksum(model_files));
  return std::shared_ptr<const Coder>(std::move(coder));
}

Result<CodedArticle> Coder::Code(Article article) const {
  ASSIGN_OR_RETURN(Article extracted, extract::Extract(std::move(article)));
  return CodeExtracted(std::move(extracted), nullptr);
}

Result<CodedArticle> Coder::CodeText(std::string text, std::optional<Date> date) const {
  Article a;
  a.id = "text";
  a.text = std::move(text);
  a.published = date;
  return CodeExtracted(std::move(a), nullptr);
}

Result<CodedArticle> Coder::Explain(std::string text, std::optional<Date> date,
                                    std::vector<code::Candidate>* trace) const {
  Article a;
  a.id = "text";
  a.text = std::move(text);
  a.published = date;
  return CodeExtracted(std::move(a), trace);
}

Result<CodedArticle> Coder::CodeExtracted(Article article, std::vector<code::Candidate>* trace) const {
  Document doc = analyser_.Analyse(article.text);
  return CodeDocument(std::move(article), std::move(doc), trace);
}

CodedArticle Coder::CodeAnalysed(Article article, Document doc) const {
  return CodeDocument(std::move(article), std::move(doc), nullptr);
}

CodedArticle Coder::CodeDocument(Article article, Document doc, std::vector<code::Candidate>* trace) const {
  CodedArticle out;
  if (!article.published) article.published = DatelineDate(article.text);
  out.date = options_.date ? *options_.date : article.published ? *article.published : Today();
  out.doc = std::move(doc);
  out.mentions = actors::FindMentions(out.doc, *dict_, out.date);
  out.events = coder_.Code(out.doc, out.mentions, out.date, trace);
  if (options_.article_country)
    actors::GiveArticleCountry(out.doc, out.mentions, actors::ArticleCountry(out.mentions), &out.events);
  ResolveEventDates(out.doc, out.date, out.events);
  ResolveEventPlaces(out.doc, out.mentions, gazetteer_, out.events);
  if (themes_) {
    for (Event& e : out.events)
      for (uint32_t t : themes_->OfSentence(out.doc, e.sentence_index)) e.issues.push_back(themes_->theme(t).code);
  }
  if (options_.knowledge)
    out.knowledge = knowledge::Analyse(out.doc, out.mentions, *dict_, out.date, themes_ ? &*themes_ : nullptr, &gazetteer_);
  uint32_t n = 0, last_sentence = 0;
  for (Event& e : out.events) {
    if (e.sentence_index != last_sentence) n = 0;
    last_sentence = e.sentence_index;
    e.article_id = article.id;
    e.event_id = fmt::format("{}:{}:{}", article.id, e.sentence_index, n++);
    e.url = article.url;
    e.news_source = article.source;
    e.evidence = {{e.event_id, e.article_id, e.sentence_index}};
  }
  out.article = std::move(article);
  return out;
}

}  // namespace dyad::pipeline
