// Mention finding: dictionary matches -> chunks -> composed codes -> compounds ->
// references, one sentence at a time so that references see everything before them.
#include "actors/find_mentions.h"

#include <algorithm>
#include <map>
#include <limits>
#include <numeric>
#include <string>

#include "actors/noun_phrases.h"
#include "actors/references.h"
#include "util/ascii.h"
#include "util/calendar_words.h"

namespace dyad::actors {
namespace {

bool IsPublicationWord(std::string_view form);

bool Capitalised(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// TABARI and PETRARCH actor files do not mark people, but a person's codes are offices
// held between dates ("ELESSAR [ARNELI 780101-000101] [ARNGOV >000102]"); a state's
// or an organisation's are not dated, or are a bare country code that changed.
bool HoldsDatedOffice(const dict::Actor& a) {
  return std::any_of(a.codes.begin(), a.codes.end(),
                     [](const dict::DatedCode& c) { return c.restricted() && c.code.size() >= 6; });
}

MentionKind KindOf(const dict::Actor& a, std::string_view code) {
  if (a.kind == dict::ActorKind::kPerson || (a.kind == dict::ActorKind::kActor && HoldsDatedOffice(a)))
    return MentionKind::kPerson;
  if (StartsWith(code, "IGO") || StartsWith(code, "NGO") || StartsWith(code, "IMG")) return MentionKind::kIgo;
  if (!a.country.empty()) return MentionKind::kGroup;
  return MentionKind::kState;
}

std::string CountryOf(const dict::Actor* a, std::string_view code) {
  if (a != nullptr && !a->country.empty()) return a->country;
  if (code.size() < 3 || StartsWith(code, "IGO") || StartsWith(code, "NGO")) return {};
  return std::string(code.substr(0, 3));
}

// A mention waiting for its place in the sentence, with what reference resolution needs.
struct Pending {
  Mention m;
  RefType ref = RefType::kNone;
  // An agent word modifying a phrase it does not head ("an Islamic State target"): kept
  // only if the phrase composes with an actor after "of", "in" or "from".
  bool modifier_agent = false;
};

class SentenceFinder {
 public:
  SentenceFinder(const Document& doc, const dict::Dictionary& dict, Date date, const MentionOptions& opt,
                 std::vector<Mention>* out)
      : doc_(doc), dict_(dict), date_(date), opt_(opt), out_(*out) {
    const auto& mods = dict.model().modifiers;
    if (mods.empty()) {
      modifiers_ = {{"former", "ELI"}, {"ex", "ELI"}};  // the CAMEO convention, for dictionaries without modifiers
    } else {
      modifiers_.insert(mods.begin(), mods.end());
    }
  }

  void Run(uint32_t si) {
    const Sentence& s = doc_.sentences[si];
    si_ = si;
    forms_.clear();
    for (const Token& t : doc_.TokensOf(s)) forms_.push_back(doc_.Form(t));
    // Every match (all_: sorted, as FindAll returns them), and the mentions among them.
    all_ = dict_.FindAll(forms_);
    matches_ = dict::Dictionary::MentionsOf(all_);
    std::vector<Span> spans;
    for (const dict::Mention& m : matches_) spans.push_back({s.token_begin + m.begin, s.token_begin + m.end});
    const std::vector<Chunk> chunks = NounPhrases(doc_, s, spans);
    std::vector<Pending> pending;
    size_t next = 0;
    for (const Chunk& c : chunks) {
      while (next < matches_.size() && s.token_begin + matches_[next].begin < c.begin) ++next;
      size_t stop = next;
      while (stop < matches_.size() && s.token_begin + matches_[stop].begin < c.end) ++stop;
      Pending p;
      modifier_agent_ = false;
      if (Compose(c, next, stop, &p.m)) {
        p.modifier_agent = modifier_agent_;
        pending.push_back(std::move(p));
      } else if (RefType r = ChunkReference(doc_, c); r != RefType::kNone) {
        pending.push_back(Placeholder(c, MentionKind::kReference, r));
      } else if (opt_.unknown && LooksLikeActor(c)) {
        pending.push_back(Placeholder(c, MentionKind::kUnknown, RefType::kNone));
      }
      next = stop;
    }
    ComposeAcrossPrepositions(&pending);
    std::erase_if(pending, [](const Pending& p) { return p.modifier_agent; });
    // A dateline is where the report was filed, no actor: "WASHINGTON — Top administration
    // officials defended ...", "MOSCOW (Reuters) - Moscow denounced ...".
    std::erase_if(pending, [&](const Pending& p) { return IsDateline(s, p.m.begin, p.m.end); });
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.upos != Upos::kNone && tok.upos != Upos::kPRON && tok.upos != Upos::kDET) continue;
      // A capitalized "He" right after a name is the name's ("Chinese vice-premier Liu He").
      const std::string_view form = doc_.Form(tok);
      if (t > s.token_begin && !form.empty() && form[0] >= 'A' && form[0] <= 'Z' &&
          doc_.tokens[t - 1].upos == Upos::kPROPN)
        continue;
      if (RefType r = PronounType(AsciiLower(doc_.Form(tok))); r != RefType::kNone && !ExpletiveIt(doc_, s, t)) {
        pending.push_back(Placeholder(Chunk{t, t + 1, t}, MentionKind::kPronoun, r));
      }
    }
    AddCompounds(&pending);
    Place(std::move(pending));
  }

 private:
  Pending Placeholder(const Chunk& c, MentionKind kind, RefType ref) {
    Pending p;
    Fill(c, &p.m);
    p.m.kind = kind;
    p.ref = ref;
    if (ref == RefType::kPlural || ref == RefType::kPair) p.m.number = Number::kPlural;
    if (ref == RefType::kMasculine || ref == RefType::kFeminine || ref == RefType::kNeuter || ref == RefType::kCountry)
      p.m.number = Number::kSingular;
    return p;
  }

  void Fill(const Chunk& c, Mention* m) const {
    m->sentence = si_;
    m->begin = c.begin;
    m->end = c.end;
    m->head = c.head;
    m->byte_begin = doc_.tokens[c.begin].begin;
    m->byte_end = doc_.tokens[c.end - 1].end;
    const std::string_view xpos = XposName(doc_.tokens[c.head].xpos);
    m->number = xpos == "NNS" || xpos == "NNPS" ? Number::kPlural : Number::kSingular;
  }

