// DependencyTree's repairs of parses the coder reads back as the clause they are (see
// dependency_tree.h), applied once as the tree is built.
#include "code/dependency_tree.h"

#include <vector>

#include "code/word_sets.h"

namespace dyad::code {

bool DependencyTree::Nominal(uint32_t t) const {
  const Upos u = doc_.tokens[t].upos;
  return u == Upos::kNOUN || u == Upos::kPROPN;
}

bool DependencyTree::BelowRepaired(uint32_t ancestor, uint32_t t) const {
  for (int32_t cur = static_cast<int32_t>(t), hops = 0; cur >= 0 && hops < 256; cur = head_[cur - begin_], ++hops)
    if (cur == static_cast<int32_t>(ancestor)) return true;
  return false;
}

int32_t DependencyTree::ChildRepaired(uint32_t t, std::string_view prefix) const {
  for (uint32_t c = begin_; c < end_; ++c)
    if (head_[c - begin_] == static_cast<int32_t>(t) && rel_[c - begin_].substr(0, prefix.size()) == prefix)
      return static_cast<int32_t>(c);
  return -1;
}

bool DependencyTree::HasSubjectRepaired(uint32_t t) const {
  return ChildRepaired(t, "nsubj") >= 0 || ChildRepaired(t, "csubj") >= 0;
}

void DependencyTree::Reattach(uint32_t t, int32_t head, std::string_view rel) {
  head_[t - begin_] = head;
  rel_[t - begin_] = rel;
  base_rel_[t - begin_] = rel.substr(0, rel.find(':'));
}

void DependencyTree::TakePlace(uint32_t t, uint32_t other) {
  const int32_t head = head_[other - begin_];
  Reattach(t, head, head < 0 ? std::string_view("root") : rel_[other - begin_]);
}

void DependencyTree::RepairHyphenedModifier() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t a = begin_; a + 3 < end_; ++a) {
    const uint32_t dash = a + 1, part = a + 2, noun = a + 3;
    if (!Nominal(a) || lower_[at(dash)] != "-" || doc_.tokens[a].space_after || doc_.tokens[dash].space_after ||
        doc_.tokens[part].upos != Upos::kVERB || XposName(doc_.tokens[part].xpos) != "VBN" || !Nominal(noun) ||
        BelowRepaired(noun, a) || BelowRepaired(part, a) || BelowRepaired(dash, a))
      continue;
    // The noun the phrase names takes the place the parse gave the modifier's noun, with
    // its determiners and adjectives before it.
    TakePlace(noun, a);
    for (uint32_t c = begin_; c < a; ++c)
      if (head_[at(c)] == static_cast<int32_t>(a)) head_[at(c)] = static_cast<int32_t>(noun);
    Reattach(a, static_cast<int32_t>(part), "obl:unmarked");
    Reattach(dash, static_cast<int32_t>(part), "punct");
    Reattach(part, static_cast<int32_t>(noun), "amod");
  }
}

