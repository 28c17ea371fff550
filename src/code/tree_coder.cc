#include "code/tree_coder.h"

#include <algorithm>
#include <cctype>
#include <fmt/core.h>
#include <fmt/format.h>
#include <optional>
#include <span>
#include <utility>

#include "code/background.h"
#include "code/clause_rules.h"
#include "code/default_target.h"
#include "code/dependency_tree.h"
#include "code/halted_talks.h"
#include "code/speaker_agent.h"
#include "code/tabari_pattern.h"  // ExpandAlternatives
#include "code/tree_pattern.h"
#include "code/word_sets.h"
#include "util/ascii.h"
#include "util/calendar_words.h"

namespace dyad::code {
namespace {

using actors::Mention;
using actors::MentionIndex;

// dyad's own `event` blocks are named by their code ("042"); a verb form in them that has
// no code of its own codes only through one of the block's patterns.
bool IsDyadBlock(const dict::VerbBlock& b) {
  return !b.name.empty() && std::all_of(b.name.begin(), b.name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsNull(const std::string& code) { return code.empty() || code == "---" || code == "###" || code == "+++"; }

// True for a code of force: assault, fight, mass violence (CAMEO roots 18, 19, 20).
bool IsForce(const std::string& code) {
  return code.size() >= 2 && (code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0);
}

// True for what two sides do together (CAMEO roots 03-06): not a visit (one goes, the
// other hosts), nor mediation, praise, defence, rallying, recognition, apology or
// forgiveness, which go to someone else.
bool IsMutual(std::string_view code) {
  return code.size() >= 2 && IsAny(code.substr(0, 2), {"03", "04", "05", "06"}) &&
         !IsAny(code, {"042", "043", "045", "051", "052", "053", "054", "055", "056"});
}

// A code naming civilians as such: migrants and other civilians, refugees, criminals
// ("CVL", "SYRREF", "LAMCVL", "USACRM").
bool IsCivilianCode(std::string_view code) {
  for (size_t i = 0; i + 3 <= code.size(); i += 3)
    if (IsAny(code.substr(i, 3), {"CVL", "REF", "CRM"})) return true;
  return false;
}

// Nouns of menace: "the threat of ISIS" is ISIS's; "Iran is a threat to Israel"
// characterizes Iran.
bool IsThreatNoun(std::string_view lemma) { return IsAny(lemma, {"threat", "menace", "danger"}); }

// True when `code` is a more specific CAMEO code under `general`'s root: 0841 under 080.
bool Narrows(const std::string& code, const std::string& general) {
  if (general.size() < 3 || code.size() <= 2 || code == general) return false;
  // A root's own code ("080") stands for the whole root; any other code stands for itself.
  const size_t stem = general.size() == 3 && general[2] == '0' ? 2 : general.size();
  return code.size() >= general.size() && code.compare(0, stem, general, 0, stem) == 0;
}

// "would welcome", "would support": a wish or a stance, not an undertaking.
bool IsStanceVerb(std::string_view lemma) {
  return IsAny(lemma, {"welcome", "like", "love", "prefer", "appreciate", "support", "accept", "consider", "want",
                       "favor", "favour", "oppose"});
}

// True when the clause at `verb` under the speech verb `speech` tells what the speaker
// will do: a future auxiliary ("would", "will", "'ll", "shall") and a subject that is the
// speaker's own words or a personal pronoun ("Israel announced it would free ...").
bool SpeakerPromises(const DependencyTree& tree, uint32_t speech, uint32_t verb) {
  const bool future = std::any_of(tree.children(verb).begin(), tree.children(verb).end(), [&](uint32_t c) {
    return tree.rel(c) == "aux" && IsAny(tree.lower(c), {"would", "will", "'ll", "shall", "wo"});
  });
  if (!future || IsStanceVerb(tree.lemma(verb))) return false;
  const int32_t subject = tree.Child(verb, "nsubj"), speaker = tree.Child(speech, "nsubj");
  if (subject < 0 || speaker < 0) return false;
  const uint32_t s = static_cast<uint32_t>(subject);
  if (tree.token(s).upos == Upos::kPRON)
    return IsAny(tree.lower(s), {"it", "they", "he", "she", "we", "i"});
  return tree.lemma(s) == tree.lemma(static_cast<uint32_t>(speaker));
}

// True when a pattern names something beyond its verb and prepositions: "* PRISONERS",
// "* (FOR CONSULTATIONS)", not "* (FOR)".
bool NamesAThing(const std::vector<dict::PatternItem>& items) {
  using Kind = dict::PatternItem::Kind;
  return std::any_of(items.begin(), items.end(), [](const dict::PatternItem& it) {
    switch (it.kind) {
      case Kind::kWord:
      case Kind::kSynset:
      case Kind::kNounPhrase:
        return true;
      case Kind::kPrepPhrase:
        return !it.children.empty() && it.children[0].size() > 1;
      case Kind::kAlternatives:
        return std::any_of(it.children.begin(), it.children.end(), [](const auto& alt) { return NamesAThing(alt); });
      default:
        return false;
    }
  });
}

// One predicate as first coded, before the clause rules.
struct Pred {
  uint32_t token = 0;
  bool noun = false;
  dict::EventCode code;
  std::string pattern;
  int specificity = 0;  // dictionary words matched beyond the verb
  int32_t source = -1, target = -1;  // tokens bound by the pattern
  bool dropped = false;
  bool negation_coded = false;  // the pattern matched the negation itself
  std::string note;
  bool reversed = false;  // "[:030]": the event runs from the target to the source
  int reach = 0;          // TreeMatch::reach of the pattern
  // A dyad pattern matched without its "(PREP +)", the partner it names ("Russia and China
  // signed an agreement" for "sign agreement [with]"): coded only between the several
  // actors of its subject, never with a target found elsewhere.
  bool needs_partner = false;
  // The partners are the actors of a "between" phrase, each acting on the others:
  // "fighting between Hamas militants and Israel".
  bool between = false;
  // The intent code it is emitted with, decided before its parties are ("will meet": 036),
  // which are found as for the act itself (040); empty: its own code.
  std::string future_intent = {};
};

// The verb forms of `block` that token `t` is.
const dict::VerbForm* FormOf(const dict::VerbBlock& block, const DependencyTree& tree, uint32_t t, bool noun,
                             std::span<const uint32_t> comp) {
  for (const dict::VerbForm& f : block.verbs) {
    if (f.noun != noun || f.words.empty()) continue;
    const size_t infl = std::min<size_t>(static_cast<size_t>(std::max(f.inflected, 0)), f.words.size() - 1);
    const std::string& base = f.words[infl];
    const bool here = tree.lemma(t) == base || tree.lower(t) == base ||
                      std::find(f.forms.begin(), f.forms.end(), tree.lower(t)) != f.forms.end();
    if (!here) continue;
    // The other words of a multi-word verb ("shut down", "carry out") in the complement, or
    // in their place beside the verb whatever the parse made of them ("wire tapped", with
    // "wire" parsed as a noun of the subject).
    bool rest = true;
    for (size_t k = 0; k < f.words.size() && rest; ++k) {
      if (k == infl) continue;
      auto is_word = [&](uint32_t u) { return tree.lemma(u) == f.words[k] || tree.lower(u) == f.words[k]; };
      const int64_t beside = static_cast<int64_t>(t) + static_cast<int64_t>(k) - static_cast<int64_t>(infl);
      rest = std::any_of(comp.begin(), comp.end(), [&](uint32_t u) { return u != t && is_word(u); }) ||
             (beside >= tree.begin() && beside < tree.end() && is_word(static_cast<uint32_t>(beside)));
    }
    if (rest) return &f;
  }
  return nullptr;
}

// An agreement noun ("deal", "agreement", "accord", "treaty", "pact") that names a deal
// still sought, hoped for or foreseen, not one made: "looking for a deal with China",
// "wants to cut a deal with the Taliban", "closer to reaching a deal", "optimism for a new
// trade deal", "any eventual deal". "Reached a trade deal", "signed the agreement" and
// "the 2015 deal" are made.
bool UnmadeAgreement(const DependencyTree& tree, uint32_t noun) {
  if (!IsAny(tree.lemma(noun), {"deal", "agreement", "accord", "treaty", "pact"})) return false;
  for (uint32_t c : tree.children(noun)) {
    if (tree.rel(c) == "det" && tree.lower(c) == "any") return true;
    if (tree.rel(c) == "amod" && IsAny(tree.lemma(c), {"eventual", "possible", "potential", "future", "proposed",
                                                       "prospective", "hypothetical", "draft", "emerging"}))
      return true;
  }
  // Wanting, seeking, hoping or pushing for one, by a verb or a noun ("hopes of a deal").
  auto seeks = [&](uint32_t t) {
    return IsAny(tree.lemma(t), {"seek", "pursue", "want", "need", "hope", "push", "press", "look", "aim", "strive",
                                 "try", "attempt", "urge", "demand", "propose", "explore", "desire", "wish", "eager",
                                 "desperate", "keen", "close", "closer", "ready", "willing", "able", "optimism",
                                 "optimistic", "prospect", "pursuit", "quest", "search", "bid", "chance",
                                 "possibility", "effort", "work"});
  };
  int32_t h = tree.head(noun);
  if (h < 0) return false;
  const std::string_view rel = tree.rel(noun);
  if (rel != "obj" && rel != "obl" && rel != "nmod") return false;
  if (seeks(static_cast<uint32_t>(h))) return true;
  // The verb that takes the deal, and the clauses it is the aim of: "wants to cut a deal",
  // "desperate to get a deal", "closer to reaching a deal". Nor is a deal made that a verb
  // only will, would or might make.
  uint32_t v = static_cast<uint32_t>(h);
  if (tree.token(v).upos != Upos::kVERB) return false;
  if (tree.Future(v) || tree.Speculative(v) || tree.Hypothetical(v)) return true;
  for (int depth = 0; depth < 3; ++depth) {
    const std::string_view r = tree.rel(v);
    if (r != "xcomp" && r != "advcl" && r != "acl") break;
    const int32_t up = tree.head(v);
    if (up < 0) break;
    if (seeks(static_cast<uint32_t>(up))) return true;
    if (r != "xcomp") break;  // only a complement chain leads further up
    v = static_cast<uint32_t>(up);
  }
  return false;
}

// The best coding of token `t` as a predicate of `noun` kind, or nullopt.
std::optional<Pred> CodePredicate(const dict::Dictionary& dict, std::span<const std::vector<PatternOpenings>> needs,
                                  const DependencyTree& tree, uint32_t t, bool noun, const MentionIndex& mentions,
                                  bool exact_words, bool passive_needs_agent) {
  std::vector<uint32_t> blocks;
  auto add_blocks = [&](std::string_view key) {
    for (uint32_t b : dict.VerbBlocksFor(key))
      if (std::find(blocks.begin(), blocks.end(), b) == blocks.end()) blocks.push_back(b);
  };
  add_blocks(tree.lower(t));
  if (tree.lemma(t) != tree.lower(t)) add_blocks(tree.lemma(t));  // (the same word adds nothing)
  std::optional<Pred> best;
  if (blocks.empty()) return best;
  const std::vector<uint32_t> comp = tree.Complement(t);
  // dyad's own patterns read their words in the predicate's own clause and its infinitives
  // ("want to cooperate"), not in a clause it reports or that modifies a word of it
  // ("letting them know that ... we're not going to give them anything" is no "let go").
  std::vector<uint32_t> own_comp;
  // A clause below the predicate that is not its own: not what one is accused of or thanked
  // for ("accused Iran of orchestrating the attack"), nor the infinitive of a verb that asks
  // or intends, however the parse hung it ("persuade North Korea to resume[advcl] talks").
  const bool asks_or_intends = IsObjectControlVerb(tree.lemma(t)) || IsWishVerb(tree.lemma(t)) ||
                               FrameOfGoverning(tree.lemma(t)) != ClauseFrame::kNone;
  auto other_clause = [&](uint32_t c) {
    const std::string_view r = tree.rel(c), mark = tree.CaseOf(c);
    if (!IsAny(r, {"ccomp", "advcl", "acl", "parataxis", "csubj"}) || IsAny(mark, {"of", "for"})) return false;
    return !(r == "advcl" && mark == "to" && tree.head(c) == static_cast<int32_t>(t) && asks_or_intends);
  };
  if (std::any_of(blocks.begin(), blocks.end(), [&](uint32_t b) { return IsDyadBlock(dict.model().verbs[b]); }))
    for (uint32_t u : comp) {
      bool inside = false;
      for (int32_t cur = static_cast<int32_t>(u), hops = 0;
           cur >= 0 && cur != static_cast<int32_t>(t) && hops < 64 && !inside;
           cur = tree.head(static_cast<uint32_t>(cur)), ++hops)
        inside = other_clause(static_cast<uint32_t>(cur));
      if (!inside) own_comp.push_back(u);
    }
  // A passive's subject is its logical object, where the words after '*' are read first:
  // "Evidence against Russia was presented by the US" is "* EVIDENCE" (1124).
  std::vector<uint32_t> object_first;
  const int32_t passive_subject = noun ? -1 : tree.Child(t, "nsubj:pass");
  if (passive_subject >= 0 && !(passive_needs_agent && tree.AgentOf(t) < 0))
    object_first = tree.Complement(static_cast<uint32_t>(passive_subject));
  // Its "by" agent is its logical subject, where the words before '*' are read first: "The
  // building was demolished by a protestor" is "PROTESTOR *" (145).
  std::vector<uint32_t> agent_first;
  if (!object_first.empty() && tree.AgentOf(t) >= 0) agent_first = tree.Complement(static_cast<uint32_t>(tree.AgentOf(t)));
  // What the patterns' words can find on either side of the predicate.
  WordOpenings before_words, after_words;
  SideOpenings(tree, t, comp, object_first, agent_first, &before_words, &after_words);
  // A PETRARCH verb that none of its own patterns codes and whose block gives no code
  // takes the patterns of force (CAMEO 18-20) that the block wrote for its other verbs,
  // tried after every block's own: an attack is one whatever verb of the block brings it
  // ("launched missiles" reads OPEN's "* &WEAPON", 194). Words and gestures stay with the
  // verb they were written for. A verb left with only its block's code may also take a
  // block-mate's pattern that narrows that code within its own kind: "free prisoners" reads
  // RELEASE's "* PRISONERS" (0841 under the block's 080), never a code of another root.
  bool best_dyad = false;  // best came from one of dyad's own blocks
  // The pattern best came from (its expansion, where it had alternatives), described once
  // the best is known.
  const dict::VerbPattern* best_pattern = nullptr;
  std::vector<dict::PatternItem> best_expansion;
  for (int pass = 0; pass < 2; ++pass) {
    const bool narrowing = best && best->specificity == 0 && !IsNull(best->code.code) && !best_dyad;
    if (pass == 1 && best && (best->specificity > 0 || !(narrowing || IsNull(best->code.code)))) break;
    for (uint32_t id : blocks) {
      const dict::VerbBlock& block = dict.model().verbs[id];
      const dict::VerbForm* form = FormOf(block, tree, t, noun, comp);
      if (form == nullptr) continue;
      const std::string& base = form->words[std::min<size_t>(static_cast<size_t>(std::max(form->inflected, 0)),
                                                             form->words.size() - 1)];
      const bool no_own_code = !IsDyadBlock(block) && (form->has_code ? IsNull(form->code.code) : IsNull(block.code.code));
      if (pass == 1 && !no_own_code && !narrowing) continue;
      for (size_t pi = 0; pi < block.patterns.size(); ++pi) {
        const dict::VerbPattern& p = block.patterns[pi];
        if (!needs[id][pi].Possible(before_words, after_words)) continue;  // words not there
        // dyad's own patterns name the verb they belong to ("* (TO +)" of "travel [to]").
        const auto verb_item = std::find_if(p.items.begin(), p.items.end(),
                                            [](const dict::PatternItem& it) { return it.kind == dict::PatternItem::Kind::kVerb; });
        const bool own = verb_item == p.items.end() || verb_item->word.text.empty() || verb_item->word.text == base;
        if (own != (pass == 0)) continue;
        // A verb's "[-]" of dyad's dictionary ("$ *": its subject alone) is no noun's: the
        // nearest actor before "protests" is seldom the protest's ("Beijing pushed Hong
        // Kong to crack down on protests").
        if (noun && IsDyadBlock(block) && !p.items.empty() && p.items[0].kind == dict::PatternItem::Kind::kSource)
          continue;
        if (!own && !(narrowing ? Narrows(p.code.code, best->code.code) && NamesAThing(p.items)
                                : no_own_code && IsForce(p.code.code)))
          continue;
        // A pattern's expansions; most have no alternatives and are matched as they stand.
        const bool alternatives = std::any_of(p.items.begin(), p.items.end(), [](const dict::PatternItem& it) {
          return it.kind == dict::PatternItem::Kind::kAlternatives;
        });
        const std::vector<std::vector<dict::PatternItem>> expanded =
            alternatives ? ExpandAlternatives(p.items) : std::vector<std::vector<dict::PatternItem>>{};
        for (size_t x = 0; x < (alternatives ? expanded.size() : 1); ++x) {
          const std::span<const dict::PatternItem> flat = alternatives ? std::span<const dict::PatternItem>(expanded[x])
                                                                       : std::span<const dict::PatternItem>(p.items);
          TreeMatch m;
          bool partner_missing = false;
          const std::vector<uint32_t>& words_in = IsDyadBlock(block) ? own_comp : comp;
          if (!MatchOnTree(flat, tree, t, words_in, dict, mentions, &m, !IsDyadBlock(block), exact_words, object_first,
                           agent_first)) {
            // A dyad pattern with words of its own and a partner's "(PREP +)" that the
            // sentence leaves out: "Russia and China signed an agreement", "the two leaders
            // held talks" (a bare "[prep]" alternative, "call [on]", needs its phrase).
            const bool words = std::any_of(flat.begin(), flat.end(), [](const dict::PatternItem& it) {
              return it.kind == dict::PatternItem::Kind::kWord;
            });
            // Only for what two sides do together (no partner is found otherwise).
            if (!IsDyadBlock(block) || !IsMutual(p.code.code) || flat.empty() ||
                flat.back().kind != dict::PatternItem::Kind::kPrepPhrase)
              continue;
            // An event noun's "between" phrase names both sides: "talks between Russia and
            // China", "a meeting between Trump and Kim".
            int32_t between = -1;
            if (noun)
              for (uint32_t c : tree.children(t))
                if (tree.rel(c) == "nmod" && tree.CaseOf(c) == "between" && mentions.Outermost(c) >= 0)
                  between = static_cast<int32_t>(c);
            if (!words && between < 0) continue;
            const std::span<const dict::PatternItem> bare = flat.first(flat.size() - 1);
            m = TreeMatch{};
            if (!MatchOnTree(bare, tree, t, own_comp, dict, mentions, &m, false, exact_words, object_first, agent_first))
              continue;
            if (between >= 0 && m.source < 0) m.source = between;
            partner_missing = true;
          }
          // (A match without its partner ranks below a full one of the same words.)
          const int spec = (partner_missing ? 0 : 1) + m.words + (m.target >= 0 || m.source >= 0 ? 1 : 0);
          if (best && best->specificity > spec) continue;
          // As specific: the pattern whose words stand nearer the verb, else the first.
          if (best && best->specificity == spec && !(m.reach > 0 && best->reach > m.reach)) continue;
          best = Pred{t, noun, p.code, {}, spec, m.source, m.target, false, m.negation, {}};
          best_dyad = IsDyadBlock(block);
          best_pattern = &p;
          if (alternatives) best_expansion = expanded[x];
          else best_expansion.clear();
          best->reach = m.reach;
          best->needs_partner = partner_missing;
        }
      }
      if (best || pass == 1) continue;
      // The verb's own code, else (TABARI and PETRARCH blocks) the block's.
      dict::EventCode code;
      if (form->has_code) code = form->code;
      else if (!IsDyadBlock(block)) code = block.code;
      else continue;
      const std::string written = fmt::format("{} {}", noun ? "noun" : "verb", fmt::join(form->words, " "));
      if (!best) {
        best = Pred{t, noun, code, written, 0, -1, -1, false, false, {}};
        best_dyad = IsDyadBlock(block);
        best_pattern = nullptr;
        // A verb with no subject of its own and a "between" phrase of several actors acts
        // between them: "smoke rises during fighting[advcl] between rebel fighters and forces
        // loyal to Assad" is no fight of the clause's subject.
        // (Nor a verb with an object, which a stray phrase may follow: "Iran tried to shoot
        // down a drone ... how tense relations are between the U.S. and the Islamic Republic".)
        if (!noun && tree.Child(t, "nsubj") < 0 && tree.Child(t, "nsubj:pass") < 0 && tree.AgentOf(t) < 0 &&
            tree.Child(t, "obj") < 0)
          for (uint32_t c : tree.children(t))
            if (tree.rel(c) == "obl" && tree.CaseOf(c) == "between" && mentions.Outermost(c) >= 0 &&
                tree.Child(c, "conj") >= 0) {
              best->source = static_cast<int32_t>(c);
              best->needs_partner = true;
              best->between = true;
              best->pattern += " (between)";
            }
      }
    }
  }
  if (best && best_pattern != nullptr) {
    best->pattern = "pattern " + DescribePattern(best_expansion.empty() ? std::span<const dict::PatternItem>(best_pattern->items)
                                                                        : std::span<const dict::PatternItem>(best_expansion));
    if (best->needs_partner) best->pattern += " (no partner named)";
  }
  // A PETRARCH code with only its second part ("- * ASSURANCE [:030]" of "receive") is the
  // event with the roles exchanged: "received assurances from the government" is the
  // government's assurance.
  if (best && best->code.code.empty() && !IsNull(best->code.paired)) {
    best->code.code = std::exchange(best->code.paired, std::string());
    best->reversed = true;
  }
  if (best && IsNull(best->code.code)) return std::nullopt;
  return best;
}

// True for a noun naming an accident or a natural disaster: the actor that modifies it
// ("victims killed by the Malaysia Airlines crash") did not act.
bool IsMishap(std::string_view lemma) {
  return IsAny(lemma, {"crash", "accident", "collision", "derailment", "earthquake", "quake", "flood", "storm",
                       "hurricane", "typhoon", "cyclone", "tsunami", "landslide", "avalanche", "wildfire", "drought"});
}

// The mention standing for the noun phrase headed at `t`: the outermost coded mention
// covering it; else, for a non-actor noun ("attempts by the USA", "Shoigu's visit"), the
// mention of its possessor or its "by"/"of" dependent.
int32_t ActorAt(const DependencyTree& tree, const MentionIndex& idx, int32_t t, int depth = 0) {
  if (t < 0) return -1;
  if (HyphenedToParticiple(tree, static_cast<uint32_t>(t)) || IsMishap(tree.lemma(static_cast<uint32_t>(t))))
    return -1;
  // An apposition names the same actor as the phrase it restates, and that phrase's head
  // is the one read: "The US commander in Iraq, General David Petraeus" is USAMIL.
  if (tree.rel(static_cast<uint32_t>(t)) == "appos") {
    const int32_t other = idx.Outermost(static_cast<uint32_t>(tree.head(static_cast<uint32_t>(t))));
    if (other >= 0) return other;
  }
  const int32_t m = idx.Outermost(static_cast<uint32_t>(t));
  if (m >= 0 || depth > 1) return m;
  for (uint32_t c : tree.children(static_cast<uint32_t>(t)))
    if (tree.rel(c) == "appos" && idx.Outermost(c) >= 0) return idx.Outermost(c);
  for (uint32_t c : tree.children(static_cast<uint32_t>(t))) {
    const std::string_view r = tree.full_rel(c);
    if (r == "nmod:poss" || (tree.rel(c) == "nmod" && (tree.CaseOf(c) == "by" || tree.CaseOf(c) == "of"))) {
      const int32_t inner = ActorAt(tree, idx, static_cast<int32_t>(c), depth + 1);
      if (inner >= 0) return inner;
    }
  }
  return -1;
}

// Nouns of leaving, whose "from" phrase is what is left ("withdrawal from Syria").
bool IsLeaving(std::string_view lemma) {
  return IsAny(lemma, {"withdrawal", "departure", "exit", "pullout", "retreat", "expulsion", "evacuation", "release",
                       "escape", "defection", "deportation", "extradition", "resignation", "removal", "ouster",
                       "recognition", "separation", "secession", "independence"});
}

// Nouns of an act done to someone, whose "of" phrase is the one it is done to: "Iran's
// occupation of Syria", "Moscow's annexation of Crimea", "the arrest of two Canadians".
bool TakesItsObjectInOf(std::string_view noun) {
  return IsAny(noun, {"invasion", "occupation", "annexation", "bombing", "bombardment", "shelling", "blockade",
                      "siege", "arrest", "detention", "killing", "murder", "assassination", "execution", "expulsion",
                      "abduction", "kidnapping", "capture", "condemnation", "criticism", "recognition",
                      "destruction", "liberation", "seizure", "torture", "persecution", "harassment", "isolation",
                      "punishment", "encirclement"});
}

// For an event noun: source from its possessor, an adjective naming an actor ("Chinese
// exports"), a "by" phrase or a "from" phrase ("aid from the U.S.", "threats from ISIS",
// not "withdrawal from Syria"); target from "to" / "with" / "against" / "on" phrases, and
// "of" for an act done to someone (TakesItsObjectInOf).
void NounRoles(const DependencyTree& tree, uint32_t noun, const MentionIndex& idx, int32_t* source, int32_t* target) {
  for (uint32_t c : tree.children(noun)) {
    const std::string_view r = tree.full_rel(c);
    const bool actor = idx.Outermost(c) >= 0;
    if (!actor) continue;
    // "The threat of ISIS" is ISIS's threat, as "the threat from ISIS" is.
    const bool from = tree.rel(c) == "nmod" &&
                      ((tree.CaseOf(c) == "from" && !IsLeaving(tree.lemma(noun))) ||
                       (tree.CaseOf(c) == "of" && IsThreatNoun(tree.lemma(noun))));
    if (*source < 0 && (r == "nmod:poss" || r == "amod" || r == "compound" || from ||
                        (tree.rel(c) == "nmod" && tree.CaseOf(c) == "by")))
      *source = static_cast<int32_t>(c);
    else if (from)
      continue;
    else if (*target < 0 && tree.rel(c) == "nmod" && tree.CaseOf(c) != "by" &&
             (tree.CaseOf(c) != "of" || TakesItsObjectInOf(tree.lemma(noun))))
      *target = static_cast<int32_t>(c);
  }
  // A "from" phrase whose noun names no actor gives the one its "of" phrase names:
  // "assistance from the Arab nations of Saudi Arabia, Qatar and Jordan".
  if (*source >= 0 || IsLeaving(tree.lemma(noun))) return;
  for (uint32_t c : tree.children(noun)) {
    if (tree.rel(c) != "nmod" || tree.CaseOf(c) != "from" || idx.Outermost(c) >= 0) continue;
    for (uint32_t g : tree.children(c))
      if (tree.rel(g) == "nmod" && tree.CaseOf(g) == "of" && idx.Outermost(g) >= 0) {
        *source = static_cast<int32_t>(g);
        return;
      }
  }
}

std::vector<std::string_view> LemmasOf(const DependencyTree& tree, uint32_t pred) {
  std::vector<std::string_view> out;
  for (uint32_t t : tree.Complement(pred)) out.push_back(tree.lemma(t));
  return out;
}

}  // namespace

TreeCoder::TreeCoder(std::shared_ptr<const dict::Dictionary> dict, TreeCoderOptions options, const Ontology& ontology)
    : dict_(std::move(dict)), options_(options), ontology_(ontology) {
  own_verbs_ = std::any_of(dict_->model().verbs.begin(), dict_->model().verbs.end(),
                           [](const dict::VerbBlock& b) { return IsDyadBlock(b); });
  for (const dict::VerbBlock& block : dict_->model().verbs) {
    std::vector<PatternOpenings>& needs = needs_.emplace_back();
    for (const dict::VerbPattern& p : block.patterns) {
      std::span<const dict::PatternItem> items = p.items;
      // CodePredicate's second try: such a pattern without its last "(PREP +)".
      if (IsDyadBlock(block) && IsMutual(p.code.code) && !items.empty() &&
          items.back().kind == dict::PatternItem::Kind::kPrepPhrase)
        items = items.first(items.size() - 1);
      needs.push_back(RequiredOpenings(items, *dict_));
    }
  }
}

namespace {

// Codes of the CAMEO prefixes that are not states (sectors, IGOs, regions).
bool IsStateCode(std::string_view code) {
  if (code.size() < 3) return false;
  const std::string_view p = code.substr(0, 3);
  for (std::string_view not_state : {"IGO", "NGO", "MNC", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
                                     "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "REF", "ELI", "HLH", "AGR", "ENV",
                                     "LEG", "UAF", "INS", "SEP", "RAD", "IMG", "NGM", "UIS", "AFR", "ASA", "EUR",
                                     "MEA", "WST", "SAM", "NAM", "CAS", "SAS", "SEA", "BLK", "BAL", "CAU", "CRB",
                                     "EAF", "WAF", "NAF", "SAF", "CFR", "LAM", "MDT", "PGS", "SCN", "EEU", "DEV"})
    if (p == not_state) return false;
  return std::all_of(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A state, or a government, force, court, legislature, intelligence service or elite: an
// authority, which a protest it meets or speaks at is not the protest of.
bool CodeNamesAnAuthority(std::string_view c) {
  for (std::string_view s : {"GOV", "ELI", "MIL", "COP", "JUD", "LEG", "SPY"})
    if (c.find(s) != std::string_view::npos) return true;
  return c.size() == 3 && IsStateCode(c);
}

bool NamesAnAuthority(const Mention& m) {
  return std::any_of(m.codes.begin(), m.codes.end(), [](const std::string& c) { return CodeNamesAnAuthority(c); });
}

// Verbs whose subject holds the protest that is their object or setting ("staged a
// protest", "took part in a rally", "protesters gathered for a demonstration").
bool HoldsAProtest(std::string_view verb) {
  return IsAny(verb, {"hold", "stage", "lead", "organize", "organise", "join", "launch", "mount", "call", "plan",
                      "start", "begin", "continue", "resume", "take", "stop", "end", "rise", "march", "gather",
                      "participate", "chant"});
}

// Nouns of measure, phase or plan that an event noun can hang on without their verb losing
// it: "a round of talks", "the conclusion of a meeting", "a strategy of sanctions".
bool IsLightNoun(std::string_view lemma) {
  return IsAny(lemma, {"period", "round", "series", "day", "week", "month", "conclusion", "end", "start", "beginning",
                       "part", "strategy", "policy", "package", "wave", "campaign", "program", "programme", "set",
                       "number", "process", "course", "spate", "flurry", "string", "billion", "million", "kind",
                       "type", "form", "sidelines", "margin"});
}

// Verbs whose subject caused the event that is their object, rather than did it ("the
// assassination sparked demonstrations", "drew condemnation").
bool CausesAnEvent(std::string_view verb) {
  return IsAny(verb, {"spark", "trigger", "provoke", "prompt", "cause", "fuel", "spur", "ignite", "stoke", "incite",
                      "draw"});
}

// The members of mention `m` as event actors: a compound's parts, else one actor per code.
// A compound with one code per part codes each part by its own code there (an agent
// distributed over the conjuncts: "Lawmakers in Fornost and Gondor" -> GONLEG); one whose
// codes pair its parts' agents and actors ("Lawmakers and officials in Fornost and Gondor"
// -> FORLEG, GONLEG, FORGOV, GONGOV) is one actor per code, each named by the whole phrase.
std::vector<EventActor> MembersOf(const Document& doc, std::span<const Mention> all, const Mention& m) {
  auto text = [&](const Mention& x) { return doc.text.substr(x.byte_begin, x.byte_end - x.byte_begin); };
  std::vector<EventActor> out;
  auto codes_are_the_parts = [&] {
    size_t k = 0;
    for (uint32_t p : m.parts)
      for (const std::string& c : all[p].codes)
        if (k >= m.codes.size() || m.codes[k++] != c) return false;
    return k == m.codes.size();
  };
  const bool paired = !m.parts.empty() && m.codes.size() != m.parts.size() && !codes_are_the_parts();
  if (!m.parts.empty() && !paired) {
    const bool own = m.codes.size() == m.parts.size() &&
                     std::all_of(m.parts.begin(), m.parts.end(), [&](uint32_t p) { return all[p].codes.size() == 1; });
    for (size_t k = 0; k < m.parts.size(); ++k) {
      const Mention& part = all[m.parts[k]];
      for (const std::string& part_code : part.codes) {
        const std::string& code = own ? m.codes[k] : part_code;
        out.push_back({code, !part.country.empty() ? part.country : IsStateCode(code) ? code.substr(0, 3) : "",
                       text(part), part.byte_begin, part.byte_end});
      }
    }
    if (!out.empty()) return out;
  }
  for (size_t i = 0; i < m.codes.size(); ++i) {
    const std::string& code = m.codes[i];
    std::string country = i == 0 && !m.country.empty() ? m.country : IsStateCode(code) ? code.substr(0, 3) : "";
    out.push_back({code, std::move(country), text(m), m.byte_begin, m.byte_end});
  }
  return out;
}

bool Reciprocal(const DependencyTree& tree, uint32_t pred) {
  for (uint32_t t : tree.Complement(pred)) {
    const std::string_view l = tree.lemma(t);
    if (l == "together" || l == "mutual" || l == "jointly" || l == "bilateral") return true;
    if ((l == "each" || l == "one") && t + 1 < tree.end() && (tree.lemma(t + 1) == "other" || tree.lemma(t + 1) == "another"))
      return true;
  }
  return false;
}

bool HasLemma(const DependencyTree& tree, uint32_t pred, std::initializer_list<std::string_view> words) {
  for (uint32_t t : tree.Complement(pred))
    for (std::string_view w : words)
      if (tree.lemma(t) == w) return true;
  return false;
}

// The dictionary codes of verb `lemma` (its own code, else its block's), one per block
// holding it.
std::vector<std::string> VerbCodes(const dict::Dictionary& dict, std::string_view lemma) {
  std::vector<std::string> out;
  for (uint32_t b : dict.VerbBlocksFor(lemma)) {
    const dict::VerbBlock& block = dict.model().verbs[b];
    for (const dict::VerbForm& f : block.verbs)
      if (!f.noun && f.words.size() == 1 && f.words[0] == lemma) out.push_back(f.has_code ? f.code.code : block.code.code);
  }
  return out;
}

// True when `lemma` is the verb `word` names in a PETRARCH transformation (SAY, ATTACK,
// WANT): a verb of its block, or a verb of the same code, as PETRARCH compares verbs by
// their codes ("killed" is an ATTACK: both are 190).
bool SameBlock(const dict::Dictionary& dict, std::string_view lemma, std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lemma == w) return true;
  for (uint32_t b : dict.VerbBlocksFor(lemma))
    for (const dict::VerbForm& f : dict.model().verbs[b].verbs)
      if (std::find(f.words.begin(), f.words.end(), w) != f.words.end()) return true;
  const std::vector<std::string> mine = VerbCodes(dict, lemma), theirs = VerbCodes(dict, w);
  for (const std::string& c : mine)
    if (!IsNull(c) && std::find(theirs.begin(), theirs.end(), c) != theirs.end()) return true;
  return false;
}

// True when `t` is an infinitive that the parse hung as an advcl on an object-control verb
// with an object ("asking Obama to help Iran"): the verb's complement, what it asks.
// "Consider" with what its object is said to be is an opinion, not an option weighed (014):
// "the EU considers Hamas a terrorist organization", "Ankara considers them terrorists",
// "will consider the legislation as binding". The parse gives the second phrase as an
// indirect and a direct object, two objects, an xcomp, an "as" clause or an adverbial noun.
// So is "call" with what its object is called: "calling the move 'a stain on America's
// honor'", "It called the talks 'the first meaningful step'" (no appeal, 02x), though not
// with an infinitive ("called the chairman to talk to her").
bool NamesItsObjectAs(const DependencyTree& tree, uint32_t t) {
  const bool call = tree.lemma(t) == "call";
  if (tree.lemma(t) != "consider" && !call) return false;
  if (call && tree.Child(t, "obj") < 0 && tree.Child(t, "iobj") < 0) return false;
  int objects = 0;
  for (uint32_t c : tree.children(t)) {
    const std::string_view r = tree.rel(c);
    const Upos u = tree.token(c).upos;
    if (r == "iobj") return true;
    if (r == "xcomp" && !(call && (u == Upos::kVERB || tree.HasChild(c, "mark", "to")))) return true;
    if (r == "obj") ++objects;
    if ((r == "advcl" || r == "obl") && tree.CaseOf(c) == "as") return true;
    if (r == "advmod" && (u == Upos::kNOUN || u == Upos::kADJ || tree.Child(c, "det") >= 0)) return true;
    // (The parse may hang the name on the object as an apposition: called the talks "the
    // first meaningful step".)
    if (r == "obj")
      for (uint32_t g : tree.children(c))
        if (tree.rel(g) == "obj" || tree.rel(g) == "xcomp" || (call && tree.rel(g) == "appos")) return true;
  }
  return objects >= 2;
}

bool AskedInfinitive(const DependencyTree& tree, uint32_t t) {
  const int32_t h = tree.head(t);
  return h >= 0 && tree.rel(t) == "advcl" && tree.HasChild(t, "mark", "to") &&
         IsObjectControlVerb(tree.lemma(static_cast<uint32_t>(h))) && tree.Child(static_cast<uint32_t>(h), "obj") >= 0;
}

// True when predicate `pred`, a clause following the verb it complements, is one a
// transformation with any target rewrites ("~ a (b . ATTACK) SAY = a b 112"): it is kept
// without a target for that transformation.
bool AwaitsTransformation(const dict::Dictionary& dict, const DependencyTree& tree, uint32_t pred) {
  const std::string_view r = tree.rel(pred);
  const int32_t h = tree.head(pred);
  if ((r != "ccomp" && r != "xcomp") || h < 0 || h > static_cast<int32_t>(pred)) return false;
  for (const dict::Transformation& tr : dict.model().transformations)
    if (tr.inner_target == "." && SameBlock(dict, tree.lemma(pred), tr.inner_verb) &&
        SameBlock(dict, tree.lemma(static_cast<uint32_t>(h)), tr.outer_verb))
      return true;
  return false;
}

}  // namespace

std::vector<Event> TreeCoder::Code(const Document& doc, std::span<const Mention> mentions, Date date,
                                   std::vector<Candidate>* trace) const {
  return Code(doc, mentions, date, options_, trace);
}

std::vector<Event> TreeCoder::Code(const Document& doc, std::span<const Mention> mentions, Date date,
                                   const TreeCoderOptions& options, std::vector<Candidate>* trace) const {
  const MentionIndex idx(mentions, doc.tokens.size());
  const dict::Dictionary& dict = *dict_;
  const bool has_body = std::any_of(doc.sentences.begin(), doc.sentences.end(), [](const Sentence& s) { return !s.heading; });
  std::vector<Event> events;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    if (sentence.heading && has_body) continue;  // headlines restate the body in telegraphic style
    const DependencyTree tree(doc, sentence);
    bool parsed = false;
    for (uint32_t t = tree.begin(); t < tree.end() && !parsed; ++t) parsed = tree.token(t).deprel != 0;
    if (!parsed) continue;

    // 1. Every predicate the dictionary codes.
    std::vector<Pred> preds;
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      const Upos u = tree.token(t).upos;
      std::optional<Pred> p;
      if (u == Upos::kVERB) p = CodePredicate(dict, needs_, tree, t, false, idx, options.exact_words, options.passive_needs_agent);
      else if (u == Upos::kNOUN) p = CodePredicate(dict, needs_, tree, t, true, idx, options.exact_words, options.passive_needs_agent);
      if (p) preds.push_back(std::move(*p));
    }
    auto pred_at = [&](int32_t tok) -> Pred* {
      for (Pred& p : preds)
        if (static_cast<int32_t>(p.token) == tok && !p.dropped) return &p;
      return nullptr;
    };
    auto drop = [](Pred& p, std::string why) {
      p.dropped = true;
      p.note = std::move(why);
    };
    // Drops `p` with the event nouns that are its objects, which would otherwise stand for
    // it ("denied he had struck an ... agreement").
    auto drop_with_objects = [&](Pred& p, const std::string& why) {
      drop(p, why);
      for (Pred& q : preds)
        if (!q.dropped && q.noun && tree.head(q.token) == static_cast<int32_t>(p.token) && tree.rel(q.token) == "obj")
          drop(q, why);
    };

    // An intent verb whose uncoded complement is cooperation: "want to work together".
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      if (tree.token(t).upos != Upos::kVERB || FrameOfGoverning(tree.lemma(t)) != ClauseFrame::kIntent) continue;
      const int32_t x = tree.Child(t, "xcomp");
      if (x < 0 || pred_at(x) != nullptr || !IsCooperativeComplement(tree.lemma(static_cast<uint32_t>(x)))) continue;
      // What is built or improved must be a relation: "build ties", "improve relations",
      // not "build a wall", "build support", "expand its arsenal".
      if (const int32_t o = tree.Child(static_cast<uint32_t>(x), "obj"); o >= 0 && !IsRelationNoun(tree.lemma(o)))
        continue;
      Pred p{static_cast<uint32_t>(x), false, {"030", "", 0}, fmt::format("intent '{} to {}'", tree.lemma(t),
             tree.lemma(static_cast<uint32_t>(x))), 2, -1, -1, false, false, {}};
      p.note = "intent to cooperate";
      preds.push_back(std::move(p));
    }
    // Sending a person somewhere is a visit by the sender's side: "Beijing sent, among
    // others, Li Hongzhong to Pyongyang".
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      if (tree.token(t).upos != Upos::kVERB || (tree.lemma(t) != "send" && tree.lemma(t) != "dispatch")) continue;
      if (pred_at(static_cast<int32_t>(t)) != nullptr) continue;
      // The one sent is a person other than the sender ("sent his own brother, Khalid bin
      // Salman, to Washington", "sent, among others, Li Hongzhong"; not "President Obama sent
      // 50,000 troops").
      const int32_t subj = tree.Child(t, "nsubj");
      const int32_t sender = subj >= 0 ? idx.Outermost(static_cast<uint32_t>(subj)) : -1;
      bool person = false;
      for (uint32_t u : tree.Clause(t)) {
        const int32_t m = idx.Outermost(u);
        if (m >= 0 && m != sender && mentions[static_cast<size_t>(m)].kind == actors::MentionKind::kPerson)
          person = true;
      }
      int32_t dest = -1;
      for (uint32_t u : tree.Clause(t)) {
        const int32_t m = idx.Outermost(u);
        // Somewhere: a state or its capital, not a body ("send his nominee to the Senate").
        if (dest < 0 && m >= 0 && tree.CaseOf(u) == "to" &&
            mentions[static_cast<size_t>(m)].kind == actors::MentionKind::kState)
          dest = static_cast<int32_t>(u);
      }
      if (!person || dest < 0) continue;
      preds.push_back(Pred{t, false, {"042", "043", 0}, "sending a person to a place", 2, -1, dest, false, false,
                           "a visit by the sender's envoy"});
    }
    // Negotiations that broke down are halted by their parties (164): "persuade North
    // Korea to resume talks that broke down in 2019" (halted_talks.h).
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      if (pred_at(static_cast<int32_t>(t)) != nullptr) continue;
      if (const auto h = FindHaltedTalks(tree, t, idx))
        preds.push_back(Pred{t, false, {"164", "", 0}, fmt::format("'{}' broke down", tree.lower(h->talks)), 2,
                             h->party, h->other, false, false, "negotiations halted"});
    }
    // Calling an actor a partner, an ally or a friend is praise (051): "North Korea is an
    // important partner, Shoigu said" -> Shoigu's side praises North Korea. The speaker is
    // the subject of a speech verb on the copular clause, else its "for X" phrase.
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      const std::string_view l = tree.lemma(t);
      if (tree.token(t).upos != Upos::kNOUN || tree.Child(t, "cop") < 0) continue;
      if (l != "partner" && l != "ally" && l != "friend") continue;
      const int32_t praised = tree.Child(t, "nsubj");
      if (praised < 0 || idx.Outermost(static_cast<uint32_t>(praised)) < 0) continue;
      int32_t speaker = -1;
      for (uint32_t c : tree.children(t))
        if (IsSpeechVerb(tree.lemma(c)) && tree.Child(c, "nsubj") >= 0) speaker = tree.Child(c, "nsubj");
      if (speaker < 0)
        for (uint32_t c : tree.children(t))
          if (tree.rel(c) == "obl" && tree.CaseOf(c) == "for" && idx.Outermost(c) >= 0) speaker = static_cast<int32_t>(c);
      if (speaker < 0 || pred_at(static_cast<int32_t>(t)) != nullptr) continue;
      preds.push_back(Pred{t, true, {"051", "", 0}, fmt::format("copular '{}'", l), 2, speaker, praised, false, false,
                           "calling an actor a partner is praise"});
    }
    // A verb of intent, refusal or appeal with an infinitive is coded through it.
    for (Pred& p : preds) {
      if (!p.noun && tree.Child(p.token, "xcomp") >= 0 && FrameOfGoverning(tree.lemma(p.token)) != ClauseFrame::kNone)
        drop(p, "frames its complement");
    }
    // What an attempt, plan or proposal aims at did not happen ("attempts to enact
    // measures", "a plan to attack").
    for (Pred& p : preds) {
      // (A conjunct shares its first conjunct's place: "an alliance to check Iran and
      // fight the Islamic State".)
      uint32_t a = p.token;
      for (int hops = 0; hops < 8 && tree.rel(a) == "conj" && tree.head(a) >= 0; ++hops)
        a = static_cast<uint32_t>(tree.head(a));
      if (p.dropped || tree.rel(a) != "acl" || tree.head(a) < 0) continue;
      // An infinitive under a noun names an aim: "measures to curb", "troops to fight"; not
      // one the parse hung as an acl on an adjective ("inching nearer to accord").
      if (tree.token(static_cast<uint32_t>(tree.head(a))).upos == Upos::kADJ) continue;
      for (uint32_t c : tree.children(a))
        if (tree.rel(c) == "mark" && tree.lower(c) == "to") drop(p, "infinitive aim of a noun, not a fact");
      if (p.dropped) continue;
      const std::string_view noun = tree.lemma(static_cast<uint32_t>(tree.head(a)));
      for (std::string_view w : {"attempt", "effort", "bid", "plan", "proposal", "call", "demand", "threat",
                                 "intention", "offer", "push", "request", "move", "decision", "readiness", "willingness"})
        if (noun == w) drop(p, fmt::format("aim of '{}', not a fact", noun));
    }
    // Purpose clauses ("to mark the anniversary") state aims, not facts.
    for (Pred& p : preds) {
      if (p.dropped || tree.rel(p.token) != "advcl") continue;
      // Only under a verb: "is about to restore" parsed as an advcl of "about" is no purpose.
      const int32_t h = tree.head(p.token);
      if (h < 0 || tree.token(static_cast<uint32_t>(h)).upos != Upos::kVERB) continue;
      // An infinitive under an object-control verb with its object is what is asked, parsed
      // as an advcl ("asking Obama to help Iran"): the clause rules read it.
      if (AskedInfinitive(tree, p.token)) continue;
      // A pattern that names the verb the clause hangs on before its own ("+ HOSTING *
      // MAY DAY $" for "hosting Osgiliath to celebrate May Day") codes the two together.
      if (PatternNamesBeforeVerb(p.pattern, tree.lower(static_cast<uint32_t>(h)))) continue;
      for (uint32_t c : tree.children(p.token))
        if (tree.rel(c) == "mark" && (tree.lower(c) == "to" || tree.lower(c) == "so")) drop(p, "purpose clause");
      // What one is punished or blamed for is the charge, not a fact told: "jailed a
      // student for helping militants join an armed group".
      const Pred* gov = pred_at(h);
      const std::string_view by = gov == nullptr ? std::string_view() : std::string_view(gov->code.code).substr(0, 2);
      if (!p.dropped && (by == "11" || by == "17"))
        for (uint32_t c : tree.children(p.token))
          if (tree.rel(c) == "mark" && tree.lower(c) == "for") drop(p, "the charge of a punishment or blame");
    }

    // 2. Clause rules: intent, refusal, appeals, reported speech. An act's intent comes from
    // the suite's coding ontology where it defines one (intent_codes.h), else from dyad's.
    auto IntentOf = [&](const std::string& act) {
      if (options.intents != nullptr)
        if (auto it = options.intents->find(act); it != options.intents->end()) return it->second;
      return Reframe(ClauseFrame::kIntent, act);
    };
    std::vector<uint32_t> wished;  // wished of another: coded only through a transformation
    for (Pred& p : preds) {
      if (p.dropped) continue;
      const int32_t h = tree.head(p.token);
      if (h < 0) continue;
      const std::string_view r = tree.rel(p.token);
      // What one denies doing is, by its word, not done: "Russia has persistently denied
      // sending troops and arming separatist rebels" (the denial is the event). The act may
      // be a conjunct of the denied one. (dyad's own verbs.)
      if (own_verbs_ && !p.noun) {
        int32_t top = static_cast<int32_t>(p.token);
        while (top >= 0 && tree.rel(static_cast<uint32_t>(top)) == "conj") top = tree.head(static_cast<uint32_t>(top));
        const int32_t g = top >= 0 ? tree.head(static_cast<uint32_t>(top)) : -1;
        // (The parse may give the gerund as an adverbial clause without a marker, right after
        // the verb: not "denied responsibility for the attack, accusing Pompeo".)
        auto next_to = [&](uint32_t verb, uint32_t clause) {
          if (tree.Child(verb, "obj") >= 0) return false;
          for (uint32_t u = verb + 1; u < clause; ++u)
            if (tree.token(u).upos == Upos::kPUNCT) return false;
          return clause > verb;
        };
        const bool denied_clause =
            top >= 0 && g >= 0 &&
            (IsAny(tree.rel(static_cast<uint32_t>(top)), {"xcomp", "ccomp"}) ||
             // ("a denial that he visited[acl of denial] Prague")
             (tree.rel(static_cast<uint32_t>(top)) == "acl" && tree.lemma(static_cast<uint32_t>(g)) == "denial") ||
             (tree.rel(static_cast<uint32_t>(top)) == "advcl" && tree.Child(static_cast<uint32_t>(top), "mark") < 0 &&
              next_to(static_cast<uint32_t>(g), static_cast<uint32_t>(top))));
        if (denied_clause &&
            IsAny(tree.lemma(static_cast<uint32_t>(g)), {"deny", "dispute", "refute", "rebut", "denial"}) &&
            !tree.Negated(static_cast<uint32_t>(g))) {
          drop_with_objects(p, fmt::format("denied by '{}'", tree.lower(static_cast<uint32_t>(g))));
          continue;
        }
      }
      // What one is kept from doing is not done, nor done by the one keeping: "to stop Hamas
      // from launching rockets at Israel", "barred Iran from buying arms".
      if (!p.noun && (r == "advcl" || r == "xcomp" || r == "ccomp") && tree.CaseOf(p.token) == "from" &&
          IsPreventionVerb(tree.lemma(static_cast<uint32_t>(h)))) {
        drop_with_objects(p, fmt::format("kept from it by '{}'", tree.lower(static_cast<uint32_t>(h))));
        continue;
      }
      const bool complement = r == "xcomp" || (p.noun && (r == "obj" || r == "obl")) || AskedInfinitive(tree, p.token);
      if (!complement) continue;
      Pred* gov = pred_at(h);
      const ClauseFrame frame = FrameOfGoverning(tree.lemma(static_cast<uint32_t>(h)));
      if (gov != nullptr && gov->code.code.substr(0, 2) == "02") {
        const std::string code = Reframe(ClauseFrame::kAppeal, p.code.code);
        if (!code.empty()) {
          gov->code.code = code;
          gov->note = fmt::format("appeal for '{}' ({})", tree.lower(p.token), p.code.code);
        }
        drop(p, fmt::format("asked for by '{}', not a fact", tree.lower(static_cast<uint32_t>(h))));
      } else if (r == "xcomp" && IsWishVerb(tree.lemma(static_cast<uint32_t>(h))) &&
                 tree.Child(static_cast<uint32_t>(h), "obj") >= 0) {
        // "Obama wants Putin to attack": Putin's attack is wished, not done, nor Obama's
        // intent; it stands only as a transformation rewrites it (an appeal, 021).
        if (gov != nullptr) drop(*gov, fmt::format("wishes '{}' of its object", tree.lower(p.token)));
        p.note = fmt::format("wished by '{}'", tree.lower(static_cast<uint32_t>(h)));
        wished.push_back(p.token);
      } else if ((r == "xcomp" || r == "advcl") && IsObjectControlVerb(tree.lemma(static_cast<uint32_t>(h)))) {
        drop(p, fmt::format("asked for by '{}', not a fact", tree.lower(static_cast<uint32_t>(h))));
      } else if (frame != ClauseFrame::kNone && (r == "xcomp" || r == "obj")) {
        const std::string code = frame == ClauseFrame::kIntent ? IntentOf(p.code.code) : Reframe(frame, p.code.code);
        if (gov != nullptr) drop(*gov, fmt::format("frames '{}'", tree.lower(p.token)));
        if (code.empty()) {
          drop(p, fmt::format("under '{}': not a fact", tree.lemma(static_cast<uint32_t>(h))));
        } else {
          p.note = fmt::format("{} under '{}' ({} -> {})", frame == ClauseFrame::kIntent ? "intent" : "refusal",
                               tree.lemma(static_cast<uint32_t>(h)), p.code.code, code);
          p.code.code = code;
          p.code.paired.clear();
        }
      }
    }
    // Reframes a predicate as intent, and the event noun that is its object with it ("said
    // it would provide assistance": 033, not a 070 beside it); a code with no intent of its
    // kind is left as it is.
    auto objects_to_intent = [&](Pred& p, const std::string& why) {
      for (Pred& q : preds) {
        if (q.dropped || !q.noun || tree.head(q.token) != static_cast<int32_t>(p.token) || tree.rel(q.token) != "obj")
          continue;
        const std::string inner = IntentOf(q.code.code);
        if (inner.empty()) {
          drop(q, fmt::format("object of '{}', {}", tree.lower(p.token), why));
          continue;
        }
        q.note = fmt::format("object of '{}', {} ({} -> {})", tree.lower(p.token), why, q.code.code, inner);
        q.code.code = inner;
        q.code.paired.clear();
      }
    };
    auto to_intent = [&](Pred& p, const std::string& why) {
      const std::string code = IntentOf(p.code.code);
      if (code.empty() || code == p.code.code) return;
      p.note = fmt::format("{} ({} -> {})", why, p.code.code, code);
      p.code.code = code;
      p.code.paired.clear();
      objects_to_intent(p, why);
    };
    // What a speaker says it will do is its intent, not a fact: "Israel announced it would
    // free 150 prisoners" (0841 -> 0353), "Moscow said it will attack" (a threat, 138). The
    // clause's subject must be the speaker, or a pronoun standing for it.
    for (Pred& p : preds) {
      if (p.dropped || p.noun || tree.rel(p.token) != "ccomp" || tree.Negated(p.token)) continue;
      const int32_t h = tree.head(p.token);
      if (h < 0 || !IsSpeechVerb(tree.lemma(static_cast<uint32_t>(h)))) continue;
      if (!SpeakerPromises(tree, static_cast<uint32_t>(h), p.token)) continue;
      to_intent(p, fmt::format("intent announced by '{}'", tree.lemma(static_cast<uint32_t>(h))));
    }
    // A meeting, visit or act of material cooperation, aid or yielding that the sentence puts
    // in the future is its doer's intent, not yet a fact: "he will meet with Chinese President
    // Xi Jinping" (036), "Pence was scheduled to meet with North Korean officials", "will
    // provide aid" (033), "the U.S. would withdraw from the Paris climate agreement" (035).
    // Not a stance ("would welcome", "will support"), nor diplomatic support (05), which is
    // one. (dyad's own verbs.)
    // So is a meeting or visit its noun's modifier plans ("the upcoming meeting between Trump
    // and Chinese President Xi Jinping", "Enrique Pena Nieto's planned visit"; not "a
    // previously scheduled meeting").
    auto planned = [&](const Pred& p) {
      if (!p.noun || std::string_view(p.code.code).substr(0, 2) != "04") return false;
      for (uint32_t c : tree.children(p.token)) {
        if (tree.rel(c) != "amod" ||
            !IsAny(tree.lower(c), {"upcoming", "planned", "scheduled", "proposed", "expected", "anticipated",
                                   "forthcoming", "impending", "next", "future"}))
          continue;
        bool past = false;
        for (uint32_t g : tree.children(c))
          past = past || IsAny(tree.lower(g), {"previously", "originally", "once", "earlier"});
        if (!past) return true;
      }
      // (or the object of a verb put in the future: "Trump is set to hold a series of
      // meetings, including with Trudeau")
      const int32_t h = tree.head(p.token);
      return tree.rel(p.token) == "obj" && h >= 0 && tree.token(static_cast<uint32_t>(h)).upos == Upos::kVERB &&
             tree.Future(static_cast<uint32_t>(h)) && !tree.Negated(static_cast<uint32_t>(h));
    };
    if (own_verbs_)
      for (Pred& p : preds) {
        if (p.dropped || tree.Negated(p.token) || (p.noun ? !planned(p) : !tree.Future(p.token))) continue;
        if (!IsAny(std::string_view(p.code.code).substr(0, 2), {"04", "06", "07", "08"}) ||
            IsStanceVerb(tree.lemma(p.token)))
          continue;
        // ("was not going to unilaterally disarm" is a refusal, not an intent.)
        const int32_t h = tree.head(p.token);
        if (h >= 0 && tree.rel(p.token) == "xcomp" && tree.Negated(static_cast<uint32_t>(h))) continue;
        const std::string code = IntentOf(p.code.code);
        if (code.empty() || code == p.code.code) continue;
        p.note = fmt::format("in the future ({} -> {})", p.code.code, code);
        p.future_intent = code;
        objects_to_intent(p, "in the future");
      }
    // How an intended action is to be done is intended too, not a fact: "want to deepen ties
    // by opening trade" (the opening is part of the intent).
    for (Pred& p : preds) {
      if (p.dropped || tree.rel(p.token) != "advcl") continue;
      const Pred* q = pred_at(tree.head(p.token));
      if (q != nullptr && q->note.rfind("intent", 0) == 0) drop(p, "how an intended action is to be done, not a fact");
    }
    // An act that a verb advocates or opposes, as a gerund, is no fact: "McCain has long
    // advocated arming the rebels", "opposes sending troops", "avoid attacking".
    for (Pred& p : preds) {
      if (p.dropped || p.noun || XposName(tree.token(p.token).xpos) != "VBG") continue;
      const int32_t h = tree.head(p.token);
      // A gerund: no auxiliary ("are investigating" is a fact), no subordinator ("before
      // endorsing"), after its verb.
      if (h < 0 || h > static_cast<int32_t>(p.token) || tree.Child(p.token, "aux") >= 0 ||
          tree.Child(p.token, "mark") >= 0 || !IsAny(tree.rel(p.token), {"xcomp", "advcl", "ccomp", "obj", "csubj"}))
        continue;
      const std::string_view verb = tree.lemma(static_cast<uint32_t>(h));
      bool comma = false;  // "proposed to deal harshly with China, threatening to ..." is another act
      for (uint32_t u = static_cast<uint32_t>(h) + 1; u < p.token; ++u) comma = comma || tree.lower(u) == ",";
      const bool advocates = IsAny(verb, {"advocate", "recommend", "suggest", "propose", "favor", "favour", "oppose"});
      if (!comma && (advocates || (tree.rel(p.token) != "advcl" &&
                                   IsAny(verb, {"support", "endorse", "avoid", "resist", "envision"}))))
        drop(p, fmt::format("an act '{}' speaks of, not a fact", verb));
    }
    for (Pred& p : preds) {
      if (p.dropped || p.noun || options.code_reports || !IsSpeechVerb(tree.lemma(p.token))) continue;
      // A pattern that names what the verb's object is ("claiming responsibility for a
      // deadly attack": 015) is an act of its own, not a report of the clause below it
      // (dyad's own verbs; the suites' expectations were written without it).
      if (own_verbs_ && p.pattern.rfind("pattern", 0) == 0 && p.specificity > 1 &&
          tree.Child(p.token, "ccomp") < 0)
        continue;
      // "X said that Y attacked Z", and "Y attacked Z, X said" (parataxis, also when hung on
      // an uncoded word of that clause: "X is about[root] to restore ties, Y said").
      // "..., a senior official said on Saturday." reports what comes before the comma,
      // wherever the parse hung it (speaker_agent.h).
      const int32_t attribution = TrailingAttributionStart(tree, p.token);
      const bool reports = std::any_of(preds.begin(), preds.end(), [&](const Pred& q) {
        if (q.dropped || q.token == p.token) return false;
        // A clause that will not stand as a fact does not replace its speaker: "Trump
        // warned Xi that China will be hurt if it doesn't agree to a trade deal".
        if (q.needs_partner || (tree.Negated(q.token) && !q.negation_coded && !options.keep_negated) ||
            (tree.Hypothetical(q.token) && !options.keep_hypothetical))
          return false;
        if (tree.Dominates(p.token, q.token)) return true;
        if (attribution >= 0 && q.token < static_cast<uint32_t>(attribution)) return true;
        return tree.rel(p.token) == "parataxis" &&
               (tree.Dominates(q.token, p.token) || tree.Dominates(static_cast<uint32_t>(tree.head(p.token)), q.token));
      });
      if (reports) drop(p, "reports a coded clause");
    }

    // An event noun that a pattern of rejecting or cutting off names is what did not
    // happen: "cancelled his planned visit to Moscow" is the cancelling (161), not also a
    // visit ("welcomed the announcement" still reports the announcement).
    for (Pred& p : preds) {
      if (p.dropped || !p.noun || tree.rel(p.token) != "obj") continue;
      const Pred* gov = pred_at(tree.head(p.token));
      if (gov == nullptr || gov->noun || gov->pattern.rfind("pattern ", 0) != 0) continue;
      const std::string_view root = std::string_view(gov->code.code).substr(0, 2);
      if (root != "12" && root != "16") continue;
      const std::string_view lemma = tree.lemma(p.token);
      std::string_view rest = gov->pattern;
      bool named = false;
      while (!rest.empty() && !named) {
        const size_t sp = rest.find_first_of(" ()");
        named = AsciiLower(rest.substr(0, sp)) == lemma;
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      }
      if (named && gov->code.code != p.code.code)
        drop(p, fmt::format("part of the pattern of '{}'", tree.lower(gov->token)));
    }

    // "Ask" requests only something: a deed ("asked the court to order"), a thing ("asked
    // Congress for funds") or what should be ("asked that protesters gather"). Asking a
    // question is no appeal: "asking the Trump administration what it intends to do",
    // "when asked whether Moscow was ready", "are asking questions", "asking the President
    // about Cohen". (dyad's own verbs; a suite's dictionary has its own patterns.)
    if (own_verbs_)
      for (Pred& p : preds) {
        if (p.dropped || p.noun || tree.lemma(p.token) != "ask") continue;
        bool request = false;
        for (uint32_t c : tree.children(p.token)) {
          const std::string_view r = tree.rel(c);
          if (r == "xcomp" || (r == "obl" && tree.CaseOf(c) == "for") || (r == "ccomp" && tree.CaseOf(c) == "that") ||
              ((r == "advcl" || r == "parataxis") && tree.CaseOf(c) == "to"))
            request = true;
          // The deed or thing hung on the one asked: "asked the court[obj] to spare[acl]
          // him", "asked the appeals court[obj] for an emergency stay[nmod]".
          if (r == "obj")
            for (uint32_t g : tree.children(c))
              if ((tree.rel(g) == "acl" && tree.CaseOf(g) == "to") || (tree.rel(g) == "nmod" && tree.CaseOf(g) == "for"))
                request = true;
          if (r == "obj" && !IsAny(tree.lemma(c), {"question", "what", "which", "who", "how"})) {
            // "asked Mr. Trump whether": a person asked is asked something else.
            const actors::Mention* m = nullptr;
            if (const int32_t mi = ActorAt(tree, idx, static_cast<int32_t>(c)); mi >= 0) m = &mentions[static_cast<size_t>(mi)];
            if (m == nullptr) request = true;  // "asked a favor", "asked permission"
          }
        }
        if (!request) drop(p, "a question, not a request");
      }

    // TABARI's suffixes: a dominant code ('!') silences the sentence's other predicates; a
    // subordinate one ('?') stands only when nothing else in the sentence is coded.
    if (std::any_of(preds.begin(), preds.end(), [](const Pred& p) { return !p.dropped && p.code.suffix == '!'; }))
      for (Pred& p : preds)
        if (!p.dropped && p.code.suffix != '!') drop(p, "a dominant code in the sentence");
    if (std::any_of(preds.begin(), preds.end(), [](const Pred& p) { return !p.dropped && p.code.suffix != '?'; }))
      for (Pred& p : preds)
        if (!p.dropped && p.code.suffix == '?') drop(p, "subordinate to another coded predicate");

    const size_t first_event = events.size();
    std::vector<uint32_t> coded;  // predicates still standing, for DefaultTarget
    for (const Pred& p : preds)
      if (!p.dropped) coded.push_back(p.token);
    // 3. Roles and events.
    for (Pred& p : preds) {
      if (p.dropped) {
        // Dropped by the clause rules above: traced with its reason, no roles read.
        if (trace) trace->push_back({si, p.token, p.noun, "", p.pattern, p.note, -1, -1});
        continue;
      }
      if (own_verbs_) p.code.code = NarrowByTopic(p.code.code, LemmasOf(tree, p.token));
      // Seizing or capturing attention, imagination or the moment takes nobody: "the Israeli
      // leader captured the world's attention". (dyad's own verbs.)
      if (own_verbs_ && !p.noun && (IsForce(p.code.code) || std::string_view(p.code.code).substr(0, 2) == "17")) {
        const int32_t obj = tree.Child(p.token, "obj");
        if (obj >= 0 && IsAny(tree.lemma(static_cast<uint32_t>(obj)),
                              {"attention", "imagination", "heart", "mind", "headline", "spotlight", "interest",
                               "moment", "mood", "spirit", "essence", "momentum", "initiative", "zeitgeist"})) {
          drop(p, fmt::format("a figure of speech: '{}'", tree.lemma(static_cast<uint32_t>(obj))));
          if (trace) trace->push_back({si, p.token, p.noun, "", p.pattern, p.note, -1, -1});
          continue;
        }
      }
      // Charging a price, a tariff or a fee arrests no one ("they are charging the U.S.
      // massive tariffs"); calling on a reporter asks nothing of them. (dyad's own verbs.)
      if (own_verbs_ && !p.noun) {
        const std::string_view verb = tree.lemma(p.token);
        bool sense = false;
        if (verb == "charge")
          for (uint32_t c : tree.children(p.token))
            sense = sense || (IsAny(tree.rel(c), {"obj", "iobj"}) &&
                              IsAny(tree.lemma(c), {"tariff", "fee", "price", "duty", "tax", "interest", "rate", "toll",
                                                    "premium", "rent", "dollar", "money", "penalty", "levy"}));
        if (verb == "call")
          for (uint32_t c : tree.children(p.token))
            sense = sense || ((tree.rel(c) == "obj" || (tree.rel(c) == "obl" && tree.CaseOf(c) == "on")) &&
                              IsAny(tree.lemma(c), {"reporter", "journalist", "questioner", "correspondent"}));
        // Recognizing or appreciating that something is so is no recognition or praise ("must
        // appreciate that Russia is not our ally", "recognize passing major immigration
        // legislation helps their party"; not "recognized Israel on the day it was
        // established"); considering someone for a post weighs no policy ("considered Rudy
        // Giuliani for secretary of state").
        if (IsAny(verb, {"recognize", "recognise", "appreciate"})) {
          const int32_t obj = tree.Child(p.token, "obj");
          sense = (obj < 0 && tree.Child(p.token, "ccomp") >= 0) ||
                  (obj >= 0 && XposName(tree.token(static_cast<uint32_t>(obj)).xpos) == "VBG");
        }
        if (verb == "consider")
          for (uint32_t c : tree.children(p.token))
            sense = sense || (tree.rel(c) == "obl" && tree.CaseOf(c) == "for");
        // Nor is admitting refugees or members an admission (015): "the number of refugees
        // admitted", "admitted Montenegro to NATO".
        if (verb == "admit") {
          int32_t who = tree.Child(p.token, "obj");
          if (who < 0) who = tree.Child(p.token, "nsubj:pass");
          if (who < 0 && tree.rel(p.token) == "acl") who = tree.head(p.token);
          const int32_t into = tree.Child(p.token, "obl");
          sense = (who >= 0 && IsAny(tree.lemma(static_cast<uint32_t>(who)),
                                     {"refugee", "migrant", "immigrant", "asylum-seeker", "student", "patient",
                                      "member", "visitor", "worker", "child", "people", "person", "family"})) ||
                  (into >= 0 && tree.CaseOf(static_cast<uint32_t>(into)) == "into");
        }
        if (sense) {
          drop(p, fmt::format("another sense of '{}'", verb));
          if (trace) trace->push_back({si, p.token, p.noun, "", p.pattern, p.note, -1, -1});
          continue;
        }
      }
      // Force against words, plans or findings is a figure of speech: "Trump attacked
      // Mueller's investigation as a disaster" criticizes (111); "battling allegations",
      // "striking a new balance", "fighting the ruling" report no force. (dyad's own verbs.)
      if (own_verbs_ && !p.noun && (IsForce(p.code.code) || p.code.code == "138")) {
        const int32_t obj = tree.Child(p.token, "obj");
        const bool abstract =
            obj >= 0 && IsAny(tree.lemma(static_cast<uint32_t>(obj)),
                              {"investigation", "probe", "inquiry", "report", "plan", "policy", "proposal", "decision",
                               "remark", "comment", "statement", "allegation", "charge", "claim", "accusation", "idea",
                               "record", "bill", "law", "order", "ruling", "balance", "tone", "note", "chord",
                               "criticism", "narrative", "story", "agenda", "stance", "view", "deal",
                               "agreement", "speech", "rhetoric", "policies", "legislation", "measure", "reform",
                               "perception", "notion", "rumor", "rumour", "speculation", "suggestion", "theory",
                               "argument", "talk", "myth", "hope", "chance", "dream"});
        // Words that strike: "Trump's criticism pounded the front pages", "his remarks hit a
        // nerve".
        const int32_t subj = tree.SubjectOf(p.token).token;  // "criticism -- which pounded ..."
        const bool words_strike =
            subj >= 0 && IsAny(tree.lemma(static_cast<uint32_t>(subj)),
                               {"criticism", "remark", "comment", "statement", "word", "tweet", "speech", "rhetoric",
                                "announcement", "decision", "report", "story", "news", "headline", "claim",
                                "allegation", "accusation", "message", "letter", "book", "article", "column", "ad"});
        bool as_phrase = words_strike;  // "attacked him as weak", "attacked the mayor for criticizing"
        for (uint32_t c : tree.children(p.token))
          if ((tree.rel(c) == "obl" && tree.CaseOf(c) == "as" && tree.lemma(c) != "part") ||
              (tree.rel(c) == "advcl" && tree.CaseOf(c) == "for" && XposName(tree.token(c).xpos) == "VBG"))
            as_phrase = true;
        if (abstract || as_phrase) {
          if (IsAny(tree.lemma(p.token), {"attack", "assault", "blast", "hit", "slam", "lash"})) {
            p.note = fmt::format("words, not force: {} -> 111", p.code.code);
            p.code = {"111", "", 0};
          } else {
            drop(p, "force against words or plans: a figure of speech");
            if (trace) trace->push_back({si, p.token, p.noun, "", p.pattern, p.note, -1, -1});
            continue;
          }
        }
      }
      // "No sitting US president has ever visited the city": nothing happened, and nobody
      // refused either.
      if (!p.noun && tree.SubjectIsNone(p.token)) {
        drop(p, "its subject is none");
        if (trace) trace->push_back({si, p.token, p.noun, "", p.pattern, p.note, -1, -1});
        continue;
      }
      bool negated = tree.Negated(p.token) && !p.negation_coded;
      if (negated && !options.keep_negated) {
        // Not cooperating is rejecting: "would not provide support to Israel" -> 121, "will
        // not negotiate", "does not support", "decided not to back". What did not happen
        // is no refusal: "did not discuss", "has not supplied Ukraine with weapons", "had
        // not ratified", "couldn't travel", "might not negotiate", "not yet backed by
        // Congress". A present "be" holds a stance too: "Boko Haram is not complying", "is
        // not supported by the administration".
        bool stance = false, fact = false;
        for (uint32_t c : tree.children(p.token)) {
          const std::string_view w = tree.lower(c);
          if (tree.rel(c) == "aux" &&
              IsAny(w, {"will", "would", "wo", "'ll", "shall", "can", "ca", "cannot", "do", "does", "is", "are", "am",
                        "'s", "'re", "'m"}))
            stance = true;
          else if (tree.rel(c) == "aux") fact = true;
          if (tree.rel(c) == "mark" && w == "to") stance = true;
        }
        const std::string refusal = stance && !fact ? Reframe(ClauseFrame::kRefusal, p.code.code) : std::string();
        const std::string_view r2 = std::string_view(p.code.code).substr(0, 2);
        if (!refusal.empty() && r2 != "03" && r2 != "12") {
          p.note = fmt::format("negated: {} -> {}", p.code.code, refusal);
          p.code.code = refusal;
          p.code.paired.clear();
          negated = false;
        } else {
          drop(p, "negated");
        }
      }
      // What was not tried, sought or wanted did not happen and is no intent: "he wasn't
      // trying to pressure the attorney general", "Russia never sought to attack Ukraine",
      // "did not want to attack". (dyad's own verbs.)
      if (!p.dropped && own_verbs_ && !p.noun && !options.keep_negated && tree.rel(p.token) == "xcomp" &&
          tree.head(p.token) >= 0) {
        const uint32_t g = static_cast<uint32_t>(tree.head(p.token));
        // (Nor what one would not let or allow another to do: "warned it would not let
        // foreign countries bomb Islamic State targets".)
        if (tree.Negated(g) && IsAny(tree.lemma(g), {"try", "attempt", "seek", "want", "intend", "plan", "mean", "aim",
                                                     "wish", "hope", "expect", "dare", "bother", "manage", "let",
                                                     "allow", "permit"}))
          drop(p, "not tried or wanted");
      }
      if (!p.dropped && tree.Hypothetical(p.token) && !options.keep_hypothetical) drop(p, "conditional or question");
      // (dyad's own verbs: the suites code what could happen as what happens.)
      if (!p.dropped && own_verbs_ && !p.noun && tree.Speculative(p.token) && !options.keep_hypothetical)
        drop(p, "a possibility, not a fact");
      if (!p.dropped && tree.Disclaimed(p.token) && !options.keep_negated) drop(p, "what a negated verb says");
      if (!p.dropped && own_verbs_ && !p.noun && (p.code.code == "014" || tree.lemma(p.token) == "call") &&
          NamesItsObjectAs(tree, p.token))
        drop(p, "an opinion of what something is, not an option weighed or an appeal");
      if (!p.dropped && InBackgroundClause(tree, p.token)) drop(p, "background: months or years before the report");
      int32_t src = p.source, tgt = p.target;
      // "War" mostly names a state of things ("Syria's civil war", "the Iraq war", "a trade
      // war", "the longest war in U.S. history"): it reports fighting only with both sides in
      // its own phrase ("Russia in its war against Ukraine", "the U.S. war in Iraq").
      // An event noun that is none ("received no warnings", "made no formal announcement")
      // is no event; nor is a threat that characterizes rather than reports ("Iran is an
      // existential threat to Israel", "Netanyahu sees Iran as a threat"), though other
      // nouns so placed may report ("It was Obama's first meeting with ...", "as a warning
      // to Congress").
      if (!p.dropped && p.noun) {
        bool none = false;
        bool characterizes = IsThreatNoun(tree.lemma(p.token)) && tree.CaseOf(p.token) == "as";
        // So is a threat something is called or held to be ("calling it 'the biggest threat to
        // European security'", "considers Iran a threat").
        if (const int32_t h = tree.head(p.token);
            IsThreatNoun(tree.lemma(p.token)) && h >= 0 &&
            IsAny(tree.lemma(static_cast<uint32_t>(h)),
                  {"call", "consider", "label", "describe", "see", "view", "regard", "deem", "brand", "term", "name"})) {
          // The parse gives the name as an xcomp, or as a second object ("calling it[obj] the
          // biggest threat[obj]").
          int objects = 0;
          for (uint32_t c : tree.children(static_cast<uint32_t>(h)))
            objects += tree.rel(c) == "obj" || tree.rel(c) == "iobj";
          if (tree.rel(p.token) == "xcomp" || (tree.rel(p.token) == "obj" && objects >= 2)) characterizes = true;
        }
        for (uint32_t c : tree.children(p.token)) {
          if (tree.rel(c) == "det" && tree.lower(c) == "no") none = true;
          if (tree.rel(c) == "cop" && IsThreatNoun(tree.lemma(p.token))) characterizes = true;
        }
        // A deal, a meeting or cooperation that a negated verb takes is none: "told Congress
        // not to accept a nuclear deal with Iran", "did not hold talks with Russia" (what was
        // done to an act, "did not condemn the attack", leaves the act standing).
        const int32_t h = tree.head(p.token);
        if (tree.rel(p.token) == "obj" && h >= 0 && tree.token(static_cast<uint32_t>(h)).upos == Upos::kVERB &&
            tree.Negated(static_cast<uint32_t>(h)) &&
            IsAny(std::string_view(p.code.code).substr(0, 2), {"03", "04", "05", "06"}))
          none = true;
        // Nor are talks whose breakdown or collapse is told ("following a breakdown in trade
        // talks between the two nations").
        if (h >= 0 && tree.rel(p.token) == "nmod" && std::string_view(p.code.code).substr(0, 2) == "04" &&
            IsAny(tree.lemma(static_cast<uint32_t>(h)), {"breakdown", "collapse", "failure", "suspension", "stalling"}))
          none = true;
        if (none) drop(p, "an event that is none");
        else if (characterizes) drop(p, "a characterization, not an event");
        else if (UnmadeAgreement(tree, p.token) && std::string_view(p.code.code).substr(0, 3) == "057")
          drop(p, "an agreement sought or foreseen, not made");
        // Nor is one being left: "withdrew from the treaty with Ukraine", "pulled out of the
        // Iran nuclear agreement" (the leaving is coded, 160).
        else if (std::string_view(p.code.code).substr(0, 3) == "057" && h >= 0 &&
                 IsAny(tree.CaseOf(p.token), {"from", "of"}) &&
                 IsAny(tree.lemma(static_cast<uint32_t>(h)), {"withdraw", "pull", "exit", "quit", "leave", "withdrawal",
                                                             "pullout", "walk"}))
          drop(p, "an agreement left, not made");
        // Force or coercion prepared, planned or weighed has not happened: "appeared to be
        // preparing a more comprehensive assault on the sinews of Assad's power", "is
        // considering new sanctions on Russia", "plotted an attack". (dyad's own verbs.)
        else if (own_verbs_ && tree.rel(p.token) == "obj" && h >= 0 &&
                 IsAny(std::string_view(p.code.code).substr(0, 2), {"15", "16", "17", "18", "19", "20"}) &&
                 IsAny(tree.lemma(static_cast<uint32_t>(h)), {"prepare", "plan", "contemplate", "mull", "weigh",
                                                             "consider", "propose", "plot", "envisage", "envision"}))
          drop(p, fmt::format("only {}d, not done", tree.lemma(static_cast<uint32_t>(h))));
        // A ceremony that is the occasion of what is told is the setting, not the act: "Erdogan
        // said at a cultural awards ceremony in Ankara", "sworn in for a second term in a small
        // White House ceremony", "During the signing ceremony, he outlined a reciprocal tax".
        else if (IsAny(tree.lemma(p.token), {"ceremony", "commemoration"}) &&
                 (tree.rel(p.token) == "obl" || tree.rel(p.token) == "nmod") &&
                 IsAny(tree.CaseOf(p.token), {"at", "during", "in", "on", "for", "over", "after", "before"}))
          drop(p, "the occasion of another act");
        // A feeling is an event where it is expressed ("expressed optimism over the chance",
        // "expressed his deepest condolences"), not where it is only had or named: "Remainer in
        // its sympathies", "his personal sympathies", "lacked optimism", "whether Mr. Kerry's
        // optimism can affect the situation".
        else if (IsAny(tree.lemma(p.token), {"sympathy", "optimism", "condolence", "pessimism"}) &&
                 !(tree.rel(p.token) == "obj" && h >= 0 &&
                   IsAny(tree.lemma(static_cast<uint32_t>(h)),
                         {"express", "offer", "extend", "send", "convey", "voice", "share", "declare", "reiterate",
                          "pass", "give", "relay", "state"})))
          drop(p, "a feeling had, not expressed");
      }
      if (!p.dropped && p.noun && tree.lemma(p.token) == "war") {
        int32_t own_src = -1, own_tgt = -1;
        NounRoles(tree, p.token, idx, &own_src, &own_tgt);
        bool figurative = false;
        for (uint32_t c : tree.children(p.token))
          if ((tree.rel(c) == "compound" || tree.rel(c) == "amod") &&
              IsAny(tree.lemma(c), {"trade", "civil", "cold", "price", "tariff", "culture", "currency", "word",
                                    "proxy", "holy", "information", "shadow", "political"}))
            figurative = true;
        if (figurative || own_src < 0 || own_tgt < 0) drop(p, "a war named, not fought in the sentence");
      }
      if (!p.dropped && p.noun) {
        NounRoles(tree, p.token, idx, &src, &tgt);
        // A visit's adjective of place is where it goes: "a four-day European visit for Mr.
        // Trump", "his Asian trip" (a "to" phrase, when there is one, says where instead:
        // "a Chinese visit to Russia" is China's).
        if ((p.code.code == "042" || p.code.code == "043") && src >= 0 &&
            (tgt < 0 || !IsAny(tree.CaseOf(static_cast<uint32_t>(tgt)), {"to", "in", "into"})) &&
            (tree.rel(static_cast<uint32_t>(src)) == "amod" || tree.rel(static_cast<uint32_t>(src)) == "compound") &&
            [&] {
              // The actor is named by an adjective on the noun ("European"), within the
              // phrase that the parse gave the source.
              const int32_t m = ActorAt(tree, idx, src);
              if (m < 0) return false;
              const actors::Mention& mention = mentions[static_cast<size_t>(m)];
              for (uint32_t c : tree.children(p.token))
                if (tree.rel(c) == "amod" && tree.token(c).upos == Upos::kADJ && c >= mention.begin &&
                    c < mention.end)
                  return true;
              return false;
            }()) {
          const int32_t visitor = tgt;  // "for Mr. Trump", if any
          tgt = src;
          src = -1;
          for (uint32_t c : tree.children(p.token))
            if (tree.full_rel(c) == "nmod:poss" && idx.Outermost(c) >= 0) src = static_cast<int32_t>(c);
          if (src < 0 && visitor >= 0 && tree.CaseOf(static_cast<uint32_t>(visitor)) == "for") src = visitor;
        }
        // The agent of a participle on the noun that carries it out is its author: "the air
        // strikes launched by the United States" (not "tariffs threatened by Trump", "the
        // strikes condemned by Russia").
        if (src < 0)
          for (uint32_t c : tree.children(p.token))
            if (src < 0 && tree.rel(c) == "acl" && XposName(tree.token(c).xpos) == "VBN" &&
                IsAny(tree.lemma(c), {"launch", "conduct", "carry", "order", "stage", "mount", "impose", "sign",
                                      "hold", "organize", "organise", "make", "deliver", "provide", "send", "issue",
                                      "fire", "drop", "wage", "lead", "perpetrate", "commit", "execute", "initiate",
                                      "unleash", "announce", "negotiate", "broker", "reach", "extend", "offer",
                                      "draw", "attend", "call", "draft", "write", "introduce", "pose"})) {
              const int32_t a = tree.AgentOf(c);
              // (One actor: several joined by "and" would be read as acting on each other.)
              const int32_t m = a >= 0 ? ActorAt(tree, idx, a) : -1;
              if (m >= 0 && mentions[static_cast<size_t>(m)].kind != actors::MentionKind::kCompound &&
                  tree.CaseOf(static_cast<uint32_t>(a)) == "by")
                src = a;
            }
        // The actor whose program or campaign of acts it is, is their author: "blaming the
        // U.S. program of drone strikes", "Russia's campaign of airstrikes".
        if (src < 0 && tree.rel(p.token) == "nmod" && tree.CaseOf(p.token) == "of") {
          const int32_t up = tree.head(p.token);
          if (up >= 0 &&
              IsAny(tree.lemma(static_cast<uint32_t>(up)),
                    {"program", "programme", "campaign", "policy", "series", "wave", "spate", "string", "barrage"})) {
            const int32_t m = ActorAt(tree, idx, up);
            if (m >= 0 && mentions[static_cast<size_t>(m)].head == static_cast<uint32_t>(up)) src = up;
            else
              for (uint32_t c : tree.children(static_cast<uint32_t>(up)))
                if (src < 0 && IsAny(tree.full_rel(c), {"nmod:poss", "amod", "compound"}) && idx.Outermost(c) >= 0)
                  src = static_cast<int32_t>(c);
          }
        }
        // Who is said to be behind an act, or responsible for it, is its author: "believes
        // that the Syrian regime was behind the attack", "Iran is responsible for the
        // strike".
        bool author_named = false;
        if (src < 0) {
          int32_t subject = -1;
          const int32_t up = tree.head(p.token);
          if (tree.Child(p.token, "cop") >= 0 && tree.HasChild(p.token, "case", "behind"))
            subject = tree.Child(p.token, "nsubj");
          else if (up >= 0 && tree.HasChild(p.token, "case", "for") && tree.Child(static_cast<uint32_t>(up), "cop") >= 0 &&
                   IsAny(tree.lemma(static_cast<uint32_t>(up)), {"responsible", "culpable", "accountable"}))
            subject = tree.Child(static_cast<uint32_t>(up), "nsubj");
          // ("the Russian president bears responsibility for a deadly chemical weapons attack")
          else if (up >= 0 && tree.HasChild(p.token, "case", "for") &&
                   IsAny(tree.lemma(static_cast<uint32_t>(up)), {"responsibility", "blame", "culpability"}) &&
                   tree.rel(static_cast<uint32_t>(up)) == "obj" && tree.head(static_cast<uint32_t>(up)) >= 0 &&
                   IsAny(tree.lemma(static_cast<uint32_t>(tree.head(static_cast<uint32_t>(up)))),
                         {"bear", "have", "carry", "share"}))
            subject = tree.SubjectOf(static_cast<uint32_t>(tree.head(static_cast<uint32_t>(up)))).token;
          if (subject >= 0 && ActorAt(tree, idx, subject) >= 0) {
            src = subject;
            author_named = true;
          }
        }
        // The verb the noun belongs to: its head, or its head's ("prevented by the two
        // countries with their veto").
        int32_t h = tree.head(p.token);
        if (h >= 0 && tree.token(static_cast<uint32_t>(h)).upos != Upos::kVERB) h = tree.head(static_cast<uint32_t>(h));
        if (h >= 0 && tree.token(static_cast<uint32_t>(h)).upos == Upos::kVERB) {
          const auto sub = tree.SubjectOf(static_cast<uint32_t>(h));
          const int32_t agent = sub.passive ? tree.AgentOf(static_cast<uint32_t>(h)) : sub.token;
          // A verb that is an act of its own done to the event, its object ("Russia
          // condemned the attack", "accepted an invitation to meet"), or that caused it
          // ("the decision sparked protests") does not make its subject the event's
          // author; one the event serves ("retaliating with tariffs", "flew to Brussels for
          // talks") does. A protest is its own marchers': an authority that is the verb's
          // subject holds it only when the verb says so ("staged a protest"), not when it
          // meets or names one ("faced protests", "told supporters at a rally").
          const std::string_view verb = tree.lemma(static_cast<uint32_t>(h));
          const bool object = tree.rel(p.token) == "obj" && tree.head(p.token) == h;
          const bool protest = std::string_view(p.code.code).substr(0, 2) == "14" && !HoldsAProtest(verb);
          const int32_t agent_mention = protest ? ActorAt(tree, idx, agent) : -1;
          const bool protest_held_elsewhere =
              agent_mention >= 0 && NamesAnAuthority(mentions[static_cast<size_t>(agent_mention)]);
          // Nor one that thinks, learns or speaks about it ("what he thought of the brutal
          // crackdown in Turkey", "warned of attacks", "asked about the strike"). (dyad's own
          // verbs.)
          // Nor one that recalls, tells of, sees or lives through it, its object ("recalling
          // the massacre of Polish elites by Soviet forces", "witnessed the attack").
          const bool about_it =
              own_verbs_ &&
              ((!object &&
                (IsAny(verb, {"think", "know", "learn", "hear", "read", "ask", "comment", "mention", "cite", "remember",
                              "wonder", "worry", "fear", "complain", "joke", "boast", "brag"}) ||
                 (IsAny(verb, {"speak", "talk", "write", "tweet"}) && tree.CaseOf(p.token) == "about") ||
                 // (and one who reacts to it: "reacted strongly to the air strikes")
                 (IsAny(verb, {"react", "respond", "reply", "retaliate"}) && tree.CaseOf(p.token) == "to") ||
                 // (and one who briefs or testifies on it: "Petraeus briefed lawmakers on the attacks")
                 (IsAny(verb, {"brief", "testify", "lecture", "debrief"}) &&
                  IsAny(tree.CaseOf(p.token), {"about", "on", "regarding"})) ||
                 // (and those who agree or differ on it: "the UK and US agree on the threat")
                 (IsAny(verb, {"agree", "disagree", "differ", "focus", "concentrate", "split", "unite", "converge"}) &&
                  IsAny(tree.CaseOf(p.token), {"about", "on", "over", "regarding"})))) ||
               // (or who discuss, weigh or address it: "discussed the attacks", "assessed the threat")
               (object && IsAny(verb, {"discuss", "debate", "assess", "evaluate", "analyze", "analyse", "review",
                                       "study", "weigh", "address", "examine", "consider"}) &&
                !IsAny(std::string_view(p.code.code).substr(0, 2), {"03", "04", "05", "06"})) ||
               (object && IsAny(verb, {"recall", "remember", "commemorate", "mourn", "recount", "describe", "mention",
                                       "cite", "witness", "watch", "see", "survive", "document", "film", "report",
                                       "detail", "memorialize", "remind", "relive", "narrate", "hear", "read",
                                       "notice", "note"})) ||
               // Nor one that names a blow or a threat what it is ("what he called a mindless
               // chemical attack"); a meeting or a strike called is called by its own.
               (object && IsAny(verb, {"call", "label", "dub", "brand", "term"}) &&
                !IsAny(std::string_view(p.code.code).substr(0, 2), {"03", "04", "05", "06", "14"})) ||
               // Nor one that receives it, or takes or ignores what was said or asked of it
               // ("Iraq did receive a warning", "she accepted warnings that ...", "ignored the
               // president's warnings"). (A deal, a meeting or cooperation one gets is one's
               // own: "desperate to get a deal with Iran".)
               (object && ((IsAny(verb, {"receive", "get", "obtain"}) &&
                            !IsAny(std::string_view(p.code.code).substr(0, 2), {"03", "04", "05", "06"})) ||
                           (IsAny(verb, {"accept", "ignore", "heed", "dismiss", "downplay", "disregard", "defy"}) &&
                            IsAny(std::string_view(p.code.code).substr(0, 2), {"01", "02", "10", "11", "13"})))));
          // Nor one that works against it ("a strategy that reduced the terrorist attacks",
          // "thwarted an attack"). (dyad's own verbs.)
          const bool against_it =
              own_verbs_ && object &&
              IsAny(verb, {"reduce", "curb", "deter", "thwart", "foil", "repel", "repulse", "counter", "avert",
                           "prevent", "investigate", "probe", "survive", "withstand", "blame", "oppose"});
          const bool acts_on_it =
              about_it || against_it || protest_held_elsewhere || CausesAnEvent(verb) ||
              (object && std::find(coded.begin(), coded.end(), static_cast<uint32_t>(h)) != coded.end());
          // The verb's other party is the event's where the noun is the verb's own
          // complement ("flew to Brussels for talks with the EU") or a blow that is its
          // subject ("an airstrike hit a house in Gaza"); another event that is the subject
          // takes only where the verb carries it ("a delivery of rockets went to the
          // Wagner mercenaries"). An event the verb says something about ("the announcement
          // came a year after Trump withdrew", "caught the Pentagon flat-footed") or one
          // inside another noun's phrase ("the extent of Syria's declaration") has no party
          // there, nor is the verb's subject its author. (The parse may hang the noun on the
          // verb's actor instead: "prevented by the two countries with their veto".)
          // A noun of measure or phase between them passes the verb on ("entered a period
          // of negotiations with the EU", "imposed a strategy of sanctions").
          const uint32_t between = static_cast<uint32_t>(tree.head(p.token));
          // So does a "during" phrase, which tells when the clause happened wherever the
          // parse hung it ("reacted to supporters during a visit to Brazil").
          // (Not "after" or "amid": what came before is another story.)
          const bool time_phrase = tree.CaseOf(p.token) == "during";
          // (Not what another noun is about: "gave the service information about a planned
          // attack".)
          const bool about_phrase = static_cast<int32_t>(between) != h &&
                                    IsAny(tree.CaseOf(p.token), {"about", "regarding", "concerning"});
          const bool direct = !about_phrase &&
                              (static_cast<int32_t>(between) == h || idx.Outermost(between) >= 0 ||
                               (tree.head(between) == h && (IsLightNoun(tree.lemma(between)) || time_phrase)));
          if (acts_on_it && src == agent) src = -1;  // as a pattern's "$" may have bound it
          // The one blamed, accused, condemned, thanked or punished for an act is its author,
          // not the verb's subject: "Trump blamed Iran for the attack", "Russia and the Syrian
          // military blamed Israel for a missile attack on an air base".
          bool doer_named = author_named;
          if (src < 0 && tree.head(p.token) == h && IsAny(tree.CaseOf(p.token), {"for", "of"}) &&
              IsAny(verb, {"blame", "accuse", "fault", "condemn", "criticize", "criticise", "denounce", "punish",
                           "sanction", "thank", "praise", "credit", "commend", "congratulate", "hold", "suspect"})) {
            const int32_t o = tree.Child(static_cast<uint32_t>(h), "obj");
            if (o >= 0 && ActorAt(tree, idx, o) >= 0) {
              src = o;
              doer_named = true;
            }
          }
          // An event before or after the clause's act is another story, not its subject's:
          // "After an April 2017 attack, he launched missile strikes", "A student lies in a
          // hospital after the attack", "Since the announcement, Argentina has agreed".
          // Not so a meeting, an agreement or cooperation, which its parties leave together:
          // "after a meeting with senators, Mr McConnell agreed", "after the visit to North
          // Korea, the envoys will travel".
          const std::string_view root2 = std::string_view(p.code.code).substr(0, 2);
          const bool another_time = !IsAny(root2, {"03", "04", "05", "06"}) &&
                                    IsAny(tree.CaseOf(p.token), {"after", "before", "following", "since", "amid"});
          // Nor does a noun whose own "by" phrase names an author the dictionaries do not
          // know ("Despite warnings by allies that a trade war will increase prices, President
          // Trump signed").
          bool own_author = false;
          for (uint32_t c : tree.children(p.token))
            if (tree.rel(c) == "nmod" && tree.CaseOf(c) == "by" && tree.token(c).upos != Upos::kPRON) own_author = true;
          if (src < 0 && !acts_on_it && direct && !another_time && !(own_verbs_ && own_author)) src = agent;
          const bool subject = tree.rel(p.token) == "nsubj" && !IsForce(p.code.code);
          if (doer_named) {
            // its target is its own phrase's, if any
          } else if (tgt < 0 && direct && subject) {
            for (uint32_t c : tree.children(static_cast<uint32_t>(h))) {
              const std::string_view cs = tree.CaseOf(c);
              if (tree.rel(c) == "obl" && (cs == "to" || cs == "toward" || cs == "towards" || cs == "into") &&
                  idx.Outermost(c) >= 0) {
                tgt = static_cast<int32_t>(c);
                break;
              }
            }
          } else if (tgt < 0 && direct && !acts_on_it && tree.rel(p.token) != "obj") {
            tgt = sub.passive ? sub.token : DefaultTarget(tree, static_cast<uint32_t>(h), idx, mentions, ActorAt(tree, idx, src));
            // A visit goes where a "to" or "in" phrase of its verb says, not to whoever its
            // verb's other phrases name ("proceed with the visit after the reaction to
            // Kerry's tribute").
            if (tgt >= 0 && !sub.passive && (p.code.code == "042" || p.code.code == "043") &&
                (!IsAny(tree.CaseOf(static_cast<uint32_t>(tgt)), {"to", "into", "in"}) ||
                 (tree.head(static_cast<uint32_t>(tgt)) != h &&
                  tree.head(static_cast<uint32_t>(tgt)) != static_cast<int32_t>(p.token))))
              tgt = -1;
          } else if (tgt < 0 && direct && !acts_on_it && tree.rel(p.token) == "obj" &&
                     (p.code.code == "042" || p.code.code == "043")) {
            // The verb's own "to" phrase is where its object visit goes ("made a visit[obj]
            // to China[obl of made]").
            for (uint32_t c : tree.children(static_cast<uint32_t>(h)))
              if (tree.rel(c) == "obl" && IsAny(tree.CaseOf(c), {"to", "into"}) && idx.Outermost(c) >= 0 && c > p.token) {
                tgt = static_cast<int32_t>(c);
                break;
              }
          }
        }
      } else if (!p.dropped) {
        const auto sub = tree.SubjectOf(p.token);
        // A passive verb is passive whether its subject is its own or inherited ("... and
        // was reported on ...").
        const bool passive = sub.passive || tree.Child(p.token, "aux:pass") >= 0;
        if (passive && !(options.passive_needs_agent && tree.AgentOf(p.token) < 0)) {
          if (tgt < 0) tgt = sub.token;
          // The subject is the logical object; as for an object, an actor attached to it
          // stands for it ("Evidence against Russia was presented").
          if (tgt >= 0 && tgt == sub.token && ActorAt(tree, idx, tgt) < 0)
            for (uint32_t c : tree.children(static_cast<uint32_t>(tgt)))
              if (tree.rel(c) == "nmod" && tree.full_rel(c) != "nmod:poss" && idx.Outermost(c) >= 0) {
                tgt = static_cast<int32_t>(c);
                break;
              }
          // A thing done to no actor ("a mortar bomb was fired at it") is aimed at whom
          // the verb's own phrases name, as an active verb's would be.
          if (tgt >= 0 && tgt == sub.token && ActorAt(tree, idx, tgt) < 0) {
            const int32_t other = DefaultTarget(tree, p.token, idx, mentions, -1, coded);
            if (other >= 0 && tree.CaseOf(static_cast<uint32_t>(other)) != "from") tgt = other;
          }
          if (src < 0) src = tree.AgentOf(p.token);
          // With no agent, the side whose attack it happened in is its author: "the general
          // was killed in a U.S. raid", "were wounded in an Israeli attack" (the noun coded
          // as force, its own phrase naming the actor; not a place: "killed in Syria").
          if (src < 0 && IsForce(p.code.code))
            for (uint32_t c : tree.children(p.token)) {
              if (tree.rel(c) != "obl" || !IsAny(tree.CaseOf(c), {"in", "during"}) ||
                  static_cast<int32_t>(c) == tgt || ActorAt(tree, idx, static_cast<int32_t>(c)) < 0)
                continue;
              const Pred* blow = pred_at(static_cast<int32_t>(c));
              // (Not a war, which names a state of things: "displaced during the 1948 war".)
              if (blow != nullptr && blow->noun && IsForce(blow->code.code) && tree.lemma(c) != "war") {
                src = static_cast<int32_t>(c);
                break;
              }
            }
          // With no agent, where force came from is its author: "fired at it from the Gaza
          // Strip" (not so for other acts: an envoy "recalled from Iraq").
          if (src < 0 && IsForce(p.code.code))
            for (uint32_t c : tree.children(p.token))
              if (tree.rel(c) == "obl" && tree.CaseOf(c) == "from" && ActorAt(tree, idx, static_cast<int32_t>(c)) >= 0 &&
                  static_cast<int32_t>(c) != tgt) {
                src = static_cast<int32_t>(c);
                break;
              }
        } else if (src < 0) {
          src = sub.token;
          // A pattern that names the verb its clause hangs on before the target it binds
          // ("NOTED + *" for "Falastur noted that Cirith Ungol regretted ...") is that
          // verb's act: its subject is the source.
          const int32_t gov = tree.head(p.token);
          if (gov >= 0 && p.target >= 0 && PatternNamesBeforeVerb(p.pattern, tree.lower(static_cast<uint32_t>(gov))) &&
              tree.SubjectOf(static_cast<uint32_t>(gov)).token >= 0)
            src = tree.SubjectOf(static_cast<uint32_t>(gov)).token;
          // A subject split in two by the parse ("Eriador's death and injury toll has risen"
          // with both "death" and "toll" subjects): the one that names an actor.
          if (src >= 0 && ActorAt(tree, idx, src) < 0)
            for (uint32_t c : tree.children(p.token))
              if (tree.rel(c) == "nsubj" && ActorAt(tree, idx, static_cast<int32_t>(c)) >= 0) src = static_cast<int32_t>(c);
        }
        if (tgt < 0 && !p.needs_partner) {
          tgt = DefaultTarget(tree, p.token, idx, mentions, ActorAt(tree, idx, src), coded);
          // Where a meeting or consultation takes place is not whom it is with: "Kim and
          // Trump will meet in the Vietnamese capital", "talked in Singapore".
          // (The suites' convention codes that place: TreeCoderOptions::meeting_place_target.)
          const bool meeting = std::string_view(p.code.code).substr(0, 2) == "04" && p.code.code != "042" &&
                               p.code.code != "043";
          // So is a place inside that setting: "met at the Group of 20 summit in Japan".
          if (tgt >= 0 && meeting && !options.meeting_place_target) {
            int32_t u = tgt;
            for (int hops = 0; u >= 0 && tree.head(static_cast<uint32_t>(u)) != static_cast<int32_t>(p.token) && hops < 4;
                 ++hops)
              u = tree.head(static_cast<uint32_t>(u));
            if (u >= 0 && tree.head(static_cast<uint32_t>(u)) == static_cast<int32_t>(p.token) &&
                tree.rel(static_cast<uint32_t>(u)) == "obl" &&
                IsAny(tree.CaseOf(static_cast<uint32_t>(u)), {"in", "at", "near"}) &&
                (u == tgt || IsAny(tree.CaseOf(static_cast<uint32_t>(tgt)), {"in", "at", "near"})))
              tgt = -1;
          }
        }
      }
      if (p.needs_partner) tgt = -1;  // only the subject's own actors are partners
      // Whether a token on the head path from the target up to the predicate (the predicate
      // itself left out) meets `test`.
      auto on_path = [&](int32_t from, auto test) {
        for (int32_t u = from, hops = 0; u >= 0 && u != static_cast<int32_t>(p.token) && hops < 64;
             u = tree.head(static_cast<uint32_t>(u)), ++hops)
          if (test(static_cast<uint32_t>(u))) return true;
        return false;
      };
      // A place named inside a phrase of the act, where a thing the act concerns is or
      // happens, is no party to it: "charging four men with destruction of federal property
      // over an attempt to topple a statue of Andrew Jackson in Washington", "lamented
      // immigration in Europe", "blamed the political problem in the United States". Force,
      // threats, protests and shows of force are aimed at such places ("struck targets in
      // Syria"), and a meeting's place is handled above. (dyad's own verbs; a pattern's bound
      // target stands.)
      if (own_verbs_ && tgt >= 0 && tgt != p.target &&
          !IsAny(std::string_view(p.code.code).substr(0, 2), {"04", "13", "14", "15", "18", "19", "20"}) &&
          on_path(tgt, [&](uint32_t w) {
            const int32_t h = tree.head(w);
            // ("father-in-law" is no place.)
            const int32_t c = tree.Child(w, "case");
            const bool hyphened = c > static_cast<int32_t>(tree.begin()) && tree.lower(static_cast<uint32_t>(c) - 1) == "-";
            return tree.rel(w) == "nmod" && h >= 0 && h != static_cast<int32_t>(p.token) && !hyphened &&
                   IsAny(tree.CaseOf(w), {"in", "near", "inside", "throughout"}) &&
                   tree.token(static_cast<uint32_t>(h)).upos == Upos::kNOUN && ActorAt(tree, idx, h) < 0;
          }))
        tgt = -1;
      // Whose request, behalf or orders an act answers is its principal, not its target: "the
      // Security Council met to discuss Idlib at the request of the United States",
      // "lobbied on behalf of the Turkish government". (dyad's own verbs; a pattern's bound
      // target stands.)
      if (own_verbs_ && tgt >= 0 && tgt != p.target && on_path(tgt, [&](uint32_t u) {
            const int32_t h = tree.head(u);
            return h >= 0 && tree.CaseOf(u) == "of" &&
                   IsAny(tree.lemma(static_cast<uint32_t>(h)),
                         {"request", "behest", "invitation", "urging", "behalf", "order", "direction", "instruction"});
          }))
        tgt = -1;
      // Withdrawing from an agreement or an international organisation is no military
      // retreat (0874) but a cut in relations (160): "withdrew the US from the Iran nuclear
      // deal", "formally withdrew from a landmark 1987 nuclear missile pact with Russia", "the
      // UK's withdrawal from the EU". (dyad's own verbs.)
      if (own_verbs_ && p.code.code == "0874" && tgt >= 0) {
        const bool agreement = on_path(tgt, [&](uint32_t u) {
          return IsAny(tree.lemma(u), {"deal", "agreement", "accord", "accords", "treaty", "pact", "convention"});
        });
        const int32_t m = ActorAt(tree, idx, tgt);
        const bool igo = m >= 0 && !mentions[static_cast<size_t>(m)].codes.empty() &&
                         mentions[static_cast<size_t>(m)].codes[0].rfind("IGO", 0) == 0;
        if (agreement || igo) {
          p.note = fmt::format("leaving {} ({} -> 160)", agreement ? "an agreement" : "an organisation", p.code.code);
          p.code.code = "160";
          p.code.paired.clear();
        }
      }
      // A statement (010) is addressed to its object or its "to" phrase; an actor in what
      // it says or names is no target ("announced his travel plans after French President
      // Emmanuel Macron signaled", "noting the Saudis' explanation"). (dyad's own verbs; a
      // pattern's bound target stands.)
      if (own_verbs_ && p.code.code == "010" && tgt >= 0 && tgt != p.target) {
        const uint32_t u = static_cast<uint32_t>(tgt);
        const bool addressee = tree.head(u) == static_cast<int32_t>(p.token) &&
                               (IsAny(tree.rel(u), {"obj", "iobj"}) || tree.CaseOf(u) == "to");
        if (!addressee) tgt = -1;
      }
      // Support or opposition of a thing is aimed at its object's phrase, not at an actor in
      // a clause inside it: "supports annexing part
      // of the West Bank", "supported the decision to go ahead with the raid", "support
      // these people who have been good friends of the United States". (dyad's own verbs; a
      // pattern's bound target stands.)
      // So is an appeal, at whom it asks ("Mueller asked Sullivan to reject Flynn's attempt
      // to minimize his false statements to the FBI" asked nothing of the FBI).
      const bool stance_on_thing = IsAny(std::string_view(p.code.code).substr(0, 2), {"05", "11"}) &&
                                   IsAny(tree.lemma(p.token), {"support", "back", "endorse", "favor", "favour", "oppose"});
      const bool appeal = std::string_view(p.code.code).substr(0, 2) == "02";
      if (own_verbs_ && !p.noun && tgt >= 0 && tgt != p.target && (stance_on_thing || appeal) &&
          tree.Child(p.token, "aux:pass") < 0 && tree.AgentOf(p.token) < 0) {
        bool deep = false;
        for (int32_t u = tgt, hops = 0; u >= 0 && u != static_cast<int32_t>(p.token) && hops < 16 && !deep;
             u = tree.head(static_cast<uint32_t>(u)), ++hops) {
          const std::string_view r = tree.rel(static_cast<uint32_t>(u));
          deep = u != tgt && (IsAny(r, {"acl", "xcomp", "ccomp", "advcl", "csubj"}) ||
                              (tree.token(static_cast<uint32_t>(u)).upos == Upos::kVERB && r == "obj"));
        }
        // The subject of what an appeal asks for is whom it asks ("requested that American
        // military aircraft avoid Syrian airspace", "urged that Mr. Obama soften his tone").
        const int32_t tmention = ActorAt(tree, idx, tgt);
        const uint32_t t = tmention >= 0 ? mentions[static_cast<size_t>(tmention)].head : static_cast<uint32_t>(tgt);
        const int32_t th = tree.head(t);
        if (deep && appeal && IsAny(tree.full_rel(t), {"nsubj", "nsubj:pass"}) && th >= 0 &&
            tree.rel(static_cast<uint32_t>(th)) == "ccomp" && tree.head(static_cast<uint32_t>(th)) == static_cast<int32_t>(p.token))
          deep = false;
        if (deep) tgt = -1;
      }
      // Whom a cooperative act is against is no one it cooperates with: "supported the fight
      // against Kiev's new government", "US support for the fight against Assad", "statements
      // supporting a move against Chinese imports". (dyad's own verbs.)
      if (own_verbs_ && tgt >= 0 && p.code.code >= "02" && p.code.code < "09") {
        const int32_t tmention = ActorAt(tree, idx, tgt);
        const uint32_t t = tmention >= 0 ? mentions[static_cast<size_t>(tmention)].head : static_cast<uint32_t>(tgt);
        if (tree.CaseOf(t) == "against") tgt = -1;
      }
      int32_t sm = p.dropped ? -1 : ActorAt(tree, idx, src);
      // A rally a person in authority holds is a campaign's, no demonstration: "Trump held a
      // rally in Tulsa", "Modi's rally" (not so "Syrians hold portraits of al-Assad during a
      // rally"). (dyad's own verbs.)
      if (own_verbs_ && sm >= 0 && p.code.code == "141" && NamesAnAuthority(mentions[static_cast<size_t>(sm)]) &&
          [&] {
            const actors::MentionKind k = mentions[static_cast<size_t>(sm)].kind;
            return k == actors::MentionKind::kPerson || k == actors::MentionKind::kPronoun ||
                   k == actors::MentionKind::kReference;
          }() &&
          (tree.lemma(p.token) == "rally" || tree.HasChild(p.token, "obj", "rally") ||
           p.pattern.find(" rally") != std::string::npos)) {
        drop(p, "an authority's rally, no demonstration");
        sm = -1;
      }
      int32_t tm = p.dropped ? -1 : ActorAt(tree, idx, tgt);
      // Welcoming a thing is approval, not hosting: "Obama welcomed positive signals from
      // Iran", "Nato welcomes Ukraine's aspirations" (051, the target in the object's phrase).
      // A visitor welcomed or greeted is the object itself or a delegation ("Peres welcomes
      // President Obama", "was greeted by Prime Minister Abe", "welcomed the investigative
      // team from Russia"); a greeting with no visitor is no event ("greeted each other at
      // the G-20 summit", "Bush greets well-wishers in Beijing").
      if (!p.dropped && tm >= 0 && !p.noun && p.code.code == "043" && IsAny(tree.lemma(p.token), {"welcome", "greet"})) {
        int32_t o = tree.Child(p.token, "obj");
        if (o < 0) o = tree.Child(p.token, "nsubj:pass");
        // A passive sharing its subject with the verb before ("arrived ... and was greeted
        // by Abe"): the subject it takes is the one greeted.
        const bool passive = tree.Child(p.token, "aux:pass") >= 0 || tree.Child(p.token, "obl:agent") >= 0;
        bool visitor = (o < 0 && passive) ||
                       (o >= 0 && IsAny(tree.lemma(static_cast<uint32_t>(o)),
                                        {"delegation", "team", "visitor", "guest", "envoy", "counterpart", "official",
                                         "minister", "leader", "president", "diplomat"}));
        for (int32_t u = o; u >= 0 && !visitor;) {
          visitor = ActorAt(tree, idx, u) == tm;
          u = tree.Child(static_cast<uint32_t>(u), "conj");
        }
        bool in_object = false;
        for (int32_t u = tgt, hops = 0; u >= 0 && hops < 6 && !in_object && u != static_cast<int32_t>(p.token); ++hops) {
          in_object = u == o;
          u = tree.head(static_cast<uint32_t>(u));
        }
        if (!visitor && in_object && tree.lemma(p.token) == "welcome") {
          p.code.code = "051";
          p.code.paired.clear();
          p.note = "welcoming a thing, not a visitor";
        } else if (!visitor) {
          drop(p, "no visitor welcomed");
        }
      }
      std::vector<EventActor> sources, targets;
      // An event noun with no actor of its own continues the story of the sentence before
      // ("... accused North Korea of supplying arms to Russia. In November 2022 a delivery
      // of rockets went to the Wagner mercenaries"): the supplier of a like event there.
      // Not where the noun names an author the dictionary does not know ("Barr's first
      // trip to Italy", "the announcement by Benny Gantz", "Modi's rally").
      bool author_named = false;
      if (p.noun)
        for (uint32_t c : tree.children(p.token))
          if (tree.full_rel(c) == "nmod:poss" || (tree.rel(c) == "nmod" && IsAny(tree.CaseOf(c), {"by", "from"})) ||
              (tree.rel(c) == "compound" && tree.token(c).upos == Upos::kPROPN && !IsCalendarWord(tree.lower(c))))
            author_named = true;
      if (!p.dropped && sm < 0 && p.noun && si > 0 && !author_named) {
        const std::string_view root = std::string_view(p.code.code).substr(0, 2);
        auto like = [&](std::string_view r) { return r == root || ((r == "06" || r == "07") && (root == "06" || root == "07")); };
        for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= si; ++e)
          // (A protest is not continued from an authority's, which is seldom its own.)
          if (e->sentence_index + 1 == si && like(e->root()) && !e->source.code.empty() &&
              !(root == "14" && CodeNamesAnAuthority(e->source.code))) {
            sources = {e->source};
            p.note = "the supplier of the sentence before";
            break;
          }
      }
      // Where speech verbs are coded beside what they report (code_reports, PETRARCH 2), a
      // speaker's noun phrase with no actor speaks for the agent named anywhere in it ("the
      // primary official news agency WFNA said" -> GOV; speaker_agent.h).
      if (!p.dropped && sm < 0 && sources.empty() && !p.noun && options.code_reports &&
          IsSpeechVerb(tree.lemma(p.token))) {
        const int32_t head = SpeakerHead(tree, p.token, src);
        if (head >= 0) {
          if (auto agent = PhraseAgent(doc, tree, dict, static_cast<uint32_t>(head))) {
            sources = {*agent};
            p.note = "an agent in the speaker's noun phrase";
          }
        }
      }
      if (!p.dropped && sm < 0 && sources.empty()) drop(p, "no source actor");

      if (!p.dropped) {
        if (sources.empty()) sources = MembersOf(doc, mentions, mentions[sm]);
        if (tm >= 0) targets = MembersOf(doc, mentions, mentions[tm]);
        // A denial answers the last accusation made against the denier.
        if (targets.empty() && p.code.code.substr(0, 2) == "01" &&
            HasLemma(tree, p.token, {"allegation", "accusation", "charge", "claim", "report"})) {
          for (auto e = events.rbegin(); e != events.rend() && targets.empty(); ++e)
            if (e->root() == "11" && !e->target.code.empty() &&
                std::any_of(sources.begin(), sources.end(), [&](const EventActor& a) {
                  return a.code == e->target.code || (!a.country.empty() && a.country == e->target.country);
                }))
              targets.push_back(e->source);
        }
        // Several actors cooperating with no one else named cooperate with each other
        // ("the two countries want to strengthen their defense exchanges"); but those who
        // visit together visit someone else ("Putin, Shoigu and Borisov visit the aviation
        // factory in Kazan" is no visit of Putin to Shoigu).
        // (Not so praise or support, which go to someone else: "Qatar, Jordan and the
        // Emirates supported operations against the Islamic State" is no support among
        // them; IsMutual.)
        const bool visit = p.code.code == "042" || p.code.code == "043";
        if (targets.empty() && sources.size() > 1 && (Reciprocal(tree, p.token) || IsMutual(p.code.code) || p.between))
          targets = sources;
        if (targets.empty() && p.needs_partner) drop(p, "no partner named");
        // Occupation (192) takes territory: a state, a region or a place, not a government, a
        // force or a body ("took control of the Department of Justice", "Parliament took
        // control of the process away from the government", "he occupies the Oval Office").
        // (dyad's own verbs.)
        if (own_verbs_ && p.code.code == "192" && !targets.empty()) {
          std::erase_if(targets, [](const EventActor& a) { return a.code.size() != 3 || !IsStateCode(a.code); });
          if (targets.empty()) drop(p, "occupying no territory");
        }
        // A trip to a place of one's own country is no visit: "Trump and Modi visited
        // Delhi", "Pence arrived in Texas", "he flew from Malaysia to Washington".
        if (visit && tm >= 0 && !options.home_visits) {
          const actors::Mention& place = mentions[static_cast<size_t>(tm)];
          const bool bare_place = place.kind == actors::MentionKind::kState && place.codes.size() == 1 &&
                                  place.codes[0] == place.country;
          if (bare_place && std::all_of(sources.begin(), sources.end(),
                                        [&](const EventActor& a) { return a.country == place.country; }))
            drop(p, "a trip at home");
        }
        // Nor is a trip to one's own country's embassy or consulate abroad: "had arrived back
        // at the U.S. embassy in central Stockholm", "when Saudi journalist Jamal Khashoggi
        // entered the consulate". (dyad's own verbs.)
        if (visit && own_verbs_ && tm >= 0 && !p.dropped && !options.home_visits &&
            IsAny(tree.lemma(static_cast<uint32_t>(tgt)), {"embassy", "consulate", "mission"})) {
          const actors::Mention& place = mentions[static_cast<size_t>(tm)];
          if (!place.country.empty() && !sources.empty() &&
              std::all_of(sources.begin(), sources.end(),
                          [&](const EventActor& a) { return a.country == place.country; }))
            drop(p, "a trip to one's own embassy");
        }
        // Migrants, refugees and other civilians who arrive or travel somewhere make no visit
        // (042), nor does one who welcomes them host one (043): "Syrian refugees arrive at the
        // Turkish border gate", "migrants traveling with a caravan to the U.S.", "Bush
        // welcoming newly sworn-in citizens". (dyad's own verbs.)
        if (visit && own_verbs_ && !p.dropped) {
          const auto& visitors = p.code.code == "042" ? sources : targets;
          if (!visitors.empty() && std::all_of(visitors.begin(), visitors.end(),
                                               [](const EventActor& a) { return IsCivilianCode(a.code); }))
            drop(p, "civilians travelling, not a visit");
          // Nor do troops, units or ships that arrive somewhere: that is a deployment ("the
          // first U.S. military unit arrived in Libya").
          const int32_t vm = p.code.code == "042" ? sm : tm;
          if (!p.dropped && vm >= 0 &&
              IsAny(tree.lemma(mentions[static_cast<size_t>(vm)].head),
                    {"troop", "force", "soldier", "unit", "battalion", "brigade", "division", "marine", "warship",
                     "ship", "vessel", "jet", "aircraft", "fleet", "convoy", "contingent"}))
            drop(p, "forces deployed, not a visit");
        }
        const std::string_view root = std::string_view(p.code.code).substr(0, 2);
        const bool targetless_ok =
            root == "01" || root == "02" || root == "03" || root == "12" || root == "14" || p.code.code == "164";
        const bool specific = p.noun || p.specificity > 1 || !p.note.empty();
        // A reported act with no other party ("The US said that Iraq had attacked
        // themselves") stands for the transformation that makes it an accusation.
        const bool reflexive = !targets.empty() && std::all_of(targets.begin(), targets.end(), [&](const EventActor& b) {
          return std::any_of(sources.begin(), sources.end(), [&](const EventActor& a) { return a.code == b.code; });
        });
        if ((targets.empty() || reflexive) && !options.targetless && !options.require_target &&
            AwaitsTransformation(dict, tree, p.token)) {
          targets.clear();
          wished.push_back(p.token);
          p.note = "reported with no other party: only as a transformation rewrites it";
        }
        if (targets.empty() && !options.targetless && (options.require_target || !specific || !targetless_ok) &&
            std::find(wished.begin(), wished.end(), p.token) == wished.end())
          drop(p, "no target actor");
      }
      if (trace) {
        trace->push_back({si, p.token, p.noun, p.dropped ? "" : p.code.code, p.pattern, p.note, src, tgt});
      }
      if (p.dropped) continue;

      const CodeInfo* info = ontology_.Find(p.code.code);
      auto emit = [&](const EventActor& a, const EventActor& b, const std::string& code, bool reverse) {
        if (!b.code.empty() && a.code == b.code) return;
        // One sentence reports an event once, however many words say it ("arrived ... for
        // a state visit"), and a planned one once as planned ("ahead of a planned June 12
        // meeting ..., the first such meeting between a sitting U.S. president and a North
        // Korean leader").
        const std::string planned_as = p.future_intent.empty() && own_verbs_ ? IntentOf(code) : std::string();
        for (auto e = events.rbegin(); e != events.rend() && e->sentence_index == si; ++e)
          if ((e->cameo == code || (!planned_as.empty() && e->cameo == planned_as &&
                                    e->pattern.find("in the future") != std::string::npos)) &&
              e->source.code == a.code && e->target.code == b.code)
            return;
        Event e;
        e.sentence_index = si;
        e.sentence = std::string(doc.Text(sentence));
        e.date = date;
        e.source = a;
        e.target = b;
        e.source_group = reverse ? targets : sources;
        e.target_group = reverse ? sources : targets;
        e.cameo = code;
        const CodeInfo* ci = ontology_.Find(code);
        if (ci == nullptr) ci = info;
        if (ci != nullptr) {
          e.goldstein = ci->goldstein;
          e.quad_class = ci->quad_class;
          e.plover = ci->plover_type;
          e.plover_mode = ci->plover_mode;
          e.plover_context = ci->plover_context;
        }
        const Token& v = tree.token(p.token);
        e.verb = {doc.text.substr(v.begin, v.end - v.begin), std::string(tree.lemma(p.token)), v.begin, v.end};
        e.negated = negated;
        e.pattern = p.pattern + (p.note.empty() ? "" : "; " + p.note) + (reverse ? "; paired" : "");
        events.push_back(std::move(e));
      };
      const EventActor none;
      // An act put in the future is emitted as its intent, with no paired act of the other
      // side (an intent to visit hosts no one yet).
      const std::string& code = p.future_intent.empty() ? p.code.code : p.future_intent;
      if (!p.future_intent.empty()) p.code.paired.clear();
      for (const EventActor& a : sources) {
        if (p.reversed) {
          for (const EventActor& b : targets) emit(b, a, code, true);
          continue;
        }
        if (targets.empty()) emit(a, none, code, false);
        for (const EventActor& b : targets) emit(a, b, code, false);
      }
      // A paired act of the other side (a visit's hosting, 043) needs that side as a party:
      // a place where one of the predicate's arguments is ("attend a summit in
      // Switzerland") hosts no one, unlike a place the predicate itself goes to ("arrived
      // in Gondor"). Mutual pairs (talks held, 046:046) stand either way.
      auto located = [&](int32_t t) {
        if (t < 0) return false;
        // A thing named after a place ("the Beijing Olympics"): the phrase's head is no
        // word of the actor's dictionary phrase.
        const int32_t m = idx.Outermost(static_cast<uint32_t>(t));
        if (m >= 0) {
          const Mention& mm = mentions[static_cast<size_t>(m)];
          if (mm.how == actors::Resolution::kPhrase && !mm.phrase.empty() && mm.head == static_cast<uint32_t>(t)) {
            std::string head(tree.lower(static_cast<uint32_t>(t)));
            std::string phrase = mm.phrase;
            for (char& ch : phrase) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (phrase.find(head) == std::string::npos) return true;
          }
        }
        if (tree.head(static_cast<uint32_t>(t)) == static_cast<int32_t>(p.token)) return false;
        const std::string_view c = tree.CaseOf(static_cast<uint32_t>(t));
        return c == "in" || c == "at" || c == "near";
      };
      const bool host_named = p.code.paired == p.code.code || !located(tgt);
      if (options.paired && !p.code.paired.empty() && !IsNull(p.code.paired) && !targets.empty() && host_named)
        for (const EventActor& b : targets)
          for (const EventActor& a : sources) emit(b, a, p.code.paired, true);
    }
    ApplyTransformations(doc, tree, mentions, idx, first_event, wished, &events);
  }
  return events;
}

