// The TABARI-compatible coder (see tabari_coder.h).
#include "code/tabari_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <span>
#include <sstream>

#include "code/ontology.h"
#include "code/tabari_words.h"

namespace dyad::code {
namespace {

using tabari::SplitCodes;

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// TABARI's minimum sentence length when no SET: MINIMUM WORDS says otherwise.
constexpr int kDefaultMinimumWords = 8;

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

std::string TabariCoder::Option(const std::string& key) const {
  auto it = options_.find(key);
  return it == options_.end() ? std::string() : it->second;
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
      if (tgt < 0 && src >= 0 && !bind.compound && (source_after || !defaults.target_after)) {
        // No target after the verb: the actor between the source and the verb, or else
        // the other members of a compound source ("A and B are about to restore ties";
        // a source found after the verb always splits so).
        for (int i = src + 1; i < static_cast<int>(s.actors.size()) && tgt < 0 && !source_after; ++i) {
          if (s.actors[i].end <= vb && other(i) && i != bind.skipped) tgt = i;
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
