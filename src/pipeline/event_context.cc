#include "pipeline/event_context.h"

#include <algorithm>
#include <set>

#include "code/dependency_tree.h"
#include "resolve/date_expressions.h"

namespace dyad::pipeline {

int32_t VerbToken(const Document& doc, const Event& e) {
  if (e.sentence_index >= doc.sentences.size()) return -1;
  const Sentence& s = doc.sentences[e.sentence_index];
  for (uint32_t t = s.token_begin; t < s.token_end; ++t)
    if (doc.tokens[t].begin == e.verb.begin) return static_cast<int32_t>(t);
  return -1;
}

void ResolveEventDates(const Document& doc, Date published, std::span<Event> events) {
  for (Event& e : events) {
    e.date = published;
    e.date_precision = DatePrecision::kDay;
    e.date_text.clear();
    const int32_t verb = VerbToken(doc, e);
    if (verb < 0) continue;
    const Sentence& s = doc.sentences[e.sentence_index];
    const code::DependencyTree tree(doc, s);
    const auto tense = tree.Future(static_cast<uint32_t>(verb)) ? resolve::Tense::kFuture : resolve::Tense::kPast;
    const auto dates = resolve::FindDates(doc, s, published, tense);
    if (dates.empty()) continue;
    const auto clause = tree.Clause(static_cast<uint32_t>(verb));
    auto in_clause = [&](const resolve::DateMention& d) {
      for (uint32_t t = d.token_begin; t < d.token_end; ++t)
        if (std::binary_search(clause.begin(), clause.end(), t)) return true;
      return false;
    };
    const resolve::DateMention* pick = nullptr;
    for (const auto& d : dates)
      if (in_clause(d) && !d.relative_to_other) { pick = &d; break; }
    if (pick == nullptr && dates.size() == 1 && !dates[0].relative_to_other) {
      // A lone date in the sentence dates its events unless it sits in another clause
      // that has its own verb ("talks that broke down in 2019").
      const auto& d = dates[0];
      bool other_clause = false;
      for (int32_t t = static_cast<int32_t>(d.token_begin); t >= 0; t = tree.head(static_cast<uint32_t>(t))) {
        if (t == verb) break;
        const std::string_view r = tree.rel(static_cast<uint32_t>(t));
        if (r == "acl" || r == "advcl" || r == "ccomp" || r == "conj" || r == "parataxis") {
          other_clause = !tree.Dominates(static_cast<uint32_t>(t), static_cast<uint32_t>(verb));
          if (other_clause) break;
        }
      }
      if (!other_clause) pick = &d;
    }
    if (pick == nullptr) continue;
    e.date = pick->date;
    e.date_precision = pick->precision;
    e.date_text = doc.text.substr(pick->begin, pick->end - pick->begin);
  }
}

namespace {

// The proper-name phrase headed at `t`: t with its compound and flat dependents.
std::pair<uint32_t, uint32_t> NameSpan(const code::DependencyTree& tree, uint32_t t) {
  uint32_t b = t, e = t + 1;
  for (uint32_t c : tree.children(t)) {
    const std::string_view r = tree.rel(c);
    if ((r == "compound" || r == "flat") && tree.token(c).upos == Upos::kPROPN) {
      b = std::min(b, c);
      e = std::max(e, c + 1);
    }
  }
  return {b, e};
}

}  // namespace

void ResolveEventPlaces(const Document& doc, std::span<const actors::Mention> mentions,
                        const resolve::Gazetteer& gazetteer, std::span<Event> events) {
  std::vector<std::string> context;
  {
    std::set<std::string> seen;
    for (const actors::Mention& m : mentions)
      if (!m.country.empty() && seen.insert(m.country).second) context.push_back(m.country);
  }
  for (Event& e : events) {
    e.location.reset();
    const int32_t verb = VerbToken(doc, e);
    if (verb >= 0) {
      const code::DependencyTree tree(doc, doc.sentences[e.sentence_index]);
      for (uint32_t t : tree.Clause(static_cast<uint32_t>(verb))) {
        if (tree.token(t).upos != Upos::kPROPN || (tree.rel(t) != "obl" && tree.rel(t) != "nmod")) continue;
        const std::string_view prep = tree.CaseOf(t);
        if (prep != "in" && prep != "at" && prep != "near" && prep != "outside") continue;
        const auto [b, end] = NameSpan(tree, t);
        const uint32_t byte_b = doc.tokens[b].begin, byte_e = doc.tokens[end - 1].end;
        const std::string name = doc.text.substr(byte_b, byte_e - byte_b);
        const resolve::GazetteerEntry* g = gazetteer.Resolve(name, context);
        if (g == nullptr) continue;
        Place p;
        p.name = g->name;
        p.country = g->country;
        p.region = g->admin1;
        p.lat = g->lat;
        p.lon = g->lon;
        p.geonames_id = g->geonames_id;
        p.level = g->is_country ? PlaceLevel::kCountry : PlaceLevel::kCity;
        p.text = name;
        p.begin = byte_b;
        p.end = byte_e;
        e.location = std::move(p);
        break;
      }
    }
    if (e.location) continue;
    for (const std::string* iso : {&e.target.country, &e.source.country}) {
      if (iso->empty()) continue;
      const resolve::GazetteerEntry* g = gazetteer.Country(*iso);
      if (g == nullptr) continue;
      Place p;
      p.name = g->name;
      p.country = g->country;
      p.lat = g->lat;
      p.lon = g->lon;
      p.level = PlaceLevel::kCountry;
      e.location = std::move(p);
      break;
    }
  }
}

}  // namespace dyad::pipeline
