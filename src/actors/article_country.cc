#include "actors/article_country.h"

#include <algorithm>
#include <map>

#include "util/ascii.h"

namespace dyad::actors {
namespace {

// Sectors a country has inside it. Media, refugees, migrants, NGOs and the like are as
// often foreign to the story's country as its own, and are left without one.
constexpr std::string_view kDomestic[] = {"GOV", "LEG", "MIL", "COP", "JUD", "OPP", "REB", "INS", "SEP", "SPY",
                                          "PTY", "CVL", "LAB", "EDU", "HLH", "BUS", "ELI", "AGR", "CRM", "UAF"};

// Words that place the actor outside the story's country, or make it several countries'.
constexpr std::string_view kElsewhere[] = {
    "foreign",  "world",    "international", "western",  "global",  "overseas", "other",     "regional",
    "allied",   "coalition", "multinational", "two",     "both",    "three",    "several",   "european",
    "arab",     "african",  "asian",         "gulf",     "visiting", "exiled",  "exile",     "abroad",
    "worldwide", "counterpart", "counterparts", "neighboring", "neighbouring", "rival", "enemy", "opposing",
    "countries", "nations",
    // People who have come from elsewhere, and heads of state in the plural (of several
    // states, mostly: "the presidents of those countries", "the leaders met").
    "migrant", "migrants", "immigrant", "immigrants", "refugee", "refugees", "asylum", "foreigners",
    "expatriates", "tourists", "diaspora", "presidents", "premiers", "leaders", "kings", "monarchs",
    "chancellors"};

bool Counts(const Mention& m) {
  if (m.country.empty() || m.codes.empty()) return false;
  if (m.how != Resolution::kPhrase && m.how != Resolution::kComposed) return false;
  return m.kind == MentionKind::kState || m.kind == MentionKind::kPerson || m.kind == MentionKind::kGroup;
}

bool Elsewhere(const Document& doc, const Mention& m) {
  for (uint32_t t = m.begin; t < m.end && t < doc.tokens.size(); ++t) {
    const std::string w = AsciiLower(doc.Form(doc.tokens[t]));
    if (std::find(std::begin(kElsewhere), std::end(kElsewhere), w) != std::end(kElsewhere)) return true;
  }
  return false;
}

}  // namespace

bool IsDomesticSector(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (size_t i = 0; i < code.size(); i += 3) {
    const std::string_view part = code.substr(i, 3);
    if (std::find(std::begin(kDomestic), std::end(kDomestic), part) == std::end(kDomestic)) return false;
  }
  return true;
}

std::string ArticleCountry(std::span<const Mention> mentions, const ArticleCountryOptions& options) {
  std::map<std::string, int> count;
  for (const Mention& m : mentions)
    if (Counts(m)) ++count[m.country];
  std::string best;
  int first = 0, second = 0;
  for (const auto& [country, n] : count) {
    if (n > first) {
      second = first;
      first = n;
      best = country;
    } else if (n > second) {
      second = n;
    }
  }
  if (first < options.min_mentions || first < options.min_ratio * second) return "";
  return best;
}

std::vector<bool> TakesArticleCountry(const Document& doc, std::span<const Mention> mentions) {
  std::vector<bool> takes(mentions.size(), false);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    takes[i] = m.kind == MentionKind::kAgentOnly && m.how == Resolution::kAgent && m.codes.size() == 1 &&
               m.country.empty() && IsDomesticSector(m.codes[0]) && !Elsewhere(doc, m);
  }
  // References point to mentions coded from the dictionary (or to compounds of them).
  auto all_take = [&](const std::vector<uint32_t>& from) {
    return !from.empty() && std::all_of(from.begin(), from.end(), [&](uint32_t a) {
      if (a >= mentions.size()) return false;
      if (takes[a]) return true;
      const Mention& x = mentions[a];
      return x.kind == MentionKind::kCompound && !x.parts.empty() &&
             std::all_of(x.parts.begin(), x.parts.end(), [&](uint32_t p) { return p < takes.size() && takes[p]; });
    });
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.how == Resolution::kReference && m.country.empty() && !Elsewhere(doc, m)) takes[i] = all_take(m.antecedents);
  }
  return takes;
}

size_t GiveArticleCountry(const Document& doc, std::span<const Mention> mentions, std::string_view country,
                          std::vector<Event>* events) {
  if (country.size() != 3 || events->empty()) return 0;
  const std::vector<bool> takes = TakesArticleCountry(doc, mentions);
  // The new code of an actor, or "" when it keeps its own. Mentions come in text order,
  // so those starting where the actor's words start are found by bisection.
  auto fresh = [&](const EventActor& a) -> std::string {
    if (!a.country.empty() || !IsDomesticSector(a.code)) return "";
    auto it = std::lower_bound(mentions.begin(), mentions.end(), a.begin,
                               [](const Mention& m, uint32_t b) { return m.byte_begin < b; });
    for (; it != mentions.end() && it->byte_begin == a.begin; ++it)
      if (takes[static_cast<size_t>(it - mentions.begin())] && it->byte_end == a.end &&
          std::find(it->codes.begin(), it->codes.end(), a.code) != it->codes.end())
        return std::string(country) + a.code;
    return "";
  };
  auto give = [&](EventActor* a, const std::string& code) {
    a->code = code;
    a->country = std::string(country);
  };
  // Sentences that name another country: there a bare sector may well be that country's
  // ("In Germany, ... a minister of cabinet rank", "conceding what French authorities said").
  std::vector<bool> foreign(doc.sentences.size(), false);
  for (const Mention& m : mentions)
    if (!m.country.empty() && m.country != country && m.sentence < foreign.size() && m.kind != MentionKind::kIgo)
      foreign[m.sentence] = true;
  size_t changed = 0;
  for (Event& e : *events) {
    if (e.sentence_index < foreign.size() && foreign[e.sentence_index]) continue;
    const std::string s = fresh(e.source), t = fresh(e.target);
    const std::string& s_after = s.empty() ? e.source.code : s;
    const std::string& t_after = t.empty() ? e.target.code : t;
    if (!s_after.empty() && s_after == t_after) continue;  // one actor on both sides: keep them apart
    if (!s.empty()) give(&e.source, s), ++changed;
    if (!t.empty()) give(&e.target, t), ++changed;
    for (auto* group : {&e.source_group, &e.target_group})
      for (EventActor& a : *group)
        if (const std::string g = fresh(a); !g.empty()) give(&a, g);
  }
  if (changed == 0) return 0;
  // Two events of a sentence may now be one: "LEG -> X" and "USALEG -> X". Events come
  // in sentence order, so only the kept events of the same sentence are looked at.
  std::vector<Event> kept;
  kept.reserve(events->size());
  for (Event& e : *events) {
    bool repeat = false;
    for (auto k = kept.rbegin(); k != kept.rend() && k->sentence_index == e.sentence_index && !repeat; ++k)
      repeat = k->cameo == e.cameo && k->source.code == e.source.code && k->target.code == e.target.code &&
               k->date == e.date;
    if (!repeat) kept.push_back(std::move(e));
  }
  *events = std::move(kept);
  return changed;
}

}  // namespace dyad::actors