void DependencyTree::RepairVerbAsModifier() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t v = begin_ + 1; v < end_; ++v) {
    const int32_t h = head_[at(v)];
    if (doc_.tokens[v].upos != Upos::kVERB || rel_[at(v)] != "amod" || h <= static_cast<int32_t>(v)) continue;
    const uint32_t obj = static_cast<uint32_t>(h), subj = v - 1;
    if (!Nominal(obj) || !Nominal(subj) || BelowRepaired(obj, subj)) continue;
    const std::string_view subj_rel = rel_[at(subj)].substr(0, rel_[at(subj)].find(':'));
    if (subj_rel == "compound" || subj_rel == "flat" || subj_rel == "amod") continue;
    // The parse's tell: a noun with an object (no noun has one), the noun before the
    // verb a subject beside the phrase the verb modifies, or the two nouns conjuncts with
    // no conjunction between them ("The government[root] expressed[amod]
    // appreciation[conj] for ...").
    const int32_t oh = head_[at(obj)];
    const bool noun_with_object = rel_[at(obj)] == "obj" && oh >= 0 && Nominal(static_cast<uint32_t>(oh));
    const bool beside = subj_rel == "nsubj" && head_[at(subj)] == oh;
    const bool bare_conjuncts = rel_[at(obj)] == "conj" && oh == static_cast<int32_t>(subj) &&
                                ChildRepaired(obj, "cc") < 0;
    if (!noun_with_object && !beside && !bare_conjuncts) continue;
    // The verb takes the place of the higher of the two nouns.
    const uint32_t top = BelowRepaired(subj, obj) ? subj : obj;
    TakePlace(v, top);
    Reattach(subj, static_cast<int32_t>(v), "nsubj");
    Reattach(obj, static_cast<int32_t>(v), "obj");
  }
  // A verb with a conjunction of its own parsed as the adjective of the noun after it, that
  // noun a conjunct of the object of an earlier verb ("condemned an attack ... and[cc of
  // promised] promised[amod] aid[conj of attack]"), is that verb's conjunct, the noun its
  // object.
  for (uint32_t v = begin_ + 1; v < end_; ++v) {
    const int32_t h = head_[at(v)];
    if (doc_.tokens[v].upos != Upos::kVERB || rel_[at(v)] != "amod" || h <= static_cast<int32_t>(v)) continue;
    const int32_t cc = ChildRepaired(v, "cc");
    const uint32_t noun = static_cast<uint32_t>(h);
    if (cc < 0 || cc > static_cast<int32_t>(v) || !Nominal(noun) || rel_[at(noun)] != "conj") continue;
    const int32_t first = head_[at(noun)];
    if (first < 0 || first >= static_cast<int32_t>(v) || rel_[at(static_cast<uint32_t>(first))] != "obj") continue;
    const int32_t earlier = head_[at(static_cast<uint32_t>(first))];
    if (earlier < 0 || doc_.tokens[static_cast<uint32_t>(earlier)].upos != Upos::kVERB) continue;
    Reattach(v, earlier, "conj");
    Reattach(noun, static_cast<int32_t>(v), "obj");
  }
  // A participle parsed as the subject of the verb after it, with the noun before it as its
  // own subject ("The civilians[nsubj] imprisoned[nsubj:pass] for ... were released"), is a
  // reduced relative on that noun, which is the subject.
  for (uint32_t v = begin_ + 1; v < end_; ++v) {
    const std::string_view r = rel_[at(v)].substr(0, rel_[at(v)].find(':'));
    const int32_t h = head_[at(v)];
    if (doc_.tokens[v].upos != Upos::kVERB || XposName(doc_.tokens[v].xpos) != "VBN" || r != "nsubj" ||
        h <= static_cast<int32_t>(v))
      continue;
    int32_t noun = -1;
    for (uint32_t c = begin_; c < v; ++c)
      if (head_[at(c)] == static_cast<int32_t>(v) && rel_[at(c)].substr(0, 5) == "nsubj" && Nominal(c)) noun = c;
    if (noun < 0) continue;
    const uint32_t n = static_cast<uint32_t>(noun);
    Reattach(n, h, rel_[at(v)]);
    Reattach(v, noun, "acl");
  }
  // A participle with the noun before it as subject and the verb after it hung as its
  // conjunct with no conjunction, no subject and an auxiliary of its own ("The civilians[nsubj]
  // imprisoned[root] for ... were released[conj]") is a reduced relative on that noun, which
  // is the later verb's subject.
  for (uint32_t v2 = begin_ + 2; v2 < end_; ++v2) {
    const int32_t v1 = head_[at(v2)];
    if (doc_.tokens[v2].upos != Upos::kVERB || rel_[at(v2)] != "conj" || v1 < 0 || v1 >= static_cast<int32_t>(v2))
      continue;
    const uint32_t p = static_cast<uint32_t>(v1);
    if (doc_.tokens[p].upos != Upos::kVERB || XposName(doc_.tokens[p].xpos) != "VBN" || ChildRepaired(v2, "aux") < 0 ||
        ChildRepaired(v2, "cc") >= 0 || ChildRepaired(v2, "nsubj") >= 0)
      continue;
    const int32_t noun = ChildRepaired(p, "nsubj");
    if (noun < 0 || noun > v1 || !Nominal(static_cast<uint32_t>(noun))) continue;
    const uint32_t n = static_cast<uint32_t>(noun);
    TakePlace(v2, p);
    Reattach(n, static_cast<int32_t>(v2), ChildRepaired(v2, "aux:pass") >= 0 ? std::string_view("nsubj:pass") : std::string_view("nsubj"));
    Reattach(p, noun, "acl");
  }
}

