#include "code/dependency_tree.h"

#include "code/clause_rules.h"
#include "code/word_sets.h"
#include "util/ascii.h"

#include <algorithm>
#include <cctype>

namespace dyad::code {
namespace {

}  // namespace

DependencyTree::DependencyTree(const Document& doc, const Sentence& sentence)
    : doc_(doc), begin_(sentence.token_begin), end_(sentence.token_end) {
  const uint32_t n = end_ - begin_;
  size_t copies = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[begin_ + i];
    const std::string_view form = doc.Form(tok), lemma = doc.Lemma(tok);
    if (HasAsciiUpper(form)) copies += form.size();
    if (HasAsciiUpper(lemma)) copies += lemma.size();
  }
  lowered_.reserve(copies);
  auto lowered = [&](std::string_view s) -> std::string_view {
    if (!HasAsciiUpper(s)) return s;
    const size_t at = lowered_.size();
    for (char c : s) lowered_.push_back(AsciiLower(c));
    return {lowered_.data() + at, s.size()};
  };
  lower_.resize(n);
  lemma_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[begin_ + i];
    lower_[i] = lowered(doc.Form(tok));
    const std::string_view lemma = doc.Lemma(tok);
    lemma_[i] = lemma.empty() ? lower_[i] : lowered(lemma);
  }
  head_.assign(n, -1);
  rel_.resize(n);
  base_rel_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[begin_ + i];
    rel_[i] = DeprelName(tok.deprel);
    base_rel_[i] = rel_[i].substr(0, rel_[i].find(':'));
    if (tok.deprel != 0 && tok.head >= static_cast<int32_t>(begin_) && tok.head < static_cast<int32_t>(end_) &&
        tok.head != static_cast<int32_t>(begin_ + i))
      head_[i] = tok.head;
  }
  RepairHyphenedModifier();
  RepairVerbAsModifier();
  RepairClauseAsPhrase();
  RepairAuxiliaryAsHead();
  RepairSpeakerAsApposition();
  RepairAdjectiveAcrossComma();
  RepairVerbOnPunctuation();
  RepairFollowingAsPreposition();
  RepairSecondSubject();
  RepairAgentOnAdverb();
  RepairInfinitiveAsSubject();
  RepairNameBeforeConjunct();
  child_begin_.assign(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i)
    if (head_[i] >= 0) ++child_begin_[static_cast<uint32_t>(head_[i]) - begin_ + 1];
  for (uint32_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_list_.resize(child_begin_[n]);
  std::vector<uint32_t> next(child_begin_.begin(), child_begin_.end() - 1);
  for (uint32_t i = 0; i < n; ++i)
    if (head_[i] >= 0) child_list_[next[static_cast<uint32_t>(head_[i]) - begin_]++] = begin_ + i;
  for (uint32_t i = n; i-- > 0;) {
    if (doc.tokens[begin_ + i].upos == Upos::kPUNCT && lower_[i] != "?") continue;
    question_ = lower_[i] == "?";
    break;
  }
}

std::string_view DependencyTree::full_rel(uint32_t t) const { return rel_[t - begin_]; }

std::string_view DependencyTree::rel(uint32_t t) const { return base_rel_[t - begin_]; }

int32_t DependencyTree::head(uint32_t t) const { return head_[t - begin_]; }

int32_t DependencyTree::Child(uint32_t t, std::string_view want) const {
  const bool base = want.find(':') == std::string_view::npos;
  for (uint32_t c : children(t))
    if ((base ? rel(c) : full_rel(c)) == want) return static_cast<int32_t>(c);
  return -1;
}

bool DependencyTree::HasChild(uint32_t t, std::string_view r, std::string_view lemma_want) const {
  for (uint32_t c : children(t))
    if (rel(c) == r && lemma(c) == lemma_want) return true;
  return false;
}

std::string_view DependencyTree::CaseOf(uint32_t t) const {
  for (uint32_t c : children(t))
    if (rel(c) == "case" || rel(c) == "mark") return lower(c);
  return {};
}

