// The clause rules of CAMEO coding, as tables: what an event becomes under a verb of
// intent ("want to", "agreed to", "plan to" -> 03x), of refusal ("refused to" -> 12x) or
// inside an appeal ("urged X to resume talks" -> 026), and how a general cooperation
// code narrows by the topic words of its clause ("cooperate on defense" -> 062).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::code {

enum class ClauseFrame {
  kNone,
  kIntent,    // want, plan, agree, intend, seek, pledge, promise, vow, hope, decide, ...
  kRefusal,   // refuse, decline, reject (+ to-infinitive)
  kAppeal,    // a governing event whose code is an appeal (02x)
};

// The frame that `lemma`, governing an infinitive, puts its complement in (intent or
// refusal), else kNone.
ClauseFrame FrameOfGoverning(std::string_view lemma);

// The code an event with `code` gets in `frame`, or "" when the event is not a fact in
// that frame and has no coded counterpart (an intent to attack is not coded as 03x).
// Under intent, force becomes a threat of force (138) and protest a threat of dissent
// (133); coercion and reduced relations stand as announced.
// For kAppeal the result is the appeal's own code, refined by what is asked. kRefusal also
// maps a negated cooperative event ("would not provide support" -> 121).
std::string Reframe(ClauseFrame frame, std::string_view code);

// Narrows a general material-cooperation code by its clause's lemmas: 060/030/031 with
// "defense", "military", "arms" ... -> 062/0312; with "trade", "economic" ... -> 061/0311.
// Other codes are returned unchanged.
std::string NarrowByTopic(std::string_view code, const std::vector<std::string_view>& lemmas);

// Verbs whose object, not subject, is the subject of their infinitive complement
// ("urged North Korea to resume talks"); what they ask for is not a fact.
bool IsObjectControlVerb(std::string_view lemma);

// Verbs that keep someone from an act: "stop X from attacking", "barred Y from buying".
bool IsPreventionVerb(std::string_view lemma);

// Verbs of wishing that take an object and an infinitive whose subject the object is
// ("wants Putin to attack", "expects Gondor to sign"): the wish is the subject's, the
// action the object's.
bool IsWishVerb(std::string_view lemma);

// Complements that make an intent verb an intent to cooperate when they are not coded
// themselves ("want to work together", "plan to strengthen ties").
bool IsCooperativeComplement(std::string_view lemma);

// Nouns naming a relation between parties ("ties", "relations", "trust"): what a cooperative
// complement must build or improve to be cooperation.
bool IsRelationNoun(std::string_view lemma);

// Speech verbs whose statement is not coded when the clause they report is.
bool IsSpeechVerb(std::string_view lemma);

// The verbs that only report words (say, tell, add, state, report, note ...): they speak to
// their object or a "to" phrase, never to an actor their words mention.
bool IsReportingVerb(std::string_view lemma);

}  // namespace dyad::code