void DependencyTree::RepairClauseAsPhrase() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t m = begin_; m + 2 < end_; ++m) {
    const int32_t nh = head_[at(m)];
    if (rel_[at(m)] != "case" || !IsAny(lower_[at(m)], {"as", "after", "before", "since", "until", "while"}) ||
        nh <= static_cast<int32_t>(m) || !Nominal(static_cast<uint32_t>(nh)))
      continue;
    const uint32_t n = static_cast<uint32_t>(nh);
    // The first verb after the noun past its own modifiers ("the leader of Gondor prepared").
    uint32_t v = n + 1;
    while (v < end_ && doc_.tokens[v].upos != Upos::kVERB && doc_.tokens[v].upos != Upos::kPUNCT &&
           BelowRepaired(n, v))
      ++v;
    if (v >= end_ || doc_.tokens[v].upos != Upos::kVERB) continue;
    const std::string_view vr = rel_[at(v)];
    const int32_t vh = head_[at(v)];
    // A past participle with an object of its own is no reduced passive ("after crowds
    // burned[VBN, acl] down its embassy[obj]"): the tagger's reading of a past tense.
    bool has_object = false;
    for (uint32_t c = v + 1; c < end_ && !has_object; ++c)
      has_object = head_[at(c)] == static_cast<int32_t>(v) && rel_[at(c)] == "obj";
    const std::string_view xpos = XposName(doc_.tokens[v].xpos);
    if (!IsAny(xpos, {"VBD", "VBZ", "VBP"}) && !(xpos == "VBN" && has_object)) continue;
    const bool on_noun = vh == static_cast<int32_t>(n) && vr == "acl";
    const bool beside = vh == head_[at(n)] && vh >= 0 && (vr == "parataxis" || vr == "dep" || vr == "conj" || vr == "advcl");
    if ((!on_noun && !beside) || HasSubjectRepaired(v)) continue;
    // The verb takes the noun's place as a clause; the noun is its subject, the preposition
    // its subordinator.
    Reattach(v, head_[at(n)], head_[at(n)] < 0 ? std::string_view("root") : std::string_view("advcl"));
    Reattach(n, static_cast<int32_t>(v), "nsubj");
    Reattach(m, static_cast<int32_t>(v), "mark");
  }
}