  std::string ActorCode(size_t match) {
    const dict::Entry& e = dict_.entry(matches_[match].entry);
    std::string_view code = dict_.CodeAt(e, date_);
    if (code.empty() && e.kind == dict::Entry::Kind::kActor) {
      code = dict_.MentionCode(matches_[match], all_, date_);
    } else if (e.kind == dict::Entry::Kind::kActor && !DatedOn(e)) {
      // Another entry of the same phrase dated for the day beats this one's undated default:
      // "President Bush" in 2008 is GEORGE_W._BUSH_'s [USAGOV 010120-090120], not
      // GEORGE_BUSH_'s [USAELI].
      const auto& m = matches_[match];
      for (auto it = std::lower_bound(all_.begin(), all_.end(), dict::PhraseMatch{m.begin, m.end, 0});
           it != all_.end() && it->begin == m.begin && it->end == m.end; ++it) {
        const dict::Entry& other = dict_.entry(it->id);
        if (it->id == m.entry || other.kind != dict::Entry::Kind::kActor || !DatedOn(other)) continue;
        code = dict_.CodeAt(other, date_);
        break;
      }
    }
    if (code == "---" || code == "###" || code == "+++") return {};
    return std::string(code);
  }

  // True when a dated code of actor entry `e` holds on the sentence's day.
  bool DatedOn(const dict::Entry& e) const {
    const int32_t day = static_cast<int32_t>(date_.ToDays());
    for (const dict::DatedCode& c : dict_.model().actors[e.index].codes)
      if (c.restricted() && c.Contains(day)) return true;
    return false;
  }

  // An earlier person mention that `form` (a capitalised word) is part of: "Kim" after
  // "Kim Jong Un".
  int32_t LinkName(std::string_view form) const {
    for (size_t j = out_.size(); j-- > 0;) {
      const Mention& m = out_[j];
      if (m.kind != MentionKind::kPerson || !m.coded() || m.how == Resolution::kReference) continue;
      for (uint32_t t = m.begin; t < m.end; ++t) {
        if (doc_.Form(doc_.tokens[t]) == form) return static_cast<int32_t>(j);
      }
    }
    return -1;
  }

  bool Compose(const Chunk& c, size_t first, size_t stop, Mention* m);
  bool ComposeOne(const Chunk& c, size_t first, size_t stop, Mention* m);
  bool LooksLikeActor(const Chunk& c) const;
  void ComposeAcrossPrepositions(std::vector<Pending>* pending) const;
  bool ModifiesNext(uint32_t from, const Mention& b) const;
  void AddCompounds(std::vector<Pending>* pending) const;
  void DistributeAgent(const std::vector<Pending>& pending, Mention* compound) const;
  void DistributeActor(const std::vector<Pending>& pending, Mention* compound) const;
  void DistributeTrailingAgent(const std::vector<Pending>& pending, Mention* compound) const;
  void DistributeSharedActor(const std::vector<Pending>& pending, Mention* compound) const;
  bool TakesAStance(uint32_t head) const;
  // Whether tokens [begin, end) open sentence `s` in capitals before a dash or a
  // parenthesis: a dateline ("WASHINGTON —", "MOSCOW (Reuters) -").
  bool IsDateline(const Sentence& s, uint32_t begin, uint32_t end) const;
  bool SubjectBetween(const Mention& antecedent, const Mention& ref, bool plural, bool names_only = false,
                      bool objects = false) const;
  // BindingSubject's answer when the binding subject is a thing no dictionary names.
  static constexpr int64_t kUnboundByName = -2;
  int64_t BindingSubject(size_t first, size_t self, RefType type) const;
  // The fewest heads between a token of `m` and its sentence's root.
  int Depth(const Mention& m) const;
  int64_t CataphoricSubject(size_t first, size_t self, RefType type) const;
  void Place(std::vector<Pending> pending);
  void Counterpart(size_t first, size_t pronoun);

