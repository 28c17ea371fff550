// Word-by-word scoring of predicted annotation against a gold treebank.
#include "parse/evaluate.h"

#include <string_view>

namespace dyad::parse {
namespace {
std::string_view Universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }
}  // namespace

void Annotate(const Models& models, tag::ConlluSentence* s) {
  std::vector<std::string_view> forms, upos, xpos;
  for (const auto& w : s->words) forms.push_back(w.form);
  if (models.tagger) {
    std::vector<tag::TagResult> tags;
    models.tagger->TagSentence(forms, &tags);
    for (size_t i = 0; i < tags.size(); ++i) {
      s->words[i].upos = tags[i].upos_name;
      s->words[i].xpos = tags[i].xpos_name;
    }
  }
  if (models.lemmatizer)
    for (auto& w : s->words) w.lemma = models.lemmatizer->Lemmatize(w.form, w.upos, w.xpos);
  if (models.parser) {
    for (const auto& w : s->words) {
      upos.push_back(w.upos);
      xpos.push_back(w.xpos);
    }
    std::vector<int> heads, labels;
    models.parser->ParseSentence(forms, upos, xpos, &heads, &labels);
    for (size_t i = 0; i < heads.size(); ++i) {
      s->words[i].head = heads[i];
      s->words[i].deprel = std::string(models.parser->LabelName(labels[i]));
    }
  }
}

ParseScores Evaluate(const Models& models, const std::vector<tag::ConlluSentence>& gold) {
  ParseScores sc;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  for (const auto& g : gold) {
    tag::ConlluSentence s = g;
    Annotate(models, &s);
    for (size_t i = 0; i < g.words.size(); ++i) {
      const tag::Word &p = s.words[i], &w = g.words[i];
      upos += p.upos == w.upos;
      xpos += p.xpos == w.xpos;
      lemma += p.lemma == w.lemma;
      const bool head = p.head == w.head;
      uas += head;
      las += head && Universal(p.deprel) == Universal(w.deprel);
      las_full += head && p.deprel == w.deprel;
    }
    sc.words += g.words.size();
  }
  if (sc.words) {
    const double n = static_cast<double>(sc.words);
    sc.upos = upos / n;
    sc.xpos = xpos / n;
    sc.lemma = lemma / n;
    sc.uas = uas / n;
    sc.las = las / n;
    sc.las_full = las_full / n;
  }
  return sc;
}

}  // namespace dyad::parse
