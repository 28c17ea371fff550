#include "code/dependency_tree.h"

#include "code/clause_rules.h"
#include "code/word_sets.h"

#include <algorithm>
#include <cctype>

namespace dyad::code {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

DependencyTree::DependencyTree(const Document& doc, const Sentence& sentence)
    : doc_(doc), begin_(sentence.token_begin), end_(sentence.token_end) {
  const uint32_t n = end_ - begin_;
  lower_.resize(n);
  lemma_store_.resize(n);
  lemma_.resize(n);
  children_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[begin_ + i];
    lower_[i] = Lower(doc.Form(tok));
    const std::string_view lemma = doc.Lemma(tok);
    lemma_store_[i] = lemma.empty() ? lower_[i] : Lower(lemma);
  }
  head_.assign(n, -1);
  rel_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    lemma_[i] = lemma_store_[i];
    const Token& tok = doc.tokens[begin_ + i];
    rel_[i] = DeprelName(tok.deprel);
    if (tok.deprel != 0 && tok.head >= static_cast<int32_t>(begin_) && tok.head < static_cast<int32_t>(end_) &&
        tok.head != static_cast<int32_t>(begin_ + i))
      head_[i] = tok.head;
  }
  RepairHyphenedModifier();
  RepairVerbAsModifier();
  RepairClauseAsPhrase();
  for (uint32_t i = 0; i < n; ++i)
    if (head_[i] >= 0) children_[static_cast<uint32_t>(head_[i]) - begin_].push_back(begin_ + i);
  for (uint32_t i = n; i-- > 0;) {
    if (doc.tokens[begin_ + i].upos == Upos::kPUNCT && lower_[i] != "?") continue;
    question_ = lower_[i] == "?";
    break;
  }
}

std::string_view DependencyTree::full_rel(uint32_t t) const { return rel_[t - begin_]; }

std::string_view DependencyTree::rel(uint32_t t) const {
  const std::string_view r = full_rel(t);
  return r.substr(0, r.find(':'));
}

int32_t DependencyTree::head(uint32_t t) const { return head_[t - begin_]; }

bool DependencyTree::Nominal(uint32_t t) const {
  const Upos u = doc_.tokens[t].upos;
  return u == Upos::kNOUN || u == Upos::kPROPN;
}

bool DependencyTree::BelowRepaired(uint32_t ancestor, uint32_t t) const {
  for (int32_t cur = static_cast<int32_t>(t), hops = 0; cur >= 0 && hops < 256; cur = head_[cur - begin_], ++hops)
    if (cur == static_cast<int32_t>(ancestor)) return true;
  return false;
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
    head_[at(noun)] = head_[at(a)];
    rel_[at(noun)] = head_[at(a)] < 0 ? std::string_view("root") : rel_[at(a)];
    for (uint32_t c = begin_; c < a; ++c)
      if (head_[at(c)] == static_cast<int32_t>(a)) head_[at(c)] = static_cast<int32_t>(noun);
    head_[at(a)] = static_cast<int32_t>(part);
    rel_[at(a)] = "obl:unmarked";
    head_[at(dash)] = static_cast<int32_t>(part);
    rel_[at(dash)] = "punct";
    head_[at(part)] = static_cast<int32_t>(noun);
    rel_[at(part)] = "amod";
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
    // The parse's tell: a noun with an object (no noun has one), or the noun before the
    // verb a subject beside the phrase the verb modifies.
    const int32_t oh = head_[at(obj)];
    const bool noun_with_object = rel_[at(obj)] == "obj" && oh >= 0 && Nominal(static_cast<uint32_t>(oh));
    const bool beside = subj_rel == "nsubj" && head_[at(subj)] == oh;
    if (!noun_with_object && !beside) continue;
    // The verb takes the place of the higher of the two nouns.
    const uint32_t top = BelowRepaired(subj, obj) ? subj : obj;
    head_[at(v)] = head_[at(top)];
    rel_[at(v)] = head_[at(top)] < 0 ? std::string_view("root") : rel_[at(top)];
    head_[at(subj)] = static_cast<int32_t>(v);
    rel_[at(subj)] = "nsubj";
    head_[at(obj)] = static_cast<int32_t>(v);
    rel_[at(obj)] = "obj";
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
    head_[at(n)] = h;
    rel_[at(n)] = rel_[at(v)];
    head_[at(v)] = noun;
    rel_[at(v)] = "acl";
  }
  // A participle with the noun before it as subject and the verb after it hung as its
  // conjunct with no conjunction, no subject and an auxiliary of its own ("The civilians[nsubj]
  // imprisoned[root] for ... were released[conj]") is a reduced relative on that noun, which
  // is the later verb's subject.
  auto child_rel = [&](uint32_t t, std::string_view prefix) {
    for (uint32_t c = begin_; c < end_; ++c)
      if (head_[at(c)] == static_cast<int32_t>(t) && rel_[at(c)].substr(0, prefix.size()) == prefix)
        return static_cast<int32_t>(c);
    return -1;
  };
  for (uint32_t v2 = begin_ + 2; v2 < end_; ++v2) {
    const int32_t v1 = head_[at(v2)];
    if (doc_.tokens[v2].upos != Upos::kVERB || rel_[at(v2)] != "conj" || v1 < 0 || v1 >= static_cast<int32_t>(v2))
      continue;
    const uint32_t p = static_cast<uint32_t>(v1);
    if (doc_.tokens[p].upos != Upos::kVERB || XposName(doc_.tokens[p].xpos) != "VBN" || child_rel(v2, "aux") < 0 ||
        child_rel(v2, "cc") >= 0 || child_rel(v2, "nsubj") >= 0)
      continue;
    const int32_t noun = child_rel(p, "nsubj");
    if (noun < 0 || noun > v1 || !Nominal(static_cast<uint32_t>(noun))) continue;
    const uint32_t n = static_cast<uint32_t>(noun);
    head_[at(v2)] = head_[at(p)];
    rel_[at(v2)] = head_[at(p)] < 0 ? std::string_view("root") : rel_[at(p)];
    head_[at(n)] = static_cast<int32_t>(v2);
    rel_[at(n)] = child_rel(v2, "aux:pass") >= 0 ? std::string_view("nsubj:pass") : std::string_view("nsubj");
    head_[at(p)] = noun;
    rel_[at(p)] = "acl";
  }
}