  const Document& doc_;
  const dict::Dictionary& dict_;
  Date date_;
  const MentionOptions& opt_;
  std::vector<Mention>& out_;
  std::map<std::string, std::string, std::less<>> modifiers_;
  uint32_t si_ = 0;
  std::vector<std::string_view> forms_;
  std::vector<dict::Mention> matches_;
  std::vector<dict::PhraseMatch> all_;
  bool modifier_agent_ = false;  // ComposeOne's last mention is an agent that only modifies
};


// Codes a chunk from the dictionary matches [first, stop) inside it. False when the
// chunk holds no actor, agent or known name.
bool SentenceFinder::Compose(const Chunk& c, size_t first, size_t stop, Mention* m) {
  if (!ComposeOne(c, first, stop, m)) return false;
  // A dictionary code naming several actors at once (TABARI "FRO/BIL/SAM").
  if (m->codes.size() == 1 && m->codes[0].find('/') != std::string::npos) {
    std::string all = m->codes[0];
    m->codes.clear();
    for (size_t p = 0; p <= all.size();) {
      size_t q = std::min(all.find('/', p), all.size());
      if (q > p) m->codes.push_back(all.substr(p, q - p));
      p = q + 1;
    }
    m->number = Number::kPlural;
  }
  return true;
}

bool SentenceFinder::ComposeOne(const Chunk& c, size_t first, size_t stop, Mention* m) {
  const dict::Model& model = dict_.model();
  int64_t person = -1, name = -1, adj = -1, agent = -1;
  std::vector<size_t> agents;  // every agent of the chunk, in text order
  for (size_t k = first; k < stop; ++k) {
    const dict::Entry& e = dict_.entry(matches_[k].entry);
    if (e.kind == dict::Entry::Kind::kAgent) {
      agent = static_cast<int64_t>(k);
      agents.push_back(k);
      continue;
    }
    switch (model.actors[e.index].kind) {
      case dict::ActorKind::kPerson: person = static_cast<int64_t>(k); break;
      case dict::ActorKind::kAdjective: adj = static_cast<int64_t>(k); break;
      case dict::ActorKind::kActor: name = static_cast<int64_t>(k); break;
    }
  }
  // Words outside the matches: modifiers ("former") and names linked to earlier people.
  const uint32_t base = doc_.sentences[si_].token_begin;
  std::string modifier;
  int32_t linked = -1;
  size_t k = first;
  for (uint32_t t = c.begin; t < c.end; ++t) {
    while (k < stop && base + matches_[k].end <= t) ++k;
    if (k < stop && base + matches_[k].begin <= t) continue;
    const std::string_view form = doc_.Form(doc_.tokens[t]);
    if (auto it = modifiers_.find(AsciiLower(form)); it != modifiers_.end()) modifier = it->second;
    const Upos u = doc_.tokens[t].upos;
    if (person < 0 && name < 0 && Capitalised(form) && (u == Upos::kPROPN || u == Upos::kNone)) {
      if (int32_t l = LinkName(form); l >= 0) linked = l;
    }
  }
  // A person who owns a named actor is not what the phrase names: "Mr. Obama's CIA" is the
  // CIA (USASPY), "Obama's Pentagon" the Pentagon.
  if (person >= 0 && name > person && matches_[name].begin >= matches_[person].end &&
      base + matches_[name].end == c.end) {  // the owned actor heads the phrase: not "Trump's Asia trip"
    const uint32_t after = base + matches_[person].end;
    const std::string_view w = doc_.Form(doc_.tokens[after]);
    if (after < c.end && (w == "'s" || w == "\u2019s" || w == "'")) person = -1;
  }
  Fill(c, m);
  auto note = [&](int64_t match) {
    m->entries.push_back(matches_[match].entry);
    if (m->phrase.empty()) m->phrase = dict_.PhraseOf(dict_.entry(matches_[match].entry)).written;
  };
  auto with_modifier = [&](std::string code) {
    if (!modifier.empty() && (code.size() < modifier.size() || code.substr(code.size() - modifier.size()) != modifier))
      code += modifier;
    return code;
  };
  if (person >= 0) {
    std::string code = ActorCode(person);
    const dict::Actor& a = model.actors[dict_.entry(matches_[person].entry).index];
    note(person);
    m->kind = MentionKind::kPerson;
    m->number = Number::kSingular;
    if (code.empty()) return true;  // a person with no office on this date: known, uncoded
    m->country = CountryOf(&a, code);
    m->codes = {modifier.empty() ? code : with_modifier(m->country)};
    m->how = modifier.empty() ? Resolution::kPhrase : Resolution::kComposed;
    return true;
  }
  if (linked >= 0 && name < 0) {
    const Mention& p = out_[linked];
    m->codes = p.codes;
    m->country = p.country;
    m->kind = MentionKind::kPerson;
    m->number = Number::kSingular;
    m->gender = p.gender;
    m->how = Resolution::kReference;
    m->antecedents = {static_cast<uint32_t>(linked)};
    return true;
  }
  const int64_t actor = name >= 0 ? name : adj;
  std::string actor_code = actor >= 0 ? ActorCode(actor) : std::string();
  if (!actor_code.empty()) {
    const dict::Actor& a = model.actors[dict_.entry(matches_[actor].entry).index];
    note(actor);
    m->kind = KindOf(a, actor_code);
    m->country = CountryOf(&a, actor_code);
    // A newspaper named after its country or city ("The Washington Post", "China Daily",
    // "Russia Today", "USA Today") is that country's media, not its state.
    if (const uint32_t next = base + matches_[actor].end;
        next < c.end && actor_code.size() == 3 && m->kind == MentionKind::kState &&
        IsPublicationWord(doc_.Form(doc_.tokens[next]))) {
      m->codes = {actor_code + "MED"};
      m->how = Resolution::kComposed;
      return true;
    }
    if (agent >= 0) {
      // Each agent of the phrase composes in turn, a prefix agent before the actor's code
      // and the others after it: "an MSF Arnor diplomat" -> NGO + ARN + GOV = NGOARNGOV.
      std::string code = actor_code;
      for (size_t k : agents) {
        note(static_cast<int64_t>(k));
        code = dict::ComposeAgent(code, model.agents[dict_.entry(matches_[k].entry).index]);
      }
      m->codes = {modifier.empty() ? code : with_modifier(actor_code)};
      m->how = Resolution::kComposed;
    } else {
      m->codes = {actor_code};
      m->how = Resolution::kPhrase;
      // An adjective alone is a people or a region's states: singular unless the noun
      // is plural ("some European countries").
    }
    return true;
  }
  // An agent alone must be the phrase's head ("a military parade" names no actor), or the
  // title of the name that heads it ("Interior Minister Jan Jambon": EWT's nmod:desc).
  auto heads_phrase = [&](int64_t k) {
    const uint32_t b = base + matches_[k].begin, e = base + matches_[k].end;
    if (b <= c.head && c.head < e) return true;
    static const uint8_t kTitle = DeprelFromName("nmod:desc");
    for (uint32_t t = b; t < e; ++t)
      if (doc_.tokens[t].deprel == kTitle && doc_.tokens[t].head == static_cast<int32_t>(c.head)) return true;
    return false;
  };
  if (agent >= 0 && TakesAStance(c.head)) return false;
  if (agent >= 0) {
    // An agent that only modifies the phrase, as part of a name within it, stands until
    // ComposeAcrossPrepositions sees whether an actor after "of", "in" or "from" takes it
    // ("an Islamic State target southwest of Baghdad": IRQMUS, as PETRARCH composes its
    // agent words); alone it names no actor.
    if (!heads_phrase(agent)) {
      // Only as part of a name: "Islamic State", not "military exercises" or "a strict
      // Islamic state", where the agent word describes the thing the phrase names.
      const uint32_t b = base + matches_[agent].begin, e = base + matches_[agent].end;
      bool named = true;
      for (uint32_t t = b; t < e && named; ++t) named = Capitalised(doc_.Form(doc_.tokens[t]));
      const int32_t h = doc_.tokens[e - 1].head;
      named = named && h >= 0 && static_cast<uint32_t>(h) != c.head && doc_.tokens[h].upos == Upos::kPROPN &&
              Capitalised(doc_.Form(doc_.tokens[h]));
      if (!named) return false;
      modifier_agent_ = true;
    }
    note(agent);
    const dict::Agent& g = model.agents[dict_.entry(matches_[agent].entry).index];
    m->codes = {modifier.empty() ? g.code : modifier};
    m->kind = MentionKind::kAgentOnly;
    m->how = Resolution::kAgent;
    return true;
  }
  return false;
}

// "opposition to gay rights", "its opposition to Iran", "resistance to the plan": the noun
// names a stance taken against something (an nmod of its own opened by "to"), not the
// opposition or the resistance as a group ("urged the opposition to stop fighting", "for
// Morsi and the opposition to sort out their differences": an infinitive, the group).
bool SentenceFinder::IsDateline(const Sentence& s, uint32_t begin, uint32_t end) const {
  if (begin != s.token_begin || end >= s.token_end) return false;
  int upper = 0;
  for (uint32_t t = begin; t < end; ++t)
    for (char c : doc_.Form(doc_.tokens[t])) {
      if (c >= 'a' && c <= 'z') return false;
      upper += c >= 'A' && c <= 'Z';
    }
  const std::string_view next = doc_.Form(doc_.tokens[end]);
  return upper >= 2 && (next == "-" || next == "--" || next == "(" || next == "\u2014" || next == "\u2013");
}

bool SentenceFinder::TakesAStance(uint32_t head) const {
  const std::string word = AsciiLower(doc_.Form(doc_.tokens[head]));
  if (word != "opposition" && word != "resistance") return false;
  static const uint8_t kNmod = DeprelFromName("nmod"), kCase = DeprelFromName("case");
  const Sentence& s = doc_.sentences[si_];
  for (uint32_t t = head + 1; t < s.token_end; ++t) {
    const Token& d = doc_.tokens[t];
    if (d.head != static_cast<int32_t>(head) || d.deprel != kNmod) continue;
    for (uint32_t k = head + 1; k < t; ++k)
      if (doc_.tokens[k].head == static_cast<int32_t>(t) && doc_.tokens[k].deprel == kCase &&
          AsciiLower(doc_.Form(doc_.tokens[k])) == "to")
        return true;
  }
  return false;
}

int SentenceFinder::Depth(const Mention& m) const {
  int best = std::numeric_limits<int>::max();
  for (uint32_t t = m.begin; t < m.end && t < doc_.tokens.size(); ++t) {
    int d = 0;
    // Bounded, so that a head chain that loops cannot hang the search.
    for (int32_t u = doc_.tokens[t].head; u >= 0 && d < best && d < 256 && static_cast<size_t>(u) < doc_.tokens.size();
         u = doc_.tokens[static_cast<size_t>(u)].head)
      ++d;
    best = std::min(best, d);
  }
  return best;
}

// Whether a noun of ref's number (singular for "it", plural for "they") that no coded
// mention covers is the subject of a clause between `antecedent` and `ref` (in ref's
// sentence or the one before, and after the last mention of the same actors): that subject
// is the nearer thing to point to. With `objects`, such a noun as a verb's object counts too.
bool SentenceFinder::SubjectBetween(const Mention& antecedent, const Mention& ref, bool plural,
                                    bool names_only, bool objects) const {
  if (ref.sentence >= doc_.sentences.size()) return false;
  const uint32_t from_sentence = ref.sentence > 0 ? ref.sentence - 1 : 0;
  uint32_t from = std::max(antecedent.end, doc_.sentences[from_sentence].token_begin);
  // The mentions of those two sentences (out_ is in document order).
  size_t first = out_.size();
  while (first > 0 && out_[first - 1].sentence >= from_sentence) --first;
  const std::span<const Mention> near(out_.data() + first, out_.size() - first);
  // From the last mention that names the same actors ("the two countries" after "Russia
  // and China", before "their veto").
  for (const Mention& m : near)
    if (m.coded() && m.end <= ref.begin && m.codes == ref.codes) from = std::max(from, m.end);
  static const uint8_t kSubj = DeprelFromName("nsubj"), kSubjPass = DeprelFromName("nsubj:pass"),
                       kObj = DeprelFromName("obj");
  for (uint32_t t = from; t < ref.begin && t < doc_.tokens.size(); ++t) {
    const Token& k = doc_.tokens[t];
    if (k.deprel != kSubj && k.deprel != kSubjPass && !(objects && k.deprel == kObj)) continue;
    const std::string_view x = XposName(k.xpos);
    if (plural ? x != "NNS" && x != "NNPS" : x != "NN" && x != "NNP") continue;
    if (names_only && x != "NNP") continue;
    // A day or month the parse made a subject ("said Sunday[nsubj] that he") is no one.
    const std::string w = AsciiLower(doc_.Form(k));
    if (IsCalendarWord(w) || w == "today" || w == "yesterday" || w == "tomorrow") continue;
    bool covered = false;
    for (const Mention& m : near)
      if (m.coded() && m.begin <= t && t < m.end) covered = true;
    if (!covered) return true;
  }
  return false;
}

// A possessive pronoun is bound by the subject of its clause, or of the clause a subjectless
// participle or infinitive hangs on: "the White House put out a statement condemning Syrian
// hostility and affirming its support for Israel" (its = the White House, not Syria),
// "Russia accused the US of violating its airspace" (Russia); an infinitive under a verb
// with an object takes that object ("the US urged China to use its influence": China).
// Only for the possessor of an object.
// Returns the index in out_ of the subject's mention, placed before `self` in this sentence
// (`first` is the sentence's first), when it suits `type`; else -1.
int64_t SentenceFinder::BindingSubject(size_t first, size_t self, RefType type) const {
  static const uint8_t kPoss = DeprelFromName("nmod:poss"), kSubj = DeprelFromName("nsubj"),
                       kSubjPass = DeprelFromName("nsubj:pass"), kObj = DeprelFromName("obj"),
                       kConj = DeprelFromName("conj"), kXcomp = DeprelFromName("xcomp"),
                       kAdvcl = DeprelFromName("advcl"), kAcl = DeprelFromName("acl");
  const Mention& ref = out_[self];
  if (ref.end != ref.begin + 1 || ref.sentence >= doc_.sentences.size()) return -1;
  const Token& pron = doc_.tokens[ref.begin];
  if (pron.head < 0) return -1;
  const Sentence& sent = doc_.sentences[ref.sentence];
  auto child = [&](int32_t h, uint8_t rel) -> int32_t {
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t)
      if (doc_.tokens[t].head == h && doc_.tokens[t].deprel == rel) return static_cast<int32_t>(t);
    return -1;
  };
  int32_t cur = -1, subject = -1;
  if (pron.deprel == kSubj) {
    // The subject of an adverbial clause or a conjunct is the main clause's subject: "the
    // group that later became ISIS organized in Syria, before it invaded Iraq" (the group,
    // which no dictionary names, not Syria), "Trump met Putin before he flew home".
    const Token& verb = doc_.tokens[static_cast<size_t>(pron.head)];
    if ((verb.deprel != kAdvcl && verb.deprel != kConj) || verb.head < 0) return -1;
    subject = child(verb.head, kSubj);
    if (subject < 0) subject = child(verb.head, kSubjPass);
  } else if (pron.deprel == kPoss) {
    // Only the possessor of a verb's object: "affirming its support", "violating its
    // airspace"; one in an adjunct points anywhere ("imposed sanctions on Turkey over its
    // detention of an American pastor").
    const Token& object = doc_.tokens[static_cast<size_t>(pron.head)];
    if (object.deprel != kObj || object.head < 0) return -1;
    cur = object.head;
  } else {
    return -1;
  }
  for (int hops = 0; cur >= 0 && hops < 8 && subject < 0; ++hops) {
    const Token& k = doc_.tokens[static_cast<size_t>(cur)];
    if (k.upos != Upos::kVERB) return -1;
    subject = child(cur, kSubj);
    if (subject < 0) subject = child(cur, kSubjPass);
    if (subject >= 0) break;
    if (k.deprel == kXcomp && k.head >= 0) {
      subject = child(k.head, kObj);
      if (subject >= 0) break;
    }
    if (k.deprel != kConj && k.deprel != kXcomp && k.deprel != kAdvcl && k.deprel != kAcl) return -1;
    cur = k.head;
    // A participle on a noun ("put out a statement condemning ... and affirming its
    // support"): the clause the noun stands in.
    if (k.deprel == kAcl && cur >= 0) cur = doc_.tokens[static_cast<size_t>(cur)].head;
  }
  if (subject < 0 || static_cast<uint32_t>(subject) >= ref.begin) return -1;
  for (size_t j = first; j < self; ++j) {
    const Mention& m = out_[j];
    if (m.begin > static_cast<uint32_t>(subject) || static_cast<uint32_t>(subject) >= m.end) continue;
    if (m.kind == MentionKind::kUnknown && type == RefType::kNeuter) return kUnboundByName;
    if (!m.coded() || m.kind == MentionKind::kUnknown || m.kind == MentionKind::kAgentOnly) return -1;
    return SuitsPronoun(m, type) ? static_cast<int64_t>(j) : -1;
  }
  // A common noun no dictionary names: the pronoun is that thing, no actor ("the group
  // ... before it invaded Iraq", "the company said its ...").
  const Token& k = doc_.tokens[static_cast<size_t>(subject)];
  const std::string_view x = XposName(k.xpos);
  const bool plural = type == RefType::kPlural;
  if (k.upos == Upos::kNOUN && (plural ? x == "NNS" : x == "NN" && type == RefType::kNeuter) &&
      !IsCalendarWord(AsciiLower(doc_.Form(k))))
    return kUnboundByName;
  return -1;
}

