// The TABARI-compatible coder (see tabari_coder.h).
#include "code/tabari_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <span>
#include <sstream>

#include "code/ontology.h"
#include "code/tabari_clauses.h"
#include "text/segmenter.h"

namespace dyad::code {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> SplitCodes(std::string_view code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = code.find('/', start);
    const std::string_view part = code.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (!part.empty()) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

// TABARI's minimum sentence length when no SET: MINIMUM WORDS says otherwise.
constexpr int kDefaultMinimumWords = 8;

bool IsDeterminer(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

Event MakeEvent(const std::string& source, const std::string& target, const std::string& code) {
  Event e;
  e.source.code = source;
  e.target.code = target;
  e.cameo = code;
  if (const CodeInfo* info = Ontology::Default().Find(code)) {
    e.goldstein = info->goldstein;
    e.quad_class = info->quad_class;
    e.plover = info->plover_type;
    e.plover_mode = info->plover_mode;
    e.plover_context = info->plover_context;
  }
  return e;
}

// True when the verb at `vb` is passive with its agent at `agent`: a form of "be" at
// most two words before the verb, and "by" right before the agent.
bool IsPassive(const TabariSentence& s, uint32_t vb, uint32_t agent) {
  if (agent == 0 || s.lower[agent - 1] != "by") return false;
  for (uint32_t k = 1; k <= 2 && k <= vb; ++k) {
    const std::string& w = s.lower[vb - k];
    if (w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being") return true;
  }
  return false;
}

// True when `key`, a form of `block`'s verb, may begin a longer token: the root verb
// is written as a stem, one word ending in a letter ("RESTOR", unlike "DEPART_" or
// "BAN="), or `key` is a listed irregular form beyond the root's regular endings
// ("{ ... ACTUALITY }" of "ACT_").
bool IsStemVerb(const dict::VerbBlock& block, const std::string& key) {
  const std::string& n = block.name;
  if (!n.empty() && std::isalpha(static_cast<unsigned char>(n.back())) && n.find_first_of("_ \t") == std::string::npos) {
    return true;
  }
  for (const dict::VerbForm& f : block.verbs) {
    const std::string& root = f.words[f.inflected];
    if (std::find(f.forms.begin(), f.forms.end(), key) != f.forms.end() &&
        (key.compare(0, root.size(), root) != 0 || key.size() > root.size() + 3)) {
      return true;
    }
  }
  return false;
}

// True when the phrase's words occur one after the other among `tokens`.
bool ContainsPhrase(const std::vector<std::string>& tokens, const dict::Phrase& phrase) {
  const size_t n = phrase.words.size();
  for (size_t i = 0; n > 0 && i + n <= tokens.size(); ++i) {
    size_t k = 0;
    while (k < n && WordMatches(phrase.words[k], Lower(tokens[i + k]))) ++k;
    if (k == n) return true;
  }
  return false;
}

// True when `rest`, what follows a verb's root in a token, is one of the regular endings
// TABARI allows a root written whole ("DEPART_": departs, departes, departed, departen).
bool RegularEnding(std::string_view rest) {
  return rest == "s" || rest == "es" || rest == "d" || rest == "ed" || rest == "en" || rest == "ing";
}

// The story of a record id under a FORWARD: mask ("^^*****NNN*SSS"): the characters
// where the mask has N, the mask aligned with the id's end ("FRWD-001-002" -> "001").
std::string StoryOf(std::string_view id, std::string_view forward) {
  const std::string_view mask = forward.substr(0, forward.find_first_of(" \t"));
  std::string story;
  for (size_t k = 0; k < mask.size(); ++k) {
    if (mask[k] != 'N' || mask.size() - k > id.size()) continue;
    story += id[id.size() - (mask.size() - k)];
  }
  return story;
}

// TABARI's "DEFAULT: SOURCE [CODE] PRIOR TARGET [CODE] AFTER": codes for a missing
// source (PRIOR: when no actor precedes the verb; otherwise the first actor after the
// verb is the source) and a missing target (AFTER: when no actor follows the verb).
struct Defaults {
  std::string source, target;
  bool source_prior = false, target_after = false;
};

Defaults ParseDefaults(const std::map<std::string, std::string>& options) {
  Defaults d;
  auto it = options.find("DEFAULT");
  if (it == options.end()) return d;
  std::istringstream in(it->second);
  std::string w, slot;
  while (in >> w) {
    if (w == "SOURCE" || w == "TARGET") {
      slot = w;
    } else if (w.size() > 2 && w.front() == '[' && w.back() == ']') {
      (slot == "SOURCE" ? d.source : d.target) = w.substr(1, w.size() - 2);
    } else if (w == "PRIOR" && slot == "SOURCE") {
      d.source_prior = true;
    } else if (w == "AFTER" && slot == "TARGET") {
      d.target_after = true;
    }
  }
  if (d.source.empty()) d.source_prior = false;
  if (d.target.empty()) d.target_after = false;
  return d;
}

// A block's patterns in the order TABARI tries them: longer patterns (more items besides
// the verb) first, and among equally long ones those of literal words before those with
// synsets; otherwise as written.
std::vector<const dict::VerbPattern*> SortedPatterns(const dict::VerbBlock& block) {
  std::vector<const dict::VerbPattern*> out;
  for (const dict::VerbPattern& p : block.patterns) out.push_back(&p);
  auto key = [](const dict::VerbPattern* p) {
    int items = 0, synsets = 0;
    for (const dict::PatternItem& it : p->items) {
      items += it.kind != dict::PatternItem::Kind::kVerb;
      synsets += it.kind == dict::PatternItem::Kind::kSynset;
    }
    return std::pair(-items, synsets);
  };
  std::stable_sort(out.begin(), out.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
  return out;
}

}  // namespace

TabariCoder::TabariCoder(std::shared_ptr<const dict::Dictionary> dict) : dict_(std::move(dict)) {
  for (const auto& [k, v] : dict_->model().options) {
    options_[k.rfind("SET ", 0) == 0 ? "SET: " + k.substr(4) : k] = v;
  }
  former_.code = "ELI";
  for (const dict::Phrase& p : dict_->model().adjectives) {
    if (p.words.size() == 1) adjectives_.insert(p.words[0].text);
  }
  for (const dict::Phrase& p : dict_->model().nouns) {
    if (p.words.size() == 1) nouns_.insert(p.words[0].text);
  }
}

void TabariCoder::SetOption(std::string_view line) {
  const std::string l = Trim(line);
  const size_t colon = l.find(':');
  if (colon == std::string::npos) return;
  const std::string cmd = Trim(l.substr(0, colon));
  const std::string rest = Trim(l.substr(colon + 1));
  const size_t eq = rest.find('=');
  if (cmd == "SET" && rest.rfind("CODE BY ", 0) == 0) {
    options_["SET: CODE BY"] = Trim(rest.substr(8));
  } else if (cmd == "SET" && rest == "CODE ALL") {
    options_["SET: CODE BY"] = "ALL";
  } else if (eq == std::string::npos || cmd == "COMMA") {
    options_[cmd] = rest;
  } else {
    options_[cmd + ": " + Trim(rest.substr(0, eq))] = Trim(rest.substr(eq + 1));
  }
}

bool TabariCoder::JoinsCompound(const TabariSentence& s, uint32_t from, uint32_t to, uint32_t next_end,
                                bool prev_compound) const {
  bool conjunction = false, comma = false;
  for (uint32_t t = from; t < to; ++t) {
    const std::string& w = s.lower[t];
    if (w == "and" || w == "nor") {
      conjunction = true;
    } else if (w == ",") {
      comma = true;
    } else if (!IsDeterminer(w) && !adjectives_.count(w)) {
      return false;
    }
  }
  if (conjunction) return true;
  // A compound goes on across adjectives alone ("A and the evil B awful C").
  if (!comma && prev_compound && to > from) return true;
  if (!comma) return false;
  // A comma joins members of a list only when the list goes on after the next actor:
  // "A, B and C", "A, B, C and D", but not "A, the B newspaper".
  return next_end < s.lower.size() && (s.lower[next_end] == "and" || s.lower[next_end] == ",");
}

bool TabariCoder::JoinsWords(const TabariSentence& s, uint32_t t) const {
  auto listed = [&](uint32_t i) {
    return i < s.lower.size() && (nouns_.count(s.lower[i]) > 0 || adjectives_.count(s.lower[i]) > 0);
  };
  return t > 0 && listed(t - 1) && listed(t + 1);
}

TabariSentence TabariCoder::Analyse(std::string_view text, Date date, bool* discard, bool* complex) const {
  TabariSentence s;
  const Document doc = text::Segment(text);
  std::vector<std::string> tokens;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    // A hyphen written against the word before it and apart from the next ("anti-
    // Gondor") stays on its word, as TABARI's "ANTI-" pattern words expect.
    if (doc.Form(t) == "-" && i > 0 && !doc.tokens[i - 1].space_after && t.space_after && !tokens.empty()) {
      tokens.back() += '-';
      continue;
    }
    // TABARI writes "Dol_Amroth" for the words "Dol Amroth".
    const std::string_view form = doc.Form(t);
    size_t start = 0;
    for (size_t u = form.find('_'); form.size() > 1 && u != std::string_view::npos; u = form.find('_', start)) {
      if (u > start) tokens.emplace_back(form.substr(start, u - start));
      start = u + 1;
    }
    if (start < form.size()) tokens.emplace_back(form.substr(start));
  }
  // A sentence in capitals throughout says nothing by its capitals.
  s.all_caps = std::none_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  // Comma-delimited subordinate clauses are dropped before anything is looked up.
  s.words = CountWords(tokens);
  // SET: TIME SHIFT = TRUE: a <TIME> phrase coded ### discards the sentence, +++ marks it
  // complex (the date shifts themselves do not change the events scored here).
  if (Option("SET: TIME SHIFT") == "TRUE") {
    for (const dict::TimeShift& ts : dict_->model().time_shifts) {
      if ((ts.code == "###" || ts.code == "+++") && ContainsPhrase(tokens, ts.phrase)) {
        (ts.code == "###" ? *discard : *complex) = true;
      }
    }
  }
  const std::vector<bool> keep = CommaClauseMask(tokens, ParseCommaLimits(Option("COMMA")));
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!keep[i]) continue;
    s.raw.push_back(tokens[i]);
    s.lower.push_back(Lower(tokens[i]));
  }
  std::vector<std::string_view> views(s.raw.begin(), s.raw.end());
  if (!dict_->FindDiscards(views).empty()) *discard = true;
  const std::vector<dict::PhraseMatch> all = dict_->FindAll(views);
  const std::vector<dict::Mention> mentions = dict_->FindMentions(views);

  // Actors with their codes; agents joined to the actor beside them or across OF/IN.
  struct Unit {
    uint32_t begin, end;
    bool agent;
    std::string code;
    const dict::Agent* a = nullptr;
    std::string root;  // an actor's code before agents join it
  };
  std::vector<Unit> units;
  for (const dict::Mention& m : mentions) {
    const dict::Entry& e = dict_->entry(m.entry);
    Unit u{m.begin, m.end, e.kind == dict::Entry::Kind::kAgent, {}, nullptr};
    if (u.agent) {
      u.a = &dict_->model().agents[e.index];
      // "former" before the agent, or before the actor right before it, makes it ELI.
      const bool former = (m.begin > 0 && s.lower[m.begin - 1] == "former") ||
                          (!units.empty() && !units.back().agent && units.back().end == m.begin &&
                           units.back().begin > 0 && s.lower[units.back().begin - 1] == "former");
      if (former) u.a = &former_;
    } else {
      u.code = std::string(dict_->MentionCode(m, all, date));
      u.root = u.code;
    }
    units.push_back(u);
  }
  std::vector<Unit> joined;
  for (size_t i = 0; i < units.size(); ++i) {
    Unit u = units[i];
    if (!u.agent) {
      const bool possessive = u.end < s.lower.size() && (s.lower[u.end] == "'s" || s.lower[u.end] == "former");
      if (i + 1 < units.size() && units[i + 1].agent &&
          (units[i + 1].begin == u.end || (possessive && units[i + 1].begin == u.end + 1))) {
        u.code = dict::ComposeAgent(u.code, *units[i + 1].a);
        u.end = units[++i].end;
      }
      joined.push_back(u);
      continue;
    }
    if (i + 1 < units.size() && !units[i + 1].agent) {
      uint32_t gap = u.end;
      if (gap < s.lower.size() && (s.lower[gap] == "of" || s.lower[gap] == "in")) {
        ++gap;
        if (gap < s.lower.size() && IsDeterminer(s.lower[gap])) ++gap;
      }
      if (units[i + 1].begin == u.end || (gap > u.end && units[i + 1].begin == gap)) {
        Unit v = units[++i];
        v.code = dict::ComposeAgent(v.code, *u.a);
        v.begin = u.begin;
        joined.push_back(v);
        continue;
      }
    }
  }
  // Agents with no actor: "~MIL" with CONVERT AGENT on; adjacent ones compose.
  if (Option("SET: CONVERT AGENT") == "TRUE") {
    for (size_t i = 0; i < units.size(); ++i) {
      if (!units[i].agent || std::any_of(joined.begin(), joined.end(), [&](const Unit& j) {
            return j.begin <= units[i].begin && units[i].begin < j.end;
          })) {
        continue;
      }
      Unit u = units[i];
      u.code = dict::ComposeAgent("~", *u.a);
      while (i + 1 < units.size() && units[i + 1].agent && units[i + 1].begin == u.end) {
        u.code = dict::ComposeAgent(u.code, *units[++i].a);
        u.end = units[i].end;
      }
      u.agent = false;
      joined.push_back(u);
    }
    std::sort(joined.begin(), joined.end(), [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
  }
  for (const Unit& u : joined) {
    if (u.code == "###") *discard = true;
    if (u.code == "+++") *complex = true;
    if (u.code.empty() || u.code == "---" || u.code == "###" || u.code == "+++") continue;
    ActorSpan span{u.begin, u.end, SplitCodes(u.code), u.root.empty() ? u.code : u.root};
    // "A and B": a compound.
    if (!s.actors.empty()) {
      ActorSpan& prev = s.actors.back();
      if (JoinsCompound(s, prev.end, span.begin, span.end, prev.codes.size() > 1)) {
        prev.end = span.end;
        prev.codes.insert(prev.codes.end(), span.codes.begin(), span.codes.end());
        continue;
      }
    }
    s.actors.push_back(std::move(span));
  }
  DereferencePronouns(&s);
  return s;
}

void TabariCoder::DereferencePronouns(TabariSentence* s) const {
  std::vector<ActorSpan> out;
  size_t next = 0;
  for (uint32_t t = 0; t < s->lower.size(); ++t) {
    while (next < s->actors.size() && s->actors[next].begin <= t) out.push_back(s->actors[next++]);
    if (!out.empty() && out.back().end > t) continue;  // inside an actor
    const std::string& w = s->lower[t];
    if (w != "he" && w != "his" && w != "him" && w != "she" && w != "her" && w != "it" && w != "its" &&
        w != "they" && w != "their" && w != "them") {
      continue;
    }
    ActorSpan p{t, t + 1, {}, {}, true};
    if (!out.empty()) {
      // The first actor of the sentence.
      p.codes = out.front().codes;
      p.root = out.front().root;
    } else if (!forwarded_.empty()) {
      // FORWARD: the first actor of the story's previous sentence.
      p.codes = {forwarded_};
      p.root = forwarded_;
    } else {
      continue;
    }
    out.push_back(std::move(p));
  }
  while (next < s->actors.size()) out.push_back(s->actors[next++]);
  s->actors = std::move(out);
}

bool TabariCoder::IsComplex(const TabariSentence& s) const {
  // "COMPLEX: VERBS[5] CONJ[4] ...": more verbs or conjunctions than these is complex.
  const std::string spec = Option("COMPLEX");
  auto limit = [&](const std::string& key) {
    const size_t k = spec.find(key + "[");
    return k == std::string::npos ? -1 : std::atoi(spec.c_str() + k + key.size() + 1);
  };
  const int max_verbs = limit("VERBS"), max_conj = limit("CONJ");
  if (max_verbs < 0 && max_conj < 0) return false;
  int verbs = 0, conj = 0;
  for (uint32_t t = 0; t < s.lower.size(); ++t) {
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorSpan& a) { return a.begin <= t && t < a.end; })) {
      continue;
    }
    if (s.lower[t] == "and" || s.lower[t] == "but") ++conj;
    std::string key = s.lower[t];
    while (dict_->VerbBlocksFor(key).empty() && key.size() > 3) key.pop_back();
    if (!dict_->VerbBlocksFor(key).empty()) ++verbs;
  }
  return (max_verbs >= 0 && verbs > max_verbs) || (max_conj >= 0 && conj > max_conj);
}