void DependencyTree::RepairAuxiliaryAsHead() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t a = begin_ + 1; a + 1 < end_; ++a) {
    const std::string_view r = rel_[at(a)].substr(0, rel_[at(a)].find(':'));
    const int32_t h = head_[at(a)];
    if (doc_.tokens[a].upos != Upos::kAUX || r == "aux" || r == "cop" || h < 0 || h >= static_cast<int32_t>(a) ||
        !Nominal(static_cast<uint32_t>(h)))
      continue;
    // The verb the parse hung on the auxiliary after it.
    int32_t v = -1;
    for (uint32_t c = a + 1; c < end_ && v < 0; ++c)
      if (head_[at(c)] == static_cast<int32_t>(a) && doc_.tokens[c].upos == Upos::kVERB &&
          IsAny(rel_[at(c)].substr(0, rel_[at(c)].find(':')), {"conj", "xcomp", "ccomp", "parataxis", "dep"}))
        v = static_cast<int32_t>(c);
    if (v < 0) continue;
    const uint32_t verb = static_cast<uint32_t>(v), subj = static_cast<uint32_t>(h);
    const bool be = lemma_[at(a)] == "be" || IsAny(lower_[at(a)], {"is", "was", "were", "are", "am", "been", "being"});
    const bool passive = be && XposName(doc_.tokens[verb].xpos) == "VBN";
    // The verb takes the subject's place; the subject and the auxiliary are its own, and
    // so are the auxiliary's other dependents ("was heavily ... criticized").
    TakePlace(verb, subj);
    Reattach(subj, v, passive ? std::string_view("nsubj:pass") : std::string_view("nsubj"));
    for (uint32_t c = begin_; c < end_; ++c)
      if (head_[at(c)] == static_cast<int32_t>(a) && c != verb) head_[at(c)] = v;
    Reattach(a, v, passive ? std::string_view("aux:pass") : std::string_view("aux"));
  }
}

void DependencyTree::RepairSpeakerAsApposition() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t a = begin_ + 1; a + 1 < end_; ++a) {
    const uint32_t v = a + 1;
    const int32_t h = head_[at(a)];
    if (rel_[at(a)] != "appos" || !Nominal(a) || h < 0 || h >= static_cast<int32_t>(a) ||
        doc_.tokens[v].upos != Upos::kVERB || !IsAny(XposName(doc_.tokens[v].xpos), {"VBD", "VBZ", "VBP"}) ||
        BelowRepaired(a, v) || HasSubjectRepaired(v))
      continue;
    // Set off by a comma from the noun it was hung on.
    uint32_t first = a;
    for (uint32_t t = static_cast<uint32_t>(h) + 1; t < a; ++t)
      if (doc_.tokens[t].upos != Upos::kPUNCT && BelowRepaired(a, t)) {
        first = t;
        break;
      }
    if (first == begin_ || lower_[at(first - 1)] != ",") continue;
    Reattach(a, static_cast<int32_t>(v), "nsubj");
  }
}

void DependencyTree::RepairAdjectiveAcrossComma() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t a = begin_ + 1; a < end_; ++a) {
    const uint32_t v = a - 1;
    const int32_t h = head_[at(a)];
    if (doc_.tokens[a].upos != Upos::kADJ || rel_[at(a)] != "advmod" || h <= static_cast<int32_t>(a) ||
        doc_.tokens[v].upos != Upos::kVERB || !BelowRepaired(v, static_cast<uint32_t>(h)))
      continue;
    bool comma = false;
    for (uint32_t t = a + 1; t < static_cast<uint32_t>(h) && !comma; ++t) comma = lower_[at(t)] == ",";
    if (!comma) continue;
    Reattach(a, static_cast<int32_t>(v), "xcomp");
  }
}

