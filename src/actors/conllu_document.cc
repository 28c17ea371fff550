// Builds a Document from CoNLL-U sentences.
#include "actors/conllu_document.h"

#include "tag/conllu.h"

namespace dyad::actors {

Result<Document> DocumentFromConllu(std::string_view conllu) {
  ASSIGN_OR_RETURN(std::vector<tag::ConlluSentence> sentences, tag::ParseConllu(conllu));
  Document doc;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const tag::ConlluSentence& cs = sentences[si];
    if (!doc.text.empty()) doc.text += "\n\n";
    Sentence s;
    s.begin = static_cast<uint32_t>(doc.text.size());
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    s.paragraph = static_cast<uint32_t>(si);
    for (size_t i = 0; i < cs.words.size(); ++i) {
      const tag::Word& w = cs.words[i];
      Token t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.space_after = w.misc.find("SpaceAfter=No") == std::string::npos;
      if (t.space_after && i + 1 < cs.words.size()) doc.text += ' ';
      t.upos = w.upos == "_" ? Upos::kNone : UposFromName(w.upos);
      t.xpos = w.xpos == "_" ? 0 : XposFromName(w.xpos);
      if (w.lemma != "_") {
        t.lemma_begin = static_cast<uint32_t>(doc.arena.size());
        doc.arena += w.lemma;
        t.lemma_end = static_cast<uint32_t>(doc.arena.size());
      }
      t.head = w.head > 0 ? static_cast<int32_t>(s.token_begin) + w.head - 1 : -1;
      t.deprel = w.deprel == "_" ? 0 : DeprelFromName(w.deprel);
      doc.tokens.push_back(t);
    }
    s.end = static_cast<uint32_t>(doc.text.size());
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
  }
  return doc;
}

}  // namespace dyad::actors