// The capitalised words that end a newspaper's name after a place: "Post", "Times", ...
bool IsPublicationWord(std::string_view form) {
  static const std::string_view kWords[] = {"Post",   "Times",    "Daily",    "Journal",   "Herald",
                                            "Tribune", "Gazette", "Telegraph", "Today",    "Chronicle",
                                            "Examiner", "Observer", "Inquirer", "Courier"};
  return std::find(std::begin(kWords), std::end(kWords), form) != std::end(kWords);
}

// Unknown actors: proper-noun heads, and with a parse the subjects and objects of verbs.
bool SentenceFinder::LooksLikeActor(const Chunk& c) const {
  const Token& h = doc_.tokens[c.head];
  if (IsCalendarWord(AsciiLower(doc_.Form(h)))) return false;
  if (h.upos == Upos::kPROPN) return true;
  static const uint8_t kArgs[] = {DeprelFromName("nsubj"), DeprelFromName("nsubj:pass"), DeprelFromName("obj"),
                                  DeprelFromName("iobj"), DeprelFromName("obl:agent")};
  return h.upos == Upos::kNOUN && std::find(std::begin(kArgs), std::end(kArgs), h.deprel) != std::end(kArgs);
}

// "president of Gondor", "human rights activists in Arnor", "soldiers from Gondor", "the government of ruler
// Kim": an agent alone followed by "of"/"in"/"from" and a coded actor composes with it, as does
// one followed directly by an actor that the tagger split off ("activists Gondor"). The
// actor stays as its own (nested) mention.
void SentenceFinder::ComposeAcrossPrepositions(std::vector<Pending>* pending) const {
  const dict::Model& model = dict_.model();
  // Right to left, so that "ruler Kim" is one actor before "the government of" meets it.
  for (size_t i = pending->size(); i-- > 1;) {
    Mention& a = (*pending)[i - 1].m;
    if (a.how != Resolution::kAgent) continue;
    // The actor after the preposition may open with modifiers of its own that hold an
    // agent's word ("dissidents from military-ruled Myanmar"): the next actor whose noun
    // those words all modify.
    size_t bi = i;
    while (bi + 1 < pending->size() && (*pending)[bi].m.kind == MentionKind::kAgentOnly &&
           ModifiesNext(a.end + 1, (*pending)[bi + 1].m))
      ++bi;
    const Mention& b = (*pending)[bi].m;
    if (!b.coded() || b.codes.size() != 1) continue;
    if (b.kind == MentionKind::kAgentOnly || b.kind == MentionKind::kUnknown) continue;
    if (b.begin > a.end && (b.begin == a.end + 1 || ModifiesNext(a.end + 1, b))) {
      const std::string prep = AsciiLower(doc_.Form(doc_.tokens[a.end]));
      if (prep != "of" && prep != "in" && prep != "from") continue;
    } else if (b.begin != a.end) {
      continue;
    }
    const dict::Agent& g = model.agents[dict_.entry(a.entries[0]).index];
    Pending merged;
    merged.m = a;
    merged.m.end = b.end;
    merged.m.byte_end = b.byte_end;
    merged.m.codes = {g.code == a.codes[0] ? dict::ComposeAgent(b.codes[0], g) : b.codes[0] + a.codes[0]};
    // Agents in the order written: the one before "of" precedes those the actor's own
    // phrase composed after its country ("exiled leaders of Egypt's Muslim Brotherhood":
    // EGY, OPP, MUS).
    const std::string& composed = merged.m.codes[0];
    if (b.how == Resolution::kComposed && b.country.size() == 3 && StartsWith(b.codes[0], b.country) &&
        b.codes[0].size() > 3 && StartsWith(composed, b.codes[0]) && composed.size() > b.codes[0].size())
      merged.m.codes[0] = b.country + composed.substr(b.codes[0].size()) + b.codes[0].substr(3);
    merged.m.country = b.country;
    merged.m.kind = b.kind == MentionKind::kPerson ? MentionKind::kState : b.kind;
    merged.m.how = Resolution::kComposed;
    merged.m.entries.insert(merged.m.entries.end(), b.entries.begin(), b.entries.end());
    (*pending)[i - 1] = std::move(merged);  // b stays, nested inside
  }
}