void DependencyTree::RepairClauseAsPhrase() {
  auto at = [&](uint32_t t) { return t - begin_; };
  auto has_subject = [&](uint32_t v) {
    for (uint32_t c = begin_; c < end_; ++c)
      if (head_[at(c)] == static_cast<int32_t>(v) && (rel_[at(c)].substr(0, 5) == "nsubj" || rel_[at(c)].substr(0, 5) == "csubj"))
        return true;
    return false;
  };
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
    if (v >= end_ || doc_.tokens[v].upos != Upos::kVERB || !IsAny(XposName(doc_.tokens[v].xpos), {"VBD", "VBZ", "VBP"}))
      continue;
    const std::string_view vr = rel_[at(v)];
    const int32_t vh = head_[at(v)];
    const bool on_noun = vh == static_cast<int32_t>(n) && vr == "acl";
    const bool beside = vh == head_[at(n)] && vh >= 0 && (vr == "parataxis" || vr == "dep" || vr == "conj" || vr == "advcl");
    if ((!on_noun && !beside) || has_subject(v)) continue;
    // The verb takes the noun's place as a clause; the noun is its subject, the preposition
    // its subordinator.
    head_[at(v)] = head_[at(n)];
    rel_[at(v)] = head_[at(n)] < 0 ? std::string_view("root") : std::string_view("advcl");
    head_[at(n)] = static_cast<int32_t>(v);
    rel_[at(n)] = "nsubj";
    head_[at(m)] = static_cast<int32_t>(v);
    rel_[at(m)] = "mark";
  }
}

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
      if (rel(c) == "nsubj" && (std::any_of(children(c).begin(), children(c).end(), [&](uint32_t g) {
                                  return rel(g) == "case" && token(g).upos == Upos::kADP;
                                }) ||
                                IsAny(lemma(c), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday", "today", "yesterday", "tomorrow", "tonight"})))
        continue;
      if (full_rel(c) == "nsubj:pass" || full_rel(c) == "nsubj:outer") return {static_cast<int32_t>(c), cur == t};
      if (rel(c) == "nsubj" || rel(c) == "csubj") {
        // A relative pronoun subject stands for the noun the clause modifies.
        if (full_rel(cur) == "acl:relcl" && IsAny(lower(c), {"who", "which", "that"}) && head(cur) >= 0)
          return {head(cur), false};
        return {static_cast<int32_t>(c), false};
      }
    }
    const int32_t h = head(cur);
    if (h < 0) return {};
    const std::string_view r = rel(cur);
    if (r == "xcomp" || r == "advcl") {
      // Object control: "urged X to resume", "accused X of supplying".
      int32_t obj = Child(static_cast<uint32_t>(h), "obj");
      for (uint32_t c : children(static_cast<uint32_t>(h))) {
        const Upos u = token(c).upos;
        if (obj < 0 && c != cur && rel(c) == "xcomp" && (u == Upos::kPROPN || u == Upos::kNOUN)) obj = c;
      }
      const bool of_clause = r == "advcl" && IsAny(CaseOf(cur), {"of", "for"});
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
      cur = static_cast<uint32_t>(h);
    } else if (r == "acl" && full_rel(cur) != "acl:relcl" && token(static_cast<uint32_t>(h)).upos == Upos::kADJ) {
      // An infinitive the parse hung as an acl on an adjective ("is inching nearer to
      // accord", "ready to talk") is its complement: the adjective's subject is its own.
      cur = static_cast<uint32_t>(h);
    } else if (full_rel(cur) == "acl:relcl" || r == "acl") {
      // "the mercenaries who fought", "troops fighting in the war"; a past participle
      // without an object is a reduced passive: "the men wanted in Gondor" are wanted,
      // not wanting ("Arnor police detained students" misparsed as an acl is active).
      if (r == "acl" && full_rel(cur) != "acl:relcl" && XposName(token(cur).xpos) == "VBN" && Child(cur, "obj") < 0)
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
    if ((rel(c) == "advmod" || rel(c) == "neg") && (w == "not" || w == "n't" || w == "never")) return true;
    if (rel(c) == "aux" && HasChild(c, "advmod", "not")) return true;
  }
  return false;
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
    const std::string_view r = rel(static_cast<uint32_t>(cur));
    if (r != "conj" && r != "xcomp" && r != "ccomp" && r != "advcl") break;
  }
  return false;
}

bool DependencyTree::Future(uint32_t t) const {
  for (uint32_t c : children(t))
    if (rel(c) == "aux" && IsAny(lower(c), {"will", "would", "shall", "'ll"})) return true;
  // "is due to visit", "is scheduled to meet", "plans to travel", "will try to attend".
  const int32_t h = head(t);
  if (h >= 0 && (rel(t) == "xcomp" || rel(t) == "advcl") && HasChild(t, "mark", "to")) {
    if (IsAny(lemma(static_cast<uint32_t>(h)), {"due", "set", "schedule", "expect", "plan", "go", "slate", "poise",
                                                "intend", "prepare", "aim"}))
      return true;
    return Future(static_cast<uint32_t>(h));
  }
  return false;
}

}  // namespace dyad::code