void DependencyTree::RepairVerbOnPunctuation() {
  auto at = [&](uint32_t t) { return t - begin_; };
  int32_t root = -1;
  for (uint32_t t = begin_; t < end_ && root < 0; ++t)
    if (head_[at(t)] < 0 && rel_[at(t)] == "root") root = static_cast<int32_t>(t);
  // A verb that may head a clause of its own: finite, or a participle with an object.
  auto finite = [&](uint32_t v) {
    bool object = false;
    for (uint32_t c = begin_; c < end_ && !object; ++c)
      object = head_[at(c)] == static_cast<int32_t>(v) && (rel_[at(c)] == "obj" || rel_[at(c)] == "iobj");
    const std::string_view xpos = XposName(doc_.tokens[v].xpos);
    return IsAny(xpos, {"VBD", "VBZ", "VBP"}) || (xpos == "VBN" && object);
  };
  if (root >= 0 && !Nominal(static_cast<uint32_t>(root))) {
    // Under a verbal root, such a verb is a clause of the nearest verb above the mark
    // ("the minister, in remarks published[root] on Monday ,[head] urged[acl] Eriador").
    for (uint32_t v = static_cast<uint32_t>(root) + 1; v < end_; ++v) {
      const int32_t h = head_[at(v)];
      if (doc_.tokens[v].upos != Upos::kVERB || h < 0 || doc_.tokens[static_cast<uint32_t>(h)].upos != Upos::kPUNCT ||
          HasSubjectRepaired(v) || !finite(v))
        continue;
      int32_t up = head_[at(static_cast<uint32_t>(h))];
      for (int hops = 0; up >= 0 && hops < 64 && doc_.tokens[static_cast<uint32_t>(up)].upos != Upos::kVERB; ++hops)
        up = head_[at(static_cast<uint32_t>(up))];
      if (up >= 0 && doc_.tokens[static_cast<uint32_t>(up)].upos == Upos::kVERB && !BelowRepaired(v, static_cast<uint32_t>(up)))
        Reattach(v, up, "advcl");
    }
    return;
  }
  if (root < 0) return;
  const uint32_t r = static_cast<uint32_t>(root);
  for (uint32_t v = r + 1; v < end_; ++v) {
    const int32_t h = head_[at(v)];
    if (doc_.tokens[v].upos != Upos::kVERB || h < 0 || doc_.tokens[static_cast<uint32_t>(h)].upos != Upos::kPUNCT)
      continue;
    if (HasSubjectRepaired(v) || !finite(v)) continue;
    // The verb heads the sentence; the noun the parse made the root is its subject.
    Reattach(v, -1, "root");
    Reattach(r, static_cast<int32_t>(v), "nsubj");
    return;
  }
}

void DependencyTree::RepairFollowingAsPreposition() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t v = begin_; v + 1 < end_; ++v) {
    const int32_t h = head_[at(v)];
    if (lower_[at(v)] != "following" || XposName(doc_.tokens[v].xpos) != "VBG" || h < 0 ||
        h > static_cast<int32_t>(v) || !IsAny(rel_[at(v)], {"xcomp", "advcl", "acl"}) ||
        IsAny(lemma_[at(static_cast<uint32_t>(h))],
              {"keep", "continue", "start", "begin", "stop", "quit", "finish", "avoid", "enjoy", "consider", "risk",
               "resume", "mind", "be", "go", "come", "remain", "spend"}))
      continue;
    int32_t object = -1;
    bool other = false;
    for (uint32_t c = begin_; c < end_; ++c) {
      if (head_[at(c)] != static_cast<int32_t>(v)) continue;
      if (rel_[at(c)] == "obj" && c > v && object < 0)
        object = static_cast<int32_t>(c);
      else
        other = true;
    }
    if (object < 0 || other) continue;
    const bool under_noun = Nominal(static_cast<uint32_t>(h)) || doc_.tokens[static_cast<uint32_t>(h)].upos == Upos::kPRON;
    Reattach(static_cast<uint32_t>(object), h, under_noun ? "nmod" : "obl");
    Reattach(v, object, "case");
  }
}