// True when the tokens from `from` up to `b` (at least one) all modify b's noun: each
// reaches b's head through its heads without leaving the span.
bool SentenceFinder::ModifiesNext(uint32_t from, const Mention& b) const {
  if (from >= b.begin) return false;
  for (uint32_t t = from; t < b.begin; ++t) {
    int32_t cur = static_cast<int32_t>(t);
    for (int hops = 0; hops < 4 && cur >= 0 && cur != static_cast<int32_t>(b.head); ++hops) {
      cur = doc_.tokens[static_cast<uint32_t>(cur)].head;
      if (cur >= 0 && (static_cast<uint32_t>(cur) < from || static_cast<uint32_t>(cur) >= b.end)) cur = -1;
    }
    if (cur != static_cast<int32_t>(b.head)) return false;
  }
  return true;
}

// Coordinated coded mentions ("North Korea and Russia", "Russia, China and Iran")
// become a compound mention whose parts are the conjuncts.
void SentenceFinder::AddCompounds(std::vector<Pending>* pending) const {
  std::vector<size_t> top;  // coded mentions not nested in an earlier one, in order
  for (size_t i = 0; i < pending->size(); ++i) {
    const Mention& m = (*pending)[i].m;
    if (!m.coded() || m.kind == MentionKind::kPronoun || m.kind == MentionKind::kUnknown) continue;
    if (!top.empty() && (*pending)[top.back()].m.end > m.begin) continue;
    top.push_back(i);
  }
  // Between conjuncts: commas and "and" ("nor": "neither Galadriel nor Gollum"), then
  // determiners and adjectives that the next conjunct's noun phrase did not take in
  // ("Fornost and the evil awful Gondor"), a lower-case noun among them being an adjective
  // the tagger missed ("evil" tagged a noun).
  auto joined = [&](const Mention& a, const Mention& b, bool* has_and) {
    if (b.begin <= a.end || b.begin - a.end > 6) return false;
    bool linked = false;
    for (uint32_t t = a.end; t < b.begin; ++t) {
      const std::string w = AsciiLower(doc_.Form(doc_.tokens[t]));
      const Upos u = doc_.tokens[t].upos;
      if (w == "and" || w == "nor") *has_and = linked = true;
      else if (w == ",") linked = true;
      else if (!linked || (u != Upos::kDET && u != Upos::kADJ && !(u == Upos::kNOUN && w == doc_.Form(doc_.tokens[t]))))
        return false;
    }
    return linked;
  };
  std::vector<Pending> compounds;
  for (size_t i = 0; i < top.size();) {
    size_t j = i;
    bool has_and = false;
    // A list ends at its "and": after "A, B and C" a comma leads out of it, as to the subject
    // of the clause a fronted phrase ends at ("With assistance from Saudi Arabia, Qatar and
    // the United Arab Emirates, the U.S. conducted airstrikes").
    while (j + 1 < top.size()) {
      bool and_here = false;
      if (!joined((*pending)[top[j]].m, (*pending)[top[j + 1]].m, &and_here)) {
        // An "and" on the way to a conjunct no actor covers still closes a list: "a U.S.
        // soldier, a Romanian service member and at least 10 civilians".
        has_and = has_and || and_here;
        break;
      }
      // (A name or an office that restates the conjunct before still belongs: "Wang and his
      // North Korean counterpart, Ri Yong Ho, met", "Theresa May, and the foreign secretary,
      // Boris Johnson".)
      const Mention& a = (*pending)[top[j]].m;
      const Mention& b = (*pending)[top[j + 1]].m;
      const bool restates = (b.kind == MentionKind::kPerson) != (a.kind == MentionKind::kPerson) &&
                            (b.kind == MentionKind::kPerson || b.kind == MentionKind::kAgentOnly);
      if (has_and && !and_here && !restates) break;
      has_and = has_and || and_here;
      ++j;
    }
    // Coordinated references ("he and his counterpart") are left to the coder.
    if (j > i && has_and) {
      Pending c;
      const Mention& f = (*pending)[top[i]].m;
      const Mention& l = (*pending)[top[j]].m;
      c.m.sentence = si_;
      c.m.begin = f.begin, c.m.end = l.end, c.m.head = f.head;
      c.m.byte_begin = f.byte_begin, c.m.byte_end = l.byte_end;
      c.m.kind = MentionKind::kCompound;
      c.m.how = Resolution::kCompound;
      c.m.number = Number::kPlural;
      c.m.country = f.country;
      // An agent alone that a comma sets beside a named person restates that person:
      // "the foreign minister, Lavrov, and Rex Tillerson, the secretary of state" is two
      // parties, not four.
      auto only_commas = [&](const Mention& a, const Mention& b) {
        if (b.begin <= a.end) return false;
        for (uint32_t t = a.end; t < b.begin; ++t)
          if (doc_.Form(doc_.tokens[t]) != ",") return false;
        return true;
      };
      auto restates = [&](size_t k) {
        const Mention& part = (*pending)[top[k]].m;
        if (part.kind != MentionKind::kAgentOnly) return false;
        if (k > i && (*pending)[top[k - 1]].m.kind == MentionKind::kPerson &&
            only_commas((*pending)[top[k - 1]].m, part))
          return true;
        return k < j && (*pending)[top[k + 1]].m.kind == MentionKind::kPerson &&
               only_commas(part, (*pending)[top[k + 1]].m);
      };
      for (size_t k = i; k <= j; ++k) {
        if (restates(k)) continue;
        const Mention& part = (*pending)[top[k]].m;
        c.m.parts.push_back(static_cast<uint32_t>(top[k]));  // local until Place
        c.m.codes.insert(c.m.codes.end(), part.codes.begin(), part.codes.end());
      }
      if (c.m.parts.size() < 2) {
        i = j + 1;
        continue;
      }
      DistributeAgent(*pending, &c.m);
      DistributeTrailingAgent(*pending, &c.m);
      DistributeSharedActor(*pending, &c.m);
      compounds.push_back(std::move(c));
    }
    i = j + 1;
  }
  for (Pending& c : compounds) pending->push_back(std::move(c));
}

