// A TABARI-compatible coder: TABARI's shallow-parse coding of a sentence with TABARI
// dictionaries. Short sentences and comma-delimited subordinate clauses are filtered out
// first (tabari_clauses.h). Actors and agents are found with the dictionary's phrases; an
// agent joins the actor right before or after it, or across OF/IN; "A and B" forms a
// compound whose members each take part in the event; pronouns stand for the sentence's
// first actor (or, with FORWARD:, the previous sentence's). The first verb (not a
// capitalised or determiner-led noun) whose block yields a code is coded: its patterns are
// tried in order and the first matching one gives the code and the actors it binds;
// otherwise the verb's own code applies, with the clause's first actor before the verb as
// source and the first other actor after it as target (else the one between them). Code
// suffixes: '?' subordinate (kept only when no other verb codes), '!' dominant, ':' paired
// (the reverse event too). Null codes "---" code nothing, "###" discards the record and
// "+++" marks it complex. The definitions are in tabari_coder.cc (options and coding),
// tabari_coder_analyse.cc (reading a sentence) and tabari_coder_verbs.cc (verbs and
// complexity); docs/validation.md lists the rules.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "code/tabari_pattern.h"
#include "code/validate.h"
#include "dict/dictionary.h"

namespace dyad::code {

class TabariCoder : public SuiteCoder {
 public:
  explicit TabariCoder(std::shared_ptr<const dict::Dictionary> dict);

  // Options as written in a TABARI .options file ("SET: TIME SHIFT = FALSE").
  void SetOption(std::string_view line) override;
  CodedRecord Code(const SuiteRecord& record) override;

  // The sentence's tokens and actors on `date`, as the coder sees them; sets *discard or
  // *complex when an actor's code says so.
  TabariSentence Analyse(std::string_view text, Date date, bool* discard, bool* complex) const;

  const std::map<std::string, std::string>& options() const { return options_; }
  // The value of an option as SetOption stored it ("SET: CODE BY" -> "CLAUSE"); "" if unset.
  std::string Option(const std::string& key) const;

 private:
  // A verb of the dictionary at a token: its block, the form matched and the tokens
  // [begin, end) the form covers.
  struct VerbHit {
    const dict::VerbBlock* block;
    const dict::VerbForm* form;
    uint32_t begin, end;
  };
  // The verbs that token t can be, in dictionary order: none for a capitalised word
  // (other than the first) or a word after a determiner, which are nouns.
  std::vector<VerbHit> VerbsAt(const TabariSentence& s, uint32_t t) const;

  // True when tokens [from, to) join two actors into a compound: "and", or a comma when
  // "and" or a comma follows the next actor (ending at next_end), with determiners and dictionary
  // <ADJECTIVE> words around them; after a compound (`prev_compound`), adjectives alone.
  bool JoinsCompound(const TabariSentence& s, uint32_t from, uint32_t to, uint32_t next_end,
                     bool prev_compound = false) const;

  // Pronouns (he, his, him, she, her, it, its, they, their, them) become actors: the
  // sentence's first actor before them, or with FORWARD the one carried from the
  // story's previous sentence.
  void DereferencePronouns(TabariSentence* s) const;

  // True when the "and" at token t joins two words of the <NOUN> or <ADJECTIVE> lists
  // ("awful and evil minister", "sheep and goats"): no new clause starts there.
  bool JoinsWords(const TabariSentence& s, uint32_t t) const;

  // TABARI's COMPLEX: option: too many verbs or conjunctions for shallow coding.
  bool IsComplex(const TabariSentence& s) const;
  // COMPLEX: NOACTPRIOR: the first verb with a code comes before any actor.
  bool NoActorPrior(const TabariSentence& s) const;

  std::shared_ptr<const dict::Dictionary> dict_;
  std::set<std::string> adjectives_, nouns_;  // one-word <ADJECTIVE> and <NOUN> entries
  dict::Agent former_;  // what an agent after "former" becomes
  std::map<std::string, std::string> options_;
  // FORWARD: the story of the previous record and the actor code it carries forward.
  std::string story_, forwarded_;
};

}  // namespace dyad::code
