// DependencyTree: one parsed sentence seen as a tree, with the questions the event coder
// asks of it: a token's dependents by relation, who the subject of a verb is (its own
// nsubj, else inherited through xcomp, conj, advcl and relative clauses), which tokens
// form a predicate's complement, and whether a clause is negated, conditional or a
// question. Token indexes are absolute in Document::tokens, as the parser writes heads.
// One common parser error is read back as the clause it is: a verb hung as an adjective
// on the noun after it between two noun phrases ("Georgian demonstrators launched[amod]
// missiles[obj of demonstrators]") heads its clause, with the noun before it as subject
// and the noun after it as object; a participle parsed as the subject of the verb after
// it, with the noun before it as its own subject ("The civilians imprisoned for ... were
// released", or with the main verb hung on it as a conjunct with no conjunction), is a
// reduced relative on that noun; a noun hyphened to a participle before
// another noun, parsed as the head ("bombarded a government[obj]-held part[parataxis]"),
// modifies the participle, and the noun after them heads the phrase; "as the leader
// prepared", parsed as a prepositional phrase with the verb hung on or beside it, is a
// subordinate clause with the noun as its subject; an auxiliary parsed as the head of the
// verb after it belongs to that verb, whose subject is the noun before it; a speaker after a
// comma parsed as an apposition is the subject of the verb right after it; an adjective
// after a verb parsed as an adverb of a verb past a comma is the first verb's complement;
// a verb hung on a comma, the root a noun before it, heads the sentence with the noun as
// its subject.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::code {