bool TabariCoder::NoActorPrior(const TabariSentence& s) const {
  if (Option("COMPLEX").find("NOACTPRIOR") == std::string::npos) return false;
  for (uint32_t t = 0; t < s.lower.size(); ++t) {
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorSpan& a) { return a.begin <= t && t < a.end; })) {
      return false;  // an actor comes first
    }
    // Null-coded verbs ("ON ACCORD") do not count.
    for (const VerbHit& hit : VerbsAt(s, t)) {
      const dict::EventCode& code = hit.form->has_code ? hit.form->code : hit.block->code;
      if (!code.code.empty() && code.code != "---") return true;
    }
  }
  return false;
}

std::string TabariCoder::Option(const std::string& key) const {
  auto it = options_.find(key);
  return it == options_.end() ? std::string() : it->second;
}

std::vector<TabariCoder::VerbHit> TabariCoder::VerbsAt(const TabariSentence& s, uint32_t t) const {
  std::vector<VerbHit> out;
  if (t > 0 && !s.all_caps && std::isupper(static_cast<unsigned char>(s.raw[t][0]))) return out;  // a noun
  if (t > 0 && IsDeterminer(s.lower[t - 1])) return out;                          // "the restore"
  // TABARI verbs are stems: "RESTOR" codes "restore" and "restoring". The longest
  // listed form that begins the token wins.
  std::string key = s.lower[t];
  std::span<const uint32_t> blocks = dict_->VerbBlocksFor(key);
  if (blocks.empty() && !dict_->VerbBlocksFor(key + "=").empty()) {
    key += '=';  // a root written "BAN=": that word only
    blocks = dict_->VerbBlocksFor(key);
  }
  while (blocks.empty() && key.size() > 3) {
    key.pop_back();
    blocks = dict_->VerbBlocksFor(key);
  }
  // A verb with a possessive is a noun ("donate's cash").
  if (t + 1 < s.lower.size() && s.lower[t + 1] == "'s") return out;
  for (uint32_t b : blocks) {
    const dict::VerbBlock& block = dict_->model().verbs[b];
    if (key.size() < s.lower[t].size() && !IsStemVerb(block, key) &&
        !RegularEnding(std::string_view(s.lower[t]).substr(key.size()))) {
      continue;
    }
    // The verb's span: multi-word verbs need their other words around the inflected one.
    VerbHit hit{&block, nullptr, t, t + 1};
    for (const dict::VerbForm& f : block.verbs) {
      const int k = f.inflected;
      const bool word_ok = key == f.words[k] || std::find(f.forms.begin(), f.forms.end(), key) != f.forms.end();
      if (!word_ok || t < static_cast<uint32_t>(k)) continue;
      bool rest_ok = true;
      for (int j = 0; j < k && rest_ok; ++j) rest_ok = s.lower[t - k + j] == f.words[j];
      // Words after the inflected one: next to each other, or with a few words between
      // when the root is written with blanks ("DEATH TOLL RISEN": "death toll has risen").
      const bool gapped = f.words.size() > 1 && block.name.find(' ') != std::string::npos &&
                          block.name.find('_') == std::string::npos;
      uint32_t end = t + 1;
      for (size_t j = k + 1; j < f.words.size() && rest_ok; ++j) {
        uint32_t q = end;
        const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(s.lower.size()), end + (gapped ? 4 : 1));
        while (q < limit && s.lower[q] != f.words[j]) ++q;
        rest_ok = q < limit;
        end = q + 1;
      }
      if (!rest_ok) continue;
      if (!hit.form || f.words.size() > hit.form->words.size()) {
        hit.form = &f;
        hit.begin = t - k;
        hit.end = end;
      }
    }
    if (hit.form) out.push_back(hit);
  }
  // A block whose root is the token itself ("ATTACKED") before one that lists it as a form
  // of another root ("ATTACK").
  std::stable_partition(out.begin(), out.end(), [&](const VerbHit& h) {
    return h.form->words[h.form->inflected] == s.lower[t];
  });
  return out;
}

