// The TABARI coder's reading of a sentence (see tabari_coder.h): tokens, sentence filters,
// actors with their agents, compounds and pronouns.
#include <algorithm>
#include <cctype>

#include "code/tabari_clauses.h"
#include "code/tabari_coder.h"
#include "code/tabari_words.h"
#include "text/segmenter.h"

namespace dyad::code {
namespace {

using tabari::IsDeterminer;
using tabari::SplitCodes;

// True when the phrase's words occur one after the other among `tokens`.
bool ContainsPhrase(const std::vector<std::string>& tokens, const dict::Phrase& phrase) {
  const size_t n = phrase.words.size();
  for (size_t i = 0; n > 0 && i + n <= tokens.size(); ++i) {
    size_t k = 0;
    while (k < n && WordMatches(phrase.words[k], AsciiLower(tokens[i + k]))) ++k;
    if (k == n) return true;
  }
  return false;
}

}  // namespace

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
  // A list member is written with names, determiners and <ADJECTIVE> words.
  auto list_word = [&](std::string_view w) {
    return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) || IsDeterminer(AsciiLower(w)) ||
                          adjectives_.count(AsciiLower(w)) > 0);
  };
  const std::vector<bool> keep = CommaClauseMask(tokens, ParseCommaLimits(Option("COMMA")), list_word);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!keep[i]) continue;
    s.raw.push_back(tokens[i]);
    s.lower.push_back(AsciiLower(tokens[i]));
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
    Unit u{m.begin, m.end, e.kind == dict::Entry::Kind::kAgent, {}, nullptr, {}};
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
    ActorSpan span{u.begin, u.end, SplitCodes(u.code), u.root.empty() ? u.code : u.root, false};
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

}  // namespace dyad::code
