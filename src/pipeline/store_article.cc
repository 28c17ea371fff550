#include "pipeline/store_article.h"

#include <string>
#include <vector>

#include "store/knowledge_rows.h"

namespace dyad::pipeline {

Result<store::AddOutcome> StoreArticle(store::Store& db, const CodedArticle& c) {
  std::vector<store::SentenceRow> sentences;
  sentences.reserve(c.doc.sentences.size());
  for (uint32_t i = 0; i < c.doc.sentences.size(); ++i) {
    const Sentence& s = c.doc.sentences[i];
    sentences.push_back({i, s.begin, s.end, std::string(c.doc.Text(s))});
  }
  std::vector<store::MentionRow> mentions;
  mentions.reserve(c.mentions.size());
  for (const actors::Mention& m : c.mentions) {
    std::string codes;
    for (const std::string& code : m.codes) codes += (codes.empty() ? "" : ",") + code;
    mentions.push_back({m.sentence, m.byte_begin, m.byte_end, codes,
                        c.doc.text.substr(m.byte_begin, m.byte_end - m.byte_begin)});
  }
  ASSIGN_OR_RETURN(store::AddOutcome outcome, db.Add(c.article, sentences, c.events, mentions));
  if (c.knowledge) RETURN_IF_ERROR(store::AddKnowledge(db.db(), c.article.id, *c.knowledge));
  return outcome;
}

}  // namespace dyad::pipeline