CodedRecord TabariCoder::Code(const SuiteRecord& record) {
  CodedRecord out;
  // FORWARD: a pronoun with no actor before it stands for the first actor of the
  // previous sentence of the same story.
  const std::string forward = Option("FORWARD");
  const bool forwarding = !forward.empty() && forward.find("OFF") == std::string::npos;
  const std::string story = forwarding ? StoryOf(record.id, forward) : std::string();
  if (!forwarding || story != story_) forwarded_.clear();
  story_ = story;
  const TabariSentence s = Analyse(record.text, record.date, &out.discarded, &out.complex);
  if (forwarding) {
    for (const ActorSpan& a : s.actors) {
      if (a.pronoun) continue;
      const std::vector<std::string> roots = SplitCodes(a.root);
      if (!roots.empty()) forwarded_ = roots.front();
      break;
    }
  }
  if (out.discarded || out.complex) return out;
  // "SET: MINIMUM WORDS = n": shorter sentences are not coded (8 unless set).
  const std::string min_words = Option("SET: MINIMUM WORDS");
  if (s.words < (min_words.empty() ? kDefaultMinimumWords : std::atoi(min_words.c_str()))) return out;
  auto in_actor = [&](uint32_t t) {
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorSpan& a) { return a.begin <= t && t < a.end; });
  };

  if (IsComplex(s) || NoActorPrior(s)) {
    out.complex = true;
    return out;
  }
  const Defaults defaults = ParseDefaults(options_);
  const std::string mode = Option("SET: CODE BY");  // CLAUSE (default), SENTENCE or ALL
  std::vector<Event> subordinate;
  // Clauses start after "and" and "but" outside actors; each codes its first verb with
  // an event, and a clause without its own source continues the previous one's.
  uint32_t clause_begin = 0;
  bool clause_done = false;
  std::vector<std::string> carry;
  bool dominant = false;
  for (uint32_t t = 0; t < s.lower.size(); ++t) {
    if (in_actor(t)) continue;
    if ((s.lower[t] == "and" && !JoinsWords(s, t)) || s.lower[t] == "but") {
      clause_begin = t + 1;
      clause_done = false;
      continue;
    }
    if (clause_done && mode != "ALL") continue;
    for (const VerbHit& hit : VerbsAt(s, t)) {
      const dict::VerbBlock& block = *hit.block;
      const dict::VerbForm* form = hit.form;
      const uint32_t vb = hit.begin, ve = hit.end;
      dict::EventCode code = form->has_code ? form->code : block.code;
      PatternBinding bind;
      // The source the verb gets unless a pattern binds one: the clause's first actor.
      int clause_source = -1;
      for (int i = 0; i < static_cast<int>(s.actors.size()) && clause_source < 0; ++i) {
        if (s.actors[i].begin >= clause_begin && s.actors[i].end <= vb) clause_source = i;
      }
      for (const dict::VerbPattern* p : SortedPatterns(block)) {
        PatternBinding candidate;
        if (MatchPattern(p->items, s, vb, ve, *dict_, &candidate)) {
          // A target that is only a pronoun for the source is no target.
          const int source = candidate.source >= 0 ? candidate.source : clause_source;
          if (candidate.target >= 0 && source >= 0 && s.actors[candidate.target].pronoun &&
              s.actors[candidate.target].codes == s.actors[source].codes) {
            continue;
          }
          code = p->code;
          bind = candidate;
          break;
        }
      }
      if (code.code.empty() || code.code == "---") continue;
      if (code.code == "###") {
        out.discarded = true;
        return out;
      }
      if (code.code == "+++") {
        out.complex = true;
        return out;
      }
      int src = bind.source, tgt = bind.compound ? bind.source : bind.target;
      for (int i = 0; i < static_cast<int>(s.actors.size()) && src < 0; ++i) {
        if (s.actors[i].begin >= clause_begin && s.actors[i].end <= vb && i != tgt) src = i;
      }
      if (src < 0 && bind.target >= 0 && s.actors[bind.target].end <= vb) {
        // The pattern took the actor before the verb as its target ("+ WAS * DEAD"): the
        // source is the first actor after the verb.
        for (int i = 0; i < static_cast<int>(s.actors.size()) && src < 0; ++i) {
          if (s.actors[i].begin >= ve) src = i;
        }
      }
      std::vector<std::string> sc, tc;
      if (src < 0 && !carry.empty()) sc = carry;
      if (src < 0 && sc.empty() && !s.actors.empty() && s.actors[0].end <= vb) src = 0;
      if (src < 0 && sc.empty() && defaults.source_prior) sc = {defaults.source};
      if (src < 0 && sc.empty() && !defaults.source.empty()) {
        // Without PRIOR, the first actor after the verb is the source.
        for (int i = 0; i < static_cast<int>(s.actors.size()) && src < 0; ++i) {
          if (s.actors[i].begin >= ve && i != tgt) src = i;
        }
      }
      if (src >= 0) sc = s.actors[src].codes;
      // A target the same as the source (a pronoun for it: "A urged B to assist it") is
      // passed over.
      auto other = [&](int i) { return i != src && s.actors[i].codes != sc; };
      for (int i = 0; i < static_cast<int>(s.actors.size()) && tgt < 0; ++i) {
        if (s.actors[i].begin >= ve && other(i)) tgt = i;
      }
      if (tgt >= 0) tc = s.actors[tgt].codes;
      const bool source_after = src >= 0 && s.actors[src].begin >= ve;
      if (tgt < 0 && src >= 0 && bind.source < 0 && (source_after || !defaults.target_after)) {
        // No target after the verb: the actor between the source and the verb, or else
        // the other members of a compound source ("A and B are about to restore ties";
        // a source found after the verb always splits so).
        for (int i = src + 1; i < static_cast<int>(s.actors.size()) && tgt < 0 && !source_after; ++i) {
          if (s.actors[i].end <= vb && other(i)) tgt = i;
        }
        if (tgt >= 0) {
          tc = s.actors[tgt].codes;
        } else if (sc.size() > 1) {
          tc.assign(sc.begin() + 1, sc.end());
          sc.resize(1);
        }
      }
      // Passive voice: "A was opposed by B" is B acting on A.
      if (bind.source < 0 && bind.target < 0 && src >= 0 && tgt >= 0 && IsPassive(s, vb, s.actors[tgt].begin)) {
        std::swap(sc, tc);
      }
      if (tc.empty() && !defaults.target.empty()) tc = {defaults.target};
      if (sc.empty() || tc.empty()) continue;
      std::vector<Event> events;
      for (const std::string& a : sc) {
        for (const std::string& b : tc) {
          if (a == b) continue;
          events.push_back(MakeEvent(a, b, code.code));
          if (!code.paired.empty()) events.push_back(MakeEvent(b, a, code.paired));
        }
      }
      if (events.empty()) continue;
      if (code.suffix == '?') {
        if (subordinate.empty()) subordinate = std::move(events);
        continue;
      }
      if (code.suffix == '!' && !dominant) {
        // A dominant code: only dominant events are kept.
        dominant = true;
        out.events.clear();
      } else if (dominant && code.suffix != '!') {
        continue;
      }
      out.events.insert(out.events.end(), events.begin(), events.end());
      if (mode == "SENTENCE") return out;
      carry = sc;
      clause_done = true;
      break;
    }
  }
  if (out.events.empty()) out.events = std::move(subordinate);
  return out;
}

}  // namespace dyad::code