void DependencyTree::RepairSecondSubject() {
  auto at = [&](uint32_t t) { return t - begin_; };
  // Each word's last subject before it and first after it, in one pass.
  const uint32_t n = end_ - begin_;
  thread_local std::vector<int32_t> befores, afters;
  befores.assign(n, -1);
  afters.assign(n, -1);
  bool any = false;
  for (uint32_t c = begin_; c < end_; ++c) {
    const int32_t h = head_[at(c)];
    if (h < 0 || rel_[at(c)].substr(0, 5) != "nsubj") continue;
    const uint32_t v = static_cast<uint32_t>(h);
    if (c < v) befores[at(v)] = static_cast<int32_t>(c);
    else if (afters[at(v)] < 0) afters[at(v)] = static_cast<int32_t>(c), any = true;
  }
  if (!any) return;
  for (uint32_t v = begin_; v < end_; ++v) {
    const int32_t before = befores[at(v)], after = afters[at(v)];
    if (before < 0 || after < 0) continue;
    const uint32_t second = static_cast<uint32_t>(after);
    // The first token of the second subject's phrase, or the one before it: a comma.
    uint32_t start = second;
    while (start > v + 1 && BelowRepaired(second, start - 1)) --start;
    const uint32_t comma = lower_[at(start)] == "," ? start : start - 1;
    if (comma <= v + 1 || lower_[at(comma)] != ",") continue;
    // The noun of the verb whose phrase the comma closes.
    int32_t noun = -1;
    for (uint32_t c = v + 1; c < comma && noun < 0; ++c)
      if (head_[at(c)] == static_cast<int32_t>(v) && Nominal(c) && BelowRepaired(c, comma - 1))
        noun = static_cast<int32_t>(c);
    if (noun < 0 || !Nominal(second)) continue;
    Reattach(second, noun, "appos");
  }
}

void DependencyTree::RepairAgentOnAdverb() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t n = begin_; n < end_; ++n) {
    const int32_t a = head_[at(n)];
    if (a < 0 || !Nominal(n) || rel_[at(n)].substr(0, 4) != "nmod") continue;
    const uint32_t adv = static_cast<uint32_t>(a);
    const int32_t v = head_[at(adv)];
    if (doc_.tokens[adv].upos != Upos::kADV || rel_[at(adv)] != "advmod" || v < 0) continue;
    const uint32_t verb = static_cast<uint32_t>(v);
    const int32_t by = ChildRepaired(n, "case");
    if (doc_.tokens[verb].upos != Upos::kVERB || by < 0 || lower_[at(static_cast<uint32_t>(by))] != "by" ||
        ChildRepaired(verb, "aux:pass") < 0 || ChildRepaired(verb, "obl:agent") >= 0)
      continue;
    Reattach(n, v, "obl:agent");
  }
}

void DependencyTree::RepairInfinitiveAsSubject() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t v = begin_; v < end_; ++v) {
    const int32_t h = head_[at(v)];
    if (h < 0 || rel_[at(v)] != "csubj" || static_cast<int32_t>(v) < h) continue;
    const int32_t to = ChildRepaired(v, "mark");
    if (to < 0 || lower_[at(static_cast<uint32_t>(to))] != "to" || ChildRepaired(static_cast<uint32_t>(h), "nsubj") < 0)
      continue;
    Reattach(v, h, "xcomp");
  }
}

void DependencyTree::RepairNameBeforeConjunct() {
  auto at = [&](uint32_t t) { return t - begin_; };
  for (uint32_t d = begin_; d < end_; ++d) {
    const int32_t h = head_[at(d)];
    if (h <= static_cast<int32_t>(d) || rel_[at(d)] != "compound" || doc_.tokens[d].upos != Upos::kPROPN) continue;
    const uint32_t noun = static_cast<uint32_t>(h);
    const int32_t up = head_[at(noun)];
    if (up < 0 || doc_.tokens[noun].upos != Upos::kNOUN) continue;
    bool common_conjunct = false;
    for (uint32_t c = d + 1; c < noun && !common_conjunct; ++c)
      common_conjunct = head_[at(c)] == static_cast<int32_t>(d) && rel_[at(c)] == "conj" &&
                        doc_.tokens[c].upos == Upos::kNOUN && lower_[at(c)] == doc_.Form(doc_.tokens[c]);
    if (!common_conjunct) continue;
    const std::string_view rel = rel_[at(noun)];
    Reattach(d, up, rel);
  }
}

}  // namespace dyad::code