class DependencyTree {
 public:
  // `doc` must outlive the tree. A sentence without heads (unparsed) gives a tree in which
  // every token is a root with no dependents.
  DependencyTree(const Document& doc, const Sentence& sentence);
  // Its words may be views into its own storage: not copied.
  DependencyTree(const DependencyTree&) = delete;
  DependencyTree& operator=(const DependencyTree&) = delete;

  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }
  const Token& token(uint32_t t) const { return doc_.tokens[t]; }
  // Lower-cased form and lemma ("" before tagging).
  std::string_view lower(uint32_t t) const { return lower_[t - begin_]; }
  std::string_view lemma(uint32_t t) const { return lemma_[t - begin_]; }
  // The relation name without subtype ("obl" for "obl:agent") and with it.
  std::string_view rel(uint32_t t) const;
  std::string_view full_rel(uint32_t t) const;
  int32_t head(uint32_t t) const;  // -1 for the root
  std::span<const uint32_t> children(uint32_t t) const {
    const uint32_t i = t - begin_;
    return {child_list_.data() + child_begin_[i], child_begin_[i + 1] - child_begin_[i]};
  }

  // The first dependent of `t` whose full relation is `full_rel` (or whose base relation
  // is, when `full_rel` has no ':'), or -1.
  int32_t Child(uint32_t t, std::string_view full_rel) const;
  // True when `t` has a dependent with lemma `lemma` under relation `rel` (base name).
  bool HasChild(uint32_t t, std::string_view rel, std::string_view lemma) const;
  // The preposition or subordinator introducing `t` (its case or mark dependent), or "".
  std::string_view CaseOf(uint32_t t) const;

  // The token that acts as the subject of predicate `t` and whether `t` is passive. The
  // subject comes from `t`'s nsubj / nsubj:pass, else is inherited: from the governing
  // verb through xcomp (the object for object-control verbs such as "urge X to", the
  // subject otherwise), conj and advcl; for a relative clause, from the noun it modifies
  // when the relative pronoun is the subject. A subject with a preposition ("in remarks")
  // or a day ("Tuesday") is a misparse and is passed over. -1 when none is found.
  struct Subject {
    int32_t token = -1;
    bool passive = false;  // t's own subject is nsubj:pass, or t is a past participle
                           // modifying the noun ("the men wanted in Gondor": a reduced passive),
                           // or a participle clause with a "by" agent before the clause whose
                           // subject it takes ("Rebuked by Eriador, Osgiliath ...")
  };
  Subject SubjectOf(uint32_t t) const;
  // The agent of a passive ("by X"): the obl:agent dependent, or an obl with case "by";
  // else an obl:agent on an adverb of the verb ("opposed earlier by X"); else the "by" phrase
  // of an "in"/"during" phrase ("killed in an air strike by X"). -1 when none.
  int32_t AgentOf(uint32_t t) const;

  // Tokens of `t`'s subtree that belong to its predicate: everything below it except the
  // subtrees of its subjects, of coordinated and paratactic clauses, and punctuation; in
  // sentence order, `t` itself included.
  std::vector<uint32_t> Complement(uint32_t t) const;
  // The tokens of `t`'s own clause: its subtree without the subtrees of the clauses that
  // depend on it (acl, advcl, ccomp, xcomp, csubj, parataxis, conj), in sentence order.
  // Where an event's date or place is looked for.
  std::vector<uint32_t> Clause(uint32_t t) const;
  // True when `t` lies in the subtree of `ancestor` (or is it).
  bool Dominates(uint32_t ancestor, uint32_t t) const;

  // "not", "n't", "never" or "no longer" modify `t` (or its auxiliaries).
  bool Negated(uint32_t t) const;
  // True when `t`'s subject is none: "no U.S. service members were killed", "no sitting
  // president has ever visited". Nothing happened, and nobody refused either.
  bool SubjectIsNone(uint32_t t) const;
  // `t`'s clause is what a negated verb, or one whose subject is none, says or thinks:
  // "the deal doesn't mean the U.S. is backing down", "Republicans didn't think Trump should
  // meet with Erdogan", "nobody believes that". (Not "refused to", which is a refusal, nor
  // a negated denial, which affirms: "let's not forget", "did not deny".)
  bool Disclaimed(uint32_t t) const;
  // `t`'s clause, or a clause it depends on, is introduced by "if", "unless" or
  // "whether", or is governed by an adjective of doubt ("it is unlikely that X would",
  // "X is unlikely to", "it is possible that X could"), or is a question.
  bool Hypothetical(uint32_t t) const;
  // `t` itself is a possibility, with "could", "might" or "may": "Iran could strike
  // American bases", "the U.S. may impose sanctions"; or an opinion of what ought to be,
  // with "should" or "ought": "the UK should sue the EU", "Iran should thank Obama".
  bool Speculative(uint32_t t) const;
  // The sentence ends with a question mark.
  bool Question() const { return question_; }
  // An auxiliary "will" / "would" / "shall" marks `t` as future, as does an infinitive under
  // "due", "scheduled", "expected", "plan", "going" ... or under a future verb, and a clause
  // of time ("before", "after") of a future verb.
  bool Future(uint32_t t) const;

 private:
  // Re-reads a verb the parser took for an adjective of the noun after it, between two
  // noun phrases, as the predicate of their clause, or after a conjunction of its own, as
  // the conjunct of the verb whose object that noun was coordinated with; a participle taken for a subject
  // or for the head of a conjunct main verb as the reduced relative it is (see the file
  // comment).
  void RepairVerbAsModifier();
  // Re-reads a noun hyphened to the participle before a noun ("a government-held part of
  // Aleppo") as the participle's modifier when the parse made it the phrase's head: the
  // noun after them heads the phrase, in the modifier's place.
  void RepairHyphenedModifier();
  // Re-reads "as|after|before|since|until|while <noun> <finite verb>" parsed as a
  // prepositional phrase with the verb hung on the noun (acl) or beside it (parataxis, dep,
  // conj, advcl) and no subject of its own ("came as[case] the leader[obl] prepared[parataxis] to
  // attend") as the clause it is: the verb heads an advcl in the noun's place, the noun its
  // subject, the preposition its mark.
  void RepairClauseAsPhrase();
  // Re-reads an auxiliary after a noun, parsed as anything but an auxiliary with a verb
  // after it hung on it ("The Philippines[root] was[nsubj] heavily and unjustly
  // criticized[conj]"), as that verb's: the verb takes the noun's place, the noun is its
  // subject (passive for "be" with a past participle).
  void RepairAuxiliaryAsHead();
  // Re-reads a noun after a comma, parsed as an apposition of the noun before the comma and
  // followed at once by a finite verb with no subject ("burned down its embassy, a senior
  // official[appos] said[no subject]"), as that verb's subject.
  void RepairSpeakerAsApposition();
  // Re-reads an adjective right after a verb, parsed as an adverb of a later verb below
  // that one and past a comma ("is inching nearer[advmod of said] to accord ..., an
  // official said"), as the first verb's complement (xcomp).
  void RepairAdjectiveAcrossComma();
  // Re-reads a verb hung on a punctuation mark, with no subject of its own, finite (or a
  // participle with an object), when the sentence's root is a noun before it ("the
  // minister[root], in remarks published on Monday ,[head] urged[VBN] Eriador[iobj] to
  // ..."), as the sentence's head with that noun as its subject; under a verbal root, such
  // a verb as a clause (advcl) of the nearest verb above the mark.
  void RepairVerbOnPunctuation();
  // Re-reads "following <noun>" parsed as a participle clause (xcomp, advcl, acl) whose only
  // dependent is that noun, its object ("resigned following[xcomp] the announcement[obj]"),
  // as the preposition it is (EWT's "following"[case]): the noun is an obl (nmod under a
  // noun) of the word the participle hung on, "following" its case. Not under a verb that
  // takes a gerund ("kept following the convoy").
  void RepairFollowingAsPreposition();
  // Re-reads a second subject of a verb, after it and past a comma that closes a noun
  // phrase attached to the verb ("Eriador[nsubj:pass] was opposed by Osgiliath[obl:agent],
  // the state's fiercest foe[nsubj:pass], in ..."), as an apposition of that phrase's noun.
  void RepairSecondSubject();
  // Re-reads a "by" phrase hung on an adverb of a passive verb that has no agent ("was
  // opposed earlier[advmod] by Osgiliath[nmod of earlier]") as the verb's agent (obl:agent).
  void RepairAgentOnAdverb();
  // Re-reads a "to" infinitive after the predicate it hangs on as a clausal subject, where
  // that predicate has a subject of its own ("Stubb[nsubj] is due[root] to visit[csubj]"),
  // as its complement (xcomp), whose subject is the predicate's.
  void RepairInfinitiveAsSubject();
  // Re-reads a name parsed as a compound of a later common noun, with a lower-case common
  // noun as its own conjunct in between ("the Kenya Electricity Generating Company[compound
  // of scholarships] and fund[conj] scholarships", where "fund" is a verb the tagger took for
  // a noun), as a dependent of that noun's head with the noun's relation: a name coordinated
  // with a common noun modifies nothing after them ("Kenya and Uganda officials" and "oil
  // and gas companies" keep their compounds).
  void RepairNameBeforeConjunct();
  // For the repairs: `t` is a noun or a proper noun; `t` lies below `ancestor` (or is it)
  // on the heads as repaired so far.
  bool Nominal(uint32_t t) const;
  bool BelowRepaired(uint32_t ancestor, uint32_t t) const;
  // On the heads as repaired so far (the dependents' lists are built after the repairs): `t`'s first
  // dependent whose relation starts with `prefix`, or -1; whether `t` has a subject
  // (nsubj or csubj, any subtype).
  int32_t ChildRepaired(uint32_t t, std::string_view prefix) const;
  bool HasSubjectRepaired(uint32_t t) const;
  // For the repairs: hangs `t` on `head` (-1: none, the root) with relation `rel`; or puts
  // `t` where `other` was, under its head with its relation ("root" when it had no head).
  void Reattach(uint32_t t, int32_t head, std::string_view rel);
  void TakePlace(uint32_t t, uint32_t other);

  // `t`'s subtree in sentence order, without the dependents `skip` rejects (given the root
  // `t`, the dependent's head and its base relation) and everything below them.
  std::vector<uint32_t> Subtree(uint32_t t, bool (*skip)(uint32_t root, uint32_t parent, std::string_view rel)) const;

  const Document& doc_;
  uint32_t begin_ = 0, end_ = 0;
  // Lower-cased forms and lemmas: the document's own text where it has no capitals, else
  // the lower-cased copy in lowered_ (reserved whole first, so the views stay put).
  std::vector<char> lowered_;
  std::vector<std::string_view> lower_, lemma_;
  std::vector<int32_t> head_;             // absolute, -1 for the root
  std::vector<std::string_view> rel_;     // full relation names
  std::vector<std::string_view> base_rel_;  // the same up to any ':' (rel(), asked for often)
  // The dependents of word i (in sentence order): child_list_[child_begin_[i], child_begin_[i + 1]).
  std::vector<uint32_t> child_begin_, child_list_;
  bool question_ = false;
};

}  // namespace dyad::code