DependencyTree::Subject DependencyTree::SubjectOf(uint32_t t) const {
  uint32_t cur = t;
  // A past participle clause with its own "by" agent, no auxiliary, object or subject,
  // before the clause it modifies ("Rebuked by Eriador, Osgiliath is being drawn ...") is
  // passive: the subject it takes from that clause is its logical object.
  bool fronted_passive = false;
  // A bare past participle coordinated with a passive shares its voice: "was both hated
  // and feared[conj]" (not "was arrested and fled[VBD]").
  bool shared_passive = false;
  for (int hops = 0; hops < 8; ++hops) {
    // When a parser gives a verb two subjects ("Bree Prime Minister Romendacil will meet",
    // with "Bree" split off), the one nearest the verb is the head of the subject phrase.
    std::vector<uint32_t> kids;
    for (auto it = children(cur).rbegin(); it != children(cur).rend(); ++it)
      if (rel(*it) == "nsubj" || rel(*it) == "csubj") kids.push_back(*it);  // later subjects first
    for (uint32_t c : children(cur))
      if (rel(c) != "nsubj" && rel(c) != "csubj") kids.push_back(c);
    for (uint32_t c : kids) {
      // A phrase with a preposition is no subject, whatever the parse says ("the minister,
      // in remarks[nsubj] published on Monday, urged ..."), nor is a day ("Ukrainian
      // lawmakers Tuesday[nsubj] endorsed ...").
      // (A name the tagger took for a preposition, "Arnor[case] security officials", is no
      // preposition: only the words that are count.)
      if (rel(c) == "nsubj" && (std::any_of(children(c).begin(), children(c).end(), [&](uint32_t g) {
                                  return rel(g) == "case" && token(g).upos == Upos::kADP &&
                                         IsAny(lower(g), {"in", "on", "at", "by", "for", "from", "with", "of", "to",
                                                          "into", "after", "before", "during", "under", "over",
                                                          "about", "against", "through", "among", "between",
                                                          "despite", "within", "without", "amid"});
                                }) ||
                                IsAny(lemma(c), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday", "today", "yesterday", "tomorrow", "tonight"})))
        continue;
      if (full_rel(c) == "nsubj:pass" || full_rel(c) == "nsubj:outer")
        return {static_cast<int32_t>(c), cur == t || fronted_passive || shared_passive};
      if (rel(c) == "nsubj" || rel(c) == "csubj") {
        // A relative pronoun subject stands for the noun the clause modifies.
        if (full_rel(cur) == "acl:relcl" && IsAny(lower(c), {"who", "which", "that"}) && head(cur) >= 0)
          return {head(cur), false};
        // Hung on the verb as a relative clause (advcl:relcl), the pronoun stands for the noun
        // right before it past a comma ("the two countries, which now want to ...").
        if (full_rel(cur) == "advcl:relcl" && IsAny(lower(c), {"who", "which"})) {
          uint32_t n = c;
          while (n > begin_ && token(n - 1).upos == Upos::kPUNCT) --n;
          if (n < c && n > begin_ && (token(n - 1).upos == Upos::kNOUN || token(n - 1).upos == Upos::kPROPN))
            return {static_cast<int32_t>(n - 1), false};
        }
        return {static_cast<int32_t>(c), fronted_passive};
      }
    }
    const int32_t h = head(cur);
    if (h < 0) return {};
    const std::string_view r = rel(cur);
    if (r == "advcl" && cur == t && h > static_cast<int32_t>(t) && XposName(token(t).xpos) == "VBN" &&
        Child(t, "aux") < 0 && Child(t, "obj") < 0 && Child(t, "mark") < 0)
      fronted_passive = true;
    // A finite verb parsed as a complement (xcomp) is a clause whose subject the parse took
    // for the verb's object: "ruled that sort[obj] of treatment violated[xcomp] the
    // agreement".
    // (A past tense, right after the object's phrase.)
    if (r == "xcomp" && cur == t && XposName(token(t).xpos) == "VBD") {
      const int32_t obj = Child(static_cast<uint32_t>(h), "obj");
      bool adjacent = obj >= 0 && obj < static_cast<int32_t>(t);
      for (uint32_t u = static_cast<uint32_t>(obj) + 1; adjacent && u < t; ++u)
        adjacent = Dominates(static_cast<uint32_t>(obj), u) && lower(u) != ",";
      if (adjacent) return {obj, false};
    }
    // A past participle with no auxiliary or object as a verb's complement is passive too:
    // "the deaths of six U.S. soldiers killed[xcomp] while looking for him", "found him
    // detained".
    // (Not under "have", a perfect the parse split: "is said to have urged Zelensky".)
    // With an object, the object is what the participle is said of: "found him[obj]
    // detained[xcomp]".
    if (r == "xcomp" && cur == t && XposName(token(t).xpos) == "VBN" && Child(t, "aux") < 0 && Child(t, "obj") < 0 &&
        lemma(static_cast<uint32_t>(h)) != "have") {
      if (const int32_t obj = Child(static_cast<uint32_t>(h), "obj"); obj >= 0 && obj < static_cast<int32_t>(t))
        return {obj, true};
      fronted_passive = true;
    }
    if (r == "advcl" && (token(static_cast<uint32_t>(h)).upos == Upos::kNOUN ||
                         token(static_cast<uint32_t>(h)).upos == Upos::kPROPN)) {
      // An adverbial clause the parse hung on a noun is the noun's own clause: "accused North
      // Korea[obj] of supplying[advcl of Korea] arms" is North Korea's supplying.
      return {h, false};
    }
    if (r == "xcomp" || r == "advcl") {
      // Object control: "urged X to resume", "accused X of supplying".
      int32_t obj = Child(static_cast<uint32_t>(h), "obj");
      for (uint32_t c : children(static_cast<uint32_t>(h))) {
        const Upos u = token(c).upos;
        if (obj < 0 && c != cur && rel(c) == "xcomp" && (u == Upos::kPROPN || u == Upos::kNOUN)) obj = c;
      }
      const bool of_clause = r == "advcl" && IsAny(CaseOf(cur), {"of", "for"});
      // "unhappy with Erdogan for backing ...", "angry at Iran for ...": the one the
      // feeling is with or at did it.
      if (r == "advcl" && CaseOf(cur) == "for" && token(static_cast<uint32_t>(h)).upos == Upos::kADJ)
        for (uint32_t c : children(static_cast<uint32_t>(h)))
          if (rel(c) == "obl" && IsAny(CaseOf(c), {"with", "at"}) && c < cur) return {static_cast<int32_t>(c), false};
      // An infinitive under an object-control verb is its complement even when parsed as
      // an advcl ("persuade North Korea to resume talks").
      const bool infinitive = r == "xcomp" || HasChild(cur, "mark", "to");
      if (obj >= 0 && ((infinitive && (IsObjectControlVerb(lemma(static_cast<uint32_t>(h))) ||
                                       IsWishVerb(lemma(static_cast<uint32_t>(h))))) ||
                       of_clause))
        return {obj, false};
      cur = static_cast<uint32_t>(h);
    } else if (r == "conj") {
      // A verb coordinated with a noun is a misparse of "X, Y, held talks": the noun is
      // the subject.
      const Upos hu = token(static_cast<uint32_t>(h)).upos;
      if (hu == Upos::kNOUN || hu == Upos::kPROPN) return {h, false};
      if (cur == t && XposName(token(t).xpos) == "VBN" && Child(t, "aux") < 0 && Child(t, "aux:pass") < 0 &&
          Child(t, "obj") < 0 && Child(static_cast<uint32_t>(h), "aux:pass") >= 0)
        shared_passive = true;
      cur = static_cast<uint32_t>(h);
    } else if (r == "acl" && full_rel(cur) != "acl:relcl" && token(static_cast<uint32_t>(h)).upos == Upos::kADJ) {
      // An infinitive the parse hung as an acl on an adjective ("is inching nearer to
      // accord", "ready to talk") is its complement: the adjective's subject is its own.
      cur = static_cast<uint32_t>(h);
    } else if (full_rel(cur) == "acl:relcl" || r == "acl") {
      // "the mercenaries who fought", "troops fighting in the war"; a past participle
      // without an object is a reduced passive: "the men wanted in Gondor" are wanted,
      // not wanting ("Arnor police detained students" misparsed as an acl is active).
      // (A bare "hostage" or "captive" is no object but what the noun is made: "citizens
      // held hostage", "soldiers taken prisoner".)
      const int32_t obj = Child(cur, "obj");
      const bool made_captive = obj >= 0 && IsAny(lemma(static_cast<uint32_t>(obj)), {"hostage", "captive", "prisoner"}) &&
                                Child(static_cast<uint32_t>(obj), "det") < 0 &&
                                Child(static_cast<uint32_t>(obj), "nmod:poss") < 0;
      if (r == "acl" && full_rel(cur) != "acl:relcl" && XposName(token(cur).xpos) == "VBN" && (obj < 0 || made_captive))
        return {h, cur == t};
      return {h, false};
    } else {
      return {};
    }
  }
  return {};
}

int32_t DependencyTree::AgentOf(uint32_t t) const {
  for (uint32_t c : children(t)) {
    if (full_rel(c) == "obl:agent") return static_cast<int32_t>(c);
    if (rel(c) == "obl" && CaseOf(c) == "by") return static_cast<int32_t>(c);
  }
  // The agent hung on an adverb of the verb, as a parser may read "opposed earlier by X".
  for (uint32_t c : children(t)) {
    if (rel(c) != "advmod") continue;
    for (uint32_t g : children(c))
      if (full_rel(g) == "obl:agent") return static_cast<int32_t>(g);
  }
  // The author of the strike or attack it happened in: "eight people were killed in an
  // air strike by government forces".
  for (uint32_t c : children(t)) {
    if (rel(c) != "obl" || (CaseOf(c) != "in" && CaseOf(c) != "during")) continue;
    for (uint32_t g : children(c))
      if (rel(g) == "nmod" && CaseOf(g) == "by") return static_cast<int32_t>(g);
  }
  return -1;
}

std::vector<uint32_t> DependencyTree::Subtree(uint32_t t, bool (*skip)(uint32_t root, uint32_t parent,
                                                                          std::string_view rel)) const {
  std::vector<uint32_t> out, stack{t};
  while (!stack.empty()) {
    const uint32_t u = stack.back();
    stack.pop_back();
    out.push_back(u);
    for (uint32_t c : children(u))
      if (!skip(t, u, rel(c))) stack.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<uint32_t> DependencyTree::Complement(uint32_t t) const {
  return Subtree(t, [](uint32_t root, uint32_t parent, std::string_view r) {
    if (r == "punct") return true;
    return parent == root && (r == "nsubj" || r == "csubj" || r == "conj" || r == "parataxis" || r == "cc");
  });
}

std::vector<uint32_t> DependencyTree::Clause(uint32_t t) const {
  return Subtree(t, [](uint32_t, uint32_t, std::string_view r) {
    return r == "acl" || r == "advcl" || r == "ccomp" || r == "xcomp" || r == "csubj" || r == "parataxis" ||
           r == "conj" || r == "punct";
  });
}

bool DependencyTree::Dominates(uint32_t ancestor, uint32_t t) const {
  for (int32_t cur = static_cast<int32_t>(t), hops = 0; cur >= 0 && hops < 256; cur = head(cur), ++hops)
    if (cur == static_cast<int32_t>(ancestor)) return true;
  return false;
}

bool DependencyTree::Negated(uint32_t t) const {
  for (uint32_t c : children(t)) {
    const std::string_view w = lower(c);
    // "Not only" and "not just" add, they do not deny: "he not only supports it but ...".
    if (w == "not" && c + 1 < end() && IsAny(lower(c + 1), {"only", "just", "merely", "simply"})) continue;
    if ((rel(c) == "advmod" || rel(c) == "neg") && (w == "not" || w == "n't" || w == "n\xE2\x80\x99t" || w == "never"))
      return true;
    if (rel(c) == "aux" && HasChild(c, "advmod", "not")) return true;
  }
  return false;
}

bool DependencyTree::SubjectIsNone(uint32_t t) const {
  for (uint32_t c : children(t)) {
    if (rel(c) != "nsubj" && full_rel(c) != "nsubj:pass") continue;
    if (IsAny(lower(c), {"nobody", "none"})) return true;
    for (uint32_t g : children(c))
      if (rel(g) == "det" && lower(g) == "no") return true;
  }
  return false;
}

bool DependencyTree::Disclaimed(uint32_t t) const {
  for (int32_t cur = static_cast<int32_t>(t), hops = 0; cur >= 0 && hops < 32; ++hops) {
    if (rel(static_cast<uint32_t>(cur)) != "ccomp") return false;
    cur = head(static_cast<uint32_t>(cur));
    if (cur < 0) return false;
    const uint32_t v = static_cast<uint32_t>(cur);
    // A negated denial affirms: "let's not forget the U.S. was negotiating", "did not deny".
    if (IsAny(lemma(v), {"forget", "deny", "doubt", "dispute", "ignore", "overlook", "hide", "conceal", "question"}))
      return false;
    if (Negated(v) || SubjectIsNone(v)) return true;
  }
  return false;
}

bool DependencyTree::Speculative(uint32_t t) const {
  auto modal = [&](uint32_t v) {
    for (uint32_t c : children(v))
      if (rel(c) == "aux" && IsAny(lower(c), {"could", "might", "may", "should", "ought"})) return true;
    return false;
  };
  if (modal(t)) return true;
  // The same on "able" or "unable" above it: "the White House might not be able to protect MBS".
  const int32_t h = head(t);
  return h >= 0 && rel(t) == "xcomp" && IsAny(lemma(static_cast<uint32_t>(h)), {"able", "unable"}) &&
         modal(static_cast<uint32_t>(h));
}

bool DependencyTree::Hypothetical(uint32_t t) const {
  if (question_) return true;
  for (int32_t cur = static_cast<int32_t>(t), hops = 0; cur >= 0 && hops < 32; cur = head(cur), ++hops) {
    for (uint32_t c : children(static_cast<uint32_t>(cur)))
      if (rel(c) == "mark" && IsAny(lower(c), {"if", "unless", "whether"})) return true;
    // The main clause of a condition: "if talks fail, X will attack".
    for (uint32_t c : children(static_cast<uint32_t>(cur)))
      if (rel(c) == "advcl")
        for (uint32_t m : children(c))
          if (rel(m) == "mark" && IsAny(lower(m), {"if", "unless"})) return true;
    // A modal perfect tells what did not, or may not, have happened: "Congress would have
    // rejected this deal", "Iran could have attacked", "might have been behind". ("Should
    // have acted" is a demand, which PETRARCH codes: 1011.)
    bool modal = false, perfect = false;
    for (uint32_t c : children(static_cast<uint32_t>(cur))) {
      if (rel(c) != "aux") continue;
      modal = modal || IsAny(lower(c), {"would", "could", "might", "may", "'d"});
      perfect = perfect || lower(c) == "have" || lower(c) == "'ve";
    }
    if (modal && perfect) return true;
    const std::string_view r = rel(static_cast<uint32_t>(cur));
    // A clause that an adjective of doubt governs is a guess, not a report: "it is
    // unlikely (that) North Korea would launch an attack", "Iran is unlikely to retaliate",
    // "it is possible that talks could resume"; so is one it shrinks from: "Trump has been
    // reluctant to blame Russia", "unwilling to". "Likely" is left out: "Xi is likely to
    // visit Saudi Arabia next year" reports a plan, as "is expected to visit" does (Future).
    if ((r == "ccomp" || r == "csubj" || r == "xcomp" || (r == "advcl" && HasChild(static_cast<uint32_t>(cur), "mark", "to"))) &&
        head(cur) >= 0 &&
        token(static_cast<uint32_t>(head(cur))).upos == Upos::kADJ &&
        IsAny(lemma(static_cast<uint32_t>(head(cur))),
              {"unlikely", "possible", "impossible", "doubtful", "conceivable", "inconceivable", "improbable",
               "reluctant", "unwilling", "hesitant", "loath", "afraid",
               // and what is made easy or hard is only made possible or not: "changing the
               // law to make it easier to deport Central Americans", "difficult to strike".
               "easy", "easier", "hard", "harder", "difficult"}))
      return true;
    // An event noun is as conditional as the verb whose object it is: "asked if he planned
    // sanctions against China".
    const bool noun_object = hops == 0 && r == "obj" && token(static_cast<uint32_t>(cur)).upos == Upos::kNOUN;
    if (r != "conj" && r != "xcomp" && r != "ccomp" && r != "advcl" && !noun_object) break;
  }
  return false;
}

bool DependencyTree::Future(uint32_t t) const {
  for (uint32_t c : children(t))
    if (rel(c) == "aux" && (IsAny(lower(c), {"will", "would", "shall", "'ll"}) || lemma(c) == "will")) return true;
  // "is due to visit", "is scheduled to meet", "plans to travel", "will try to attend".
  const int32_t h = head(t);
  if (h >= 0 && (rel(t) == "xcomp" || rel(t) == "advcl") && HasChild(t, "mark", "to")) {
    if (IsAny(lemma(static_cast<uint32_t>(h)), {"due", "set", "schedule", "expect", "plan", "go", "slate", "poise",
                                                "intend", "prepare", "aim", "likely"}))
      return true;
    return Future(static_cast<uint32_t>(h));
  }
  // A clause of time of a future act: "is due to visit the field before travelling on to".
  if (h >= 0 && rel(t) == "advcl" && (HasChild(t, "mark", "before") || HasChild(t, "mark", "after")))
    return Future(static_cast<uint32_t>(h));
  return false;
}

}  // namespace dyad::code
