// TreeCoder: CAMEO events from a parsed article. For every verb (and event noun) that a
// dictionary's verb blocks know, the coder finds its source (the subject, inherited
// through control and coordination, or the agent of a passive) and its target (the
// object, or the complement a pattern names), chooses the most specific pattern that
// matches the predicate's complement on the tree, and applies the clause around it:
// intent ("want to / agreed to work together" -> 03x), refusal ("refused to" -> 12x),
// appeals refined by what they ask for ("urged X to resume talks" -> 026), negation and
// conditions (not facts: dropped, or kept flagged), reciprocal compounds ("North Korea and
// Russia want to work together" -> both directions), paired codes (a visit is also a
// hosting) and denials aimed at the last accuser. Actors come from actors::FindMentions;
// compounds give one event per member pair.
//
// PETRARCH 2 transformations ("~ a (b . ATTACK) SAY = a b 112") rewrite reported events.
//
// Works with TABARI and PETRARCH verb dictionaries and with dyad's own `event` entries
// (docs/dictionaries.md), which are blocks named by their CAMEO code whose verb forms
// without a code of their own code only through a pattern.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "actors/mention.h"
#include "code/dependency_tree.h"
#include "code/intent_codes.h"
#include "code/ontology.h"
#include "code/tree_pattern.h"
#include "dict/dictionary.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::code {

struct TreeCoderOptions {
  bool keep_negated = false;       // emit negated events with Event::negated set
  bool keep_hypothetical = false;  // emit events of conditional clauses and questions
  bool require_target = false;     // never emit an event without a target actor
  bool paired = true;              // emit the paired event of codes that have one
  // PETRARCH's require_dyad off: an event with no target actor is coded whatever its
  // code (target none).
  bool targetless = false;
  // A speech verb keeps its own event beside the clause it reports, as PETRARCH 2 codes
  // every verb ("X welcomed ..., a senior official said" -> also ---GOV says).
  bool code_reports = false;
  // TABARI and PETRARCH pattern words match only the text as written, as PETRARCH 2 reads
  // them ("* EFFORT" does not match "efforts"; Universal-PETRARCH matches lemmas).
  bool exact_words = false;
  // PETRARCH 2 reads a verb as passive only with its "by" agent: without one its subject
  // is its source ("The Philippines was criticized over its dispute with Eriador" ->
  // PHL criticizes ERI).
  bool passive_needs_agent = false;
  // PETRARCH's convention for a meeting's place: "Obama and Putin will meet in Zurich" is
  // USAGOV -> CHE and RUSGOV -> CHE (the Universal-PETRARCH GSR expects it). dyad's own: a
  // place is where a meeting happens, not whom it is with (USAGOV <-> RUSGOV).
  bool meeting_place_target = false;
  // PETRARCH's suites code a visit to a place of the visitor's own country ("Mordor's
  // army will be hosting Osgiliath at Cirith Ungol" -> MORMIL visits MOR); dyad's own: a
  // trip at home ("Pence arrived in Texas") is no visit.
  bool home_visits = false;
  // Intents from a suite's coding ontology (intent_codes.h), in place of clause_rules.h's
  // Reframe for the acts it defines; null: dyad's own.
  const IntentCodes* intents = nullptr;
};

// What the coder considered for one predicate, for `dyad explain`.
struct Candidate {
  uint32_t sentence = 0;
  uint32_t predicate = 0;  // token
  bool noun = false;
  std::string code;        // after the clause rules; empty when dropped
  std::string pattern;     // what matched: "verb visit", "pattern * (TO +)", ...
  std::string note;        // why it was changed or dropped
  int32_t source_token = -1, target_token = -1;
};

class TreeCoder {
 public:
  explicit TreeCoder(std::shared_ptr<const dict::Dictionary> dict, TreeCoderOptions options = {},
                     const Ontology& ontology = Ontology::Default());

  // The events of `doc` (parsed; an unparsed document gives none) with `mentions` from
  // FindMentions on the same document. Events carry the sentence, verb, actors with their
  // text and byte offsets, the code with its Goldstein value, QuadClass and PLOVER
  // fields, and the pattern; `date` fills Event::date (the pipeline refines it). Ids and
  // article fields are left to the caller. When `trace` is given, every predicate
  // considered is appended to it.
  std::vector<Event> Code(const Document& doc, std::span<const actors::Mention> mentions, Date date,
                          std::vector<Candidate>* trace = nullptr) const;
  // The same with `options` for this call in place of the coder's own (a suite's
  // records switch PETRARCH's require_dyad on and off).
  std::vector<Event> Code(const Document& doc, std::span<const actors::Mention> mentions, Date date,
                          const TreeCoderOptions& options, std::vector<Candidate>* trace = nullptr) const;

  const dict::Dictionary& dictionary() const { return *dict_; }

 private:
  void ApplyTransformations(const Document& doc, const DependencyTree& tree,
                            std::span<const actors::Mention> mentions, const actors::MentionIndex& idx, size_t first,
                            std::span<const uint32_t> wished, std::vector<Event>* events) const;

  std::shared_ptr<const dict::Dictionary> dict_;
  TreeCoderOptions options_;
  const Ontology& ontology_;
  // The verbs are dyad's own (data/dict): general codes then narrow by the topic words of
  // their clause (clause_rules.h NarrowByTopic), a convention TABARI and PETRARCH verb files
  // do not share; with theirs the codes stand as those files give them.
  bool own_verbs_ = false;
  // Per verb block, per pattern: the word openings a match needs (RequiredOpenings; for
  // a dyad pattern of a mutual act, without the partner's phrase it may be matched
  // without), so that a pattern whose words a sentence lacks is not tried there.
  std::vector<std::vector<PatternOpenings>> needs_;
};

}  // namespace dyad::code
