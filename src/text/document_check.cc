// CheckSegmentation: one pass over tokens and sentences.
#include "text/document_check.h"

#include <string>

#include "text/char_class.h"

namespace dyad::text {
namespace {

Status Broken(std::string what, size_t index) {
  return Internal(what + " (at " + std::to_string(index) + ")");
}

}  // namespace

Status CheckSegmentation(const Document& doc) {
  const std::string_view text = doc.text;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.begin >= t.end) return Broken("empty token", i);
    if (t.end > text.size()) return Broken("token past the end of the text", i);
    if (t.begin < prev_end) return Broken("token overlaps or precedes the one before", i);
    if (IsSpace(CodePointAt(text, t.begin).cp) ||
        IsSpace(CodePointAt(text, PrevCodePointStart(text, t.end)).cp))
      return Broken("token starts or ends with whitespace", i);
    if (t.normalised && (t.form_begin > t.form_end || t.form_end > doc.arena.size()))
      return Broken("normalised form outside the arena", i);
    prev_end = t.end;
  }
  uint32_t next_token = 0, paragraph = 0;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (s.token_begin != next_token) return Broken("sentence token ranges leave a gap", i);
    if (s.token_begin >= s.token_end) return Broken("sentence without tokens", i);
    if (s.token_end > doc.tokens.size()) return Broken("sentence past the last token", i);
    if (s.begin != doc.tokens[s.token_begin].begin || s.end != doc.tokens[s.token_end - 1].end)
      return Broken("sentence bytes differ from its tokens' span", i);
    if (s.paragraph < paragraph) return Broken("paragraph index decreases", i);
    next_token = s.token_end;
    paragraph = s.paragraph;
  }
  if (next_token != doc.tokens.size()) return Broken("tokens after the last sentence", next_token);
  return Status::Ok();
}

}  // namespace dyad::text