// An agent before a preposition governs every conjunct of the compound it opens: "Lawmakers
// in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor" -> FORLEG,
// GONLEG. Only the compound's own codes (one per conjunct, `compound->codes`) take the
// agent; the conjuncts' mentions keep what their words name (Gondor stays GON). A later
// conjunct takes it when it names a state alone and the parse does not coordinate it with
// the agent's noun itself ("the lawmakers of Fornost, and Gondor" read as two parties).
void SentenceFinder::DistributeAgent(const std::vector<Pending>& pending, Mention* compound) const {
  if (compound->parts.empty() || compound->codes.size() != compound->parts.size()) return;
  const Mention& f = pending[compound->parts.front()].m;
  if (f.how != Resolution::kComposed || f.codes.size() != 1 || f.entries.empty()) return;
  if (dict_.entry(f.entries[0]).kind != dict::Entry::Kind::kAgent) {
    DistributeActor(pending, compound);
    return;
  }
  // The actor the agent was composed with: nested at f's end, after "of", "in" or "from".
  std::string actor_code;
  for (const Pending& p : pending) {
    const Mention& b = p.m;
    if (b.end != f.end || b.begin <= f.begin + 1 || b.codes.size() != 1) continue;
    const std::string prep = AsciiLower(doc_.Form(doc_.tokens[b.begin - 1]));
    if (prep == "of" || prep == "in" || prep == "from") actor_code = b.codes[0];
  }
  if (actor_code.empty() || !StartsWith(f.codes[0], actor_code) || f.codes[0].size() == actor_code.size()) return;
  const std::string agent = f.codes[0].substr(actor_code.size());
  for (size_t k = 1; k < compound->parts.size(); ++k) {
    const Mention& m = pending[compound->parts[k]].m;
    if (m.how != Resolution::kPhrase || m.kind != MentionKind::kState || m.codes.size() != 1) continue;
    const int32_t h = doc_.tokens[m.head].head;
    if (h >= 0 && static_cast<uint32_t>(h) == f.head) continue;
    compound->codes[k] = m.codes[0] + agent;
  }
}