// PETRARCH 2 transformations over a sentence's events: an event reported or wanted by
// another actor becomes that actor's event ("~ a (b . ATTACK) SAY = a b 112": A says B
// attacked -> A accuses B; "~ a (a b ATTACK) SAY = a b 015": A says it attacked B -> A
// claims responsibility). The outer verb's own events are replaced.
void TreeCoder::ApplyTransformations(const Document& doc, const DependencyTree& tree,
                                     std::span<const Mention> mentions, const MentionIndex& idx, size_t first,
                                     std::span<const uint32_t> wished, std::vector<Event>* events) const {
  if (first >= events->size()) return;
  auto token_at = [&](uint32_t byte) -> int32_t {
    for (uint32_t t = tree.begin(); t < tree.end(); ++t)
      if (tree.token(t).begin == byte) return static_cast<int32_t>(t);
    return -1;
  };
  auto is_wished = [&](int32_t t) {
    return t >= 0 && std::find(wished.begin(), wished.end(), static_cast<uint32_t>(t)) != wished.end();
  };
  auto drop_wished = [&] {
    std::vector<Event> kept;
    for (size_t k = 0; k < events->size(); ++k)
      if (k < first || !is_wished(token_at((*events)[k].verb.begin))) kept.push_back(std::move((*events)[k]));
    *events = std::move(kept);
  };
  const auto& transformations = dict_->model().transformations;
  if (transformations.empty()) return drop_wished();
  std::vector<int32_t> replaced_outer, transformed_inner;
  std::vector<size_t> transformed;  // events rewritten
  for (size_t k = first; k < events->size(); ++k) {
    Event& e = (*events)[k];
    const int32_t inner = token_at(e.verb.begin);
    if (inner < 0) continue;
    const std::string_view r = tree.rel(static_cast<uint32_t>(inner));
    const int32_t h = tree.head(static_cast<uint32_t>(inner));
    if ((r != "ccomp" && r != "xcomp") || h < 0) continue;
    // Attribution after the clause ("X attacked Y, officials said") names the news's
    // source, not an accuser: only a clause the verb introduces is rewritten.
    if (inner < h) continue;
    for (const dict::Transformation& tr : transformations) {
      if (!SameBlock(*dict_, tree.lemma(static_cast<uint32_t>(inner)), tr.inner_verb) &&
          tr.inner_verb != "Q")
        continue;
      if (!SameBlock(*dict_, tree.lemma(static_cast<uint32_t>(h)), tr.outer_verb)) continue;
      const int32_t am = ActorAt(tree, idx, tree.SubjectOf(static_cast<uint32_t>(h)).token);
      if (am < 0) continue;
      const auto outer = MembersOf(doc, mentions, mentions[static_cast<size_t>(am)]);
      auto is_a = [&](const EventActor& x) {
        return std::any_of(outer.begin(), outer.end(), [&](const EventActor& o) { return o.code == x.code; });
      };
      // "_": the inner verb's subject left unsaid, the outer subject's own ("wants to attack").
      if ((tr.inner_source == "a" || tr.inner_source == "_") && !is_a(e.source)) continue;
      EventActor b;
      if (tr.inner_target == "b") b = e.target;
      else if (tr.inner_source == "b") b = e.source;
      if (tr.result_target == "b" && b.code.empty()) continue;
      const std::string code = tr.result_code == "Q" ? e.cameo : tr.result_code;
      // A compound reporter ("Obama and Putin said they will attack") keeps each member.
      const auto same = std::find_if(outer.begin(), outer.end(), [&](const EventActor& o) { return o.code == e.source.code; });
      e.source = same != outer.end() ? *same : outer.front();
      e.target = b;
      e.source_group = outer;
      e.target_group = {b};
      e.cameo = code;
      if (const CodeInfo* ci = ontology_.Find(code)) {
        e.goldstein = ci->goldstein;
        e.quad_class = ci->quad_class;
        e.plover = ci->plover_type;
        e.plover_mode = ci->plover_mode;
        e.plover_context = ci->plover_context;
      }
      e.pattern += fmt::format("; transformation {} ({} {} {}) {} = {} {} {}", tr.outer_source, tr.inner_source,
                               tr.inner_target, tr.inner_verb, tr.outer_verb, tr.result_source, tr.result_target,
                               tr.result_code);
      replaced_outer.push_back(h);
      transformed_inner.push_back(inner);
      transformed.push_back(k);
      break;
    }
  }
  if (replaced_outer.empty()) return drop_wished();
  auto in = [](const std::vector<int32_t>& v, int32_t t) { return std::find(v.begin(), v.end(), t) != v.end(); };
  // The outer verb's own events give way to the transformed ones, and so do the untransformed
  // events of verbs coordinated with a transformed one: the same speaker reports them ("A said
  // B attacked C and took D" is A's accusation, not also B taking D).
  std::vector<Event> kept(events->begin(), events->begin() + static_cast<std::ptrdiff_t>(first));
  for (size_t k = first; k < events->size(); ++k) {
    const int32_t t = token_at((*events)[k].verb.begin);
    if (in(replaced_outer, t)) continue;
    const bool rewritten = std::find(transformed.begin(), transformed.end(), k) != transformed.end();
    if (!rewritten && is_wished(t)) continue;
    if (!rewritten && t >= 0 && tree.rel(static_cast<uint32_t>(t)) == "conj" &&
        in(transformed_inner, tree.head(static_cast<uint32_t>(t))))
      continue;
    kept.push_back(std::move((*events)[k]));
  }
  *events = std::move(kept);
}

}  // namespace dyad::code