// The actor of a bare first conjunct composed with its agent ("Danish media") governs the
// bare agents coordinated after it: "Danish media and government" -> DNKMED, DNKGOV. With a
// determiner on either side the conjuncts are read apart, as PETRARCH reads them ("the
// Danish media and government", "Danish media and the government" name some government).
// As with DistributeAgent, only the compound's own codes change.
void SentenceFinder::DistributeActor(const std::vector<Pending>& pending, Mention* compound) const {
  const Mention& f = pending[compound->parts.front()].m;
  const dict::Entry& actor = dict_.entry(f.entries[0]);
  if (actor.kind != dict::Entry::Kind::kActor || doc_.tokens[f.begin].upos == Upos::kDET) return;
  const std::string actor_code(dict_.CodeAt(actor, date_));
  if (actor_code.size() < 3 || !StartsWith(f.codes[0], actor_code)) return;
  for (size_t k = 1; k < compound->parts.size(); ++k) {
    const Mention& m = pending[compound->parts[k]].m;
    if (m.kind != MentionKind::kAgentOnly || m.codes.size() != 1 || m.entries.empty()) break;
    if (doc_.tokens[m.begin].upos == Upos::kDET) break;
    const dict::Entry& e = dict_.entry(m.entries[0]);
    if (e.kind != dict::Entry::Kind::kAgent) break;
    compound->codes[k] = dict::ComposeAgent(actor_code, dict_.model().agents[e.index]);
  }
}

// Coordinated states before a bare agent that their words modify each compose with it:
// "US and British activists" -> USAOPP, GBROPP, the compound taking the agent's words in.
// Only the compound's own codes change, as in DistributeAgent.
void SentenceFinder::DistributeTrailingAgent(const std::vector<Pending>& pending, Mention* compound) const {
  if (compound->parts.empty() || compound->codes.size() != compound->parts.size()) return;
  for (uint32_t part : compound->parts) {
    const Mention& m = pending[part].m;
    if (m.kind != MentionKind::kState || m.codes.size() != 1 || m.codes[0].size() != 3) return;
  }
  for (const Pending& p : pending) {
    const Mention& a = p.m;
    if (a.begin != compound->end || a.kind != MentionKind::kAgentOnly || a.codes.size() != 1 || a.entries.empty())
      continue;
    const dict::Entry& e = dict_.entry(a.entries[0]);
    if (e.kind != dict::Entry::Kind::kAgent || doc_.tokens[a.begin].upos == Upos::kDET) return;
    // The last state must modify the agent's noun, not stand beside it ("Gondor and Arnor
    // soldiers", not "... to Arnor, soldiers said").
    const Mention& last = pending[compound->parts.back()].m;
    const int32_t h = doc_.tokens[last.head].head;
    const int32_t hf = doc_.tokens[pending[compound->parts.front()].m.head].head;
    if (h != static_cast<int32_t>(a.head) && hf != static_cast<int32_t>(a.head)) return;
    for (size_t k = 0; k < compound->parts.size(); ++k)
      compound->codes[k] = dict::ComposeAgent(pending[compound->parts[k]].m.codes[0], dict_.model().agents[e.index]);
    compound->end = a.end;
    compound->byte_end = a.byte_end;
    compound->head = a.head;
    return;
  }
}

// Agents coordinated before one "of", "in" or "from" phrase that the parse hangs on the
// first of them (where UD puts a dependent the conjuncts share) each compose with every
// actor of that phrase: "Lawmakers and officials in Fornost and Gondor" -> FORLEG, GONLEG,
// FORGOV, GONGOV. The compound's codes are then one per pair rather than one per part. A
// phrase hung on the last agent ("lawmakers and [officials in Fornost]") is that agent's.
void SentenceFinder::DistributeSharedActor(const std::vector<Pending>& pending, Mention* compound) const {
  const std::vector<uint32_t>& parts = compound->parts;
  if (parts.size() < 2 || compound->codes.size() != parts.size()) return;
  const dict::Model& model = dict_.model();
  auto agent_of = [&](const Mention& m) -> const dict::Agent* {
    if (m.entries.empty()) return nullptr;
    const dict::Entry& e = dict_.entry(m.entries[0]);
    return e.kind == dict::Entry::Kind::kAgent ? &model.agents[e.index] : nullptr;
  };
  std::vector<const dict::Agent*> agents;
  size_t c = 0;
  for (; c < parts.size(); ++c) {
    const Mention& m = pending[parts[c]].m;
    if (m.how != Resolution::kAgent || m.codes.size() != 1) break;
    const dict::Agent* a = agent_of(m);
    if (a == nullptr) return;
    agents.push_back(a);
  }
  if (agents.empty() || c >= parts.size()) return;
  const Mention& f = pending[parts[c]].m;
  const dict::Agent* fa = agent_of(f);
  if (f.how != Resolution::kComposed || f.codes.size() != 1 || fa == nullptr) return;
  // The actor f composed with: nested at its end, after the preposition.
  const Mention* b = nullptr;
  for (const Pending& p : pending) {
    const Mention& x = p.m;
    if (x.end != f.end || x.begin <= f.begin + 1 || x.codes.size() != 1 || x.kind == MentionKind::kAgentOnly) continue;
    const std::string prep = AsciiLower(doc_.Form(doc_.tokens[x.begin - 1]));
    if (prep == "of" || prep == "in" || prep == "from") b = &x;
  }
  if (b == nullptr || doc_.tokens[b->head].head != static_cast<int32_t>(pending[parts[0]].m.head)) return;
  agents.push_back(fa);
  std::vector<std::string> actors = {b->codes[0]};
  for (size_t k = c + 1; k < parts.size(); ++k) {
    const Mention& m = pending[parts[k]].m;
    if (m.kind != MentionKind::kState || m.codes.size() != 1 || doc_.tokens[m.head].head != static_cast<int32_t>(b->head))
      return;
    actors.push_back(m.codes[0]);
  }
  std::vector<std::string> codes;
  for (const dict::Agent* a : agents)
    for (const std::string& actor : actors) codes.push_back(dict::ComposeAgent(actor, *a));
  compound->codes = std::move(codes);
  compound->country = b->country;
}

// "his North Korean counterpart": the possessor's sector with the phrase's own country
// (RUSMIL's counterpart, North Korean -> PRKMIL). `pronoun` is a resolved possessive
// inside a phrase headed by "counterpart", placed earlier in this sentence.
void SentenceFinder::Counterpart(size_t first, size_t pronoun) {
  const Mention& p = out_[pronoun];
  if (p.codes.size() != 1 || p.codes[0].size() <= 3) return;
  for (size_t j = first; j < pronoun; ++j) {
    Mention& m = out_[j];
    if (m.begin > p.begin || m.end < p.end || m.codes.size() != 1 || m.how != Resolution::kPhrase) continue;
    const std::string head = AsciiLower(doc_.Form(doc_.tokens[m.head]));
    if (head != "counterpart" && head != "counterparts") continue;
    if (m.country.empty()) return;
    m.codes[0] = m.country + p.codes[0].substr(3);
    m.how = Resolution::kComposed;
    return;
  }
}

// Sorts the sentence's mentions into text order (outer before inner), appends them to
// the document's list and resolves references in order.
void SentenceFinder::Place(std::vector<Pending> pending) {
  std::vector<size_t> order(pending.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Mention& x = pending[a].m;
    const Mention& y = pending[b].m;
    if (x.begin != y.begin) return x.begin < y.begin;
    return x.end - x.begin > y.end - y.begin;
  });
  const uint32_t offset = static_cast<uint32_t>(out_.size());
  std::vector<uint32_t> where(pending.size());
  for (size_t k = 0; k < order.size(); ++k) where[order[k]] = offset + static_cast<uint32_t>(k);
  for (size_t k : order) {
    out_.push_back(std::move(pending[k].m));
    const RefType ref = pending[k].ref;
    Mention& m = out_.back();
    const size_t self = out_.size() - 1;
    for (uint32_t& p : m.parts) p = where[p];
    const int64_t bound = ref != RefType::kNone ? BindingSubject(offset, self, ref) : -1;
    if (bound == kUnboundByName) {
      m.how = Resolution::kUnresolved;
    } else if (bound >= 0) {
      BindReference(out_, self, static_cast<size_t>(bound), ref);
      Counterpart(offset, self);
    } else if (ref != RefType::kNone) {
      if (ResolveReference(out_, self, ref, opt_.window, [&](const Mention& m) { return Depth(m); })) {
        // "TransAsia said it had contacted ...", "Analysts say they ...": the pronoun is
        // the subject named since its antecedent, though no dictionary names that subject.
        // Antecedents are earlier mentions (ResolveReference looks only before `self`).
        Mention& r = out_[self];
        const bool plural = ref == RefType::kPlural;
        auto nearest = [&] {
          return *std::max_element(r.antecedents.begin(), r.antecedents.end(),
                                   [&](uint32_t x, uint32_t y) { return out_[x].end < out_[y].end; });
        };
        // So is "he" or "she" after a person's name that no dictionary knows: "Prime
        // Minister Ranil Wickremesinghe said he feared ...".
        const bool person = ref == RefType::kMasculine || ref == RefType::kFeminine;
        // An object "it" is, more often still, the thing last named as an object: "France
        // and Germany signed the deal ... have defended it", "procured resolution 1973 and
        // violated it", "welcomed the news ... when asked about it".
        static const uint8_t kObjRel = DeprelFromName("obj"), kOblRel = DeprelFromName("obl");
        const Token& pt = doc_.tokens[r.begin];
        const bool object_it = ref == RefType::kNeuter && r.end == r.begin + 1 &&
                               AsciiLower(doc_.Form(pt)) == "it" && (pt.deprel == kObjRel || pt.deprel == kOblRel);
        if ((ref == RefType::kNeuter || plural || person) && !r.antecedents.empty() &&
            SubjectBetween(out_[nearest()], r, plural, person, object_it)) {
          r.codes.clear();
          r.country.clear();
          r.antecedents.clear();
          r.how = Resolution::kUnresolved;
        } else {
          Counterpart(offset, self);
        }
      }
    } else if (m.how == Resolution::kAgent && m.number == Number::kSingular &&
               AsciiLower(doc_.Form(doc_.tokens[m.begin])) == "the") {
      ResolveReference(out_, self, RefType::kDefinite, opt_.window);
    }
  }
  // A possessive in a phrase fronted before its clause's subject points ahead to it: "After
  // his meetings with Abe and Modi, President Trump had a bilateral meeting with Merkel", "In
  // its Wednesday statement on Syria, ... the United Kingdom noted".
  for (size_t self = offset; self < out_.size(); ++self) {
    const Mention& r = out_[self];
    if (r.kind != MentionKind::kPronoun || r.end != r.begin + 1) continue;
    const RefType type = PronounType(AsciiLower(doc_.Form(doc_.tokens[r.begin])));
    if (const int64_t ahead = CataphoricSubject(offset, self, type); ahead >= 0)
      BindReference(out_, self, static_cast<size_t>(ahead), type);
  }
}

int64_t SentenceFinder::CataphoricSubject(size_t first, size_t self, RefType type) const {
  static const uint8_t kPoss = DeprelFromName("nmod:poss"), kSubj = DeprelFromName("nsubj"),
                       kObl = DeprelFromName("obl"), kNmod = DeprelFromName("nmod");
  const Mention& ref = out_[self];
  const Token& pron = doc_.tokens[ref.begin];
  if (pron.deprel != kPoss || pron.head < 0) return -1;
  // Up the nominal phrase to the verb it is a phrase of.
  int32_t cur = pron.head, top = -1;
  for (int hops = 0; cur >= 0 && hops < 6; ++hops) {
    const Token& k = doc_.tokens[static_cast<size_t>(cur)];
    if (k.upos == Upos::kVERB) break;
    if (k.deprel != kObl && k.deprel != kNmod) return -1;
    top = cur;
    cur = k.head;
  }
  if (cur < 0 || top < 0 || doc_.tokens[static_cast<size_t>(top)].deprel != kObl || cur < top) return -1;
  const Sentence& sent = doc_.sentences[ref.sentence];
  int32_t subject = -1;
  for (uint32_t t = sent.token_begin; t < sent.token_end && subject < 0; ++t)
    if (doc_.tokens[t].head == cur && doc_.tokens[t].deprel == kSubj) subject = static_cast<int32_t>(t);
  // The subject comes after the fronted phrase, before its verb.
  if (subject < static_cast<int32_t>(ref.end) || subject > cur) return -1;
  for (size_t j = first; j < out_.size(); ++j) {
    const Mention& m = out_[j];
    if (j == self || m.begin > static_cast<uint32_t>(subject) || static_cast<uint32_t>(subject) >= m.end) continue;
    if (!m.coded() || m.kind == MentionKind::kUnknown || m.kind == MentionKind::kAgentOnly ||
        m.kind == MentionKind::kPronoun)
      return -1;
    return SuitsPronoun(m, type) ? static_cast<int64_t>(j) : -1;
  }
  return -1;
}

}  // namespace

std::vector<Mention> FindMentions(const Document& doc, const dict::Dictionary& dict, Date date,
                                  const MentionOptions& options) {
  std::vector<Mention> out;
  SentenceFinder finder(doc, dict, date, options, &out);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) finder.Run(si);
  return out;
}

}  // namespace dyad::actors
