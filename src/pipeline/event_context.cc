#include "pipeline/event_context.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <span>

#include "code/dependency_tree.h"
#include "resolve/date_expressions.h"
#include "util/ascii.h"

namespace dyad::pipeline {

int32_t VerbToken(const Document& doc, const Event& e) {
  if (e.sentence_index >= doc.sentences.size()) return -1;
  const Sentence& s = doc.sentences[e.sentence_index];
  for (uint32_t t = s.token_begin; t < s.token_end; ++t)
    if (doc.tokens[t].begin == e.verb.begin) return static_cast<int32_t>(t);
  return -1;
}

namespace {

// The tree of an event's sentence, built once for the events of one sentence in a row (an
// event and its pair, "visited" and "hosted", share one).
class SentenceTrees {
 public:
  explicit SentenceTrees(const Document& doc) : doc_(doc) {}
  const code::DependencyTree& Of(uint32_t sentence) {
    if (tree_ == nullptr || sentence_ != sentence) {
      tree_.reset();
      tree_ = std::make_unique<code::DependencyTree>(doc_, doc_.sentences[sentence]);
      sentence_ = sentence;
    }
    return *tree_;
  }

 private:
  const Document& doc_;
  std::unique_ptr<code::DependencyTree> tree_;
  uint32_t sentence_ = 0;
};

}  // namespace

void ResolveEventDates(const Document& doc, Date published, std::span<Event> events) {
  SentenceTrees trees(doc);
  for (Event& e : events) {
    e.date = published;
    e.date_precision = DatePrecision::kDay;
    e.date_text.clear();
    const int32_t verb = VerbToken(doc, e);
    if (verb < 0) continue;
    const Sentence& s = doc.sentences[e.sentence_index];
    const code::DependencyTree& tree = trees.Of(e.sentence_index);
    const auto tense = tree.Future(static_cast<uint32_t>(verb)) ? resolve::Tense::kFuture : resolve::Tense::kPast;
    auto dates = resolve::FindDates(doc, s, published, tense);
    // A year that names a thing ("the 2015 deal", "his 2012 trip") dates that thing alone
    // (or the parse hung it on the thing's possessor: "Putin's 2014 annexation").
    std::erase_if(dates, [&](const resolve::DateMention& d) {
      if (!d.names_noun) return false;
      const int32_t h = tree.head(d.token_begin);
      return h != verb && !(h >= 0 && tree.head(static_cast<uint32_t>(h)) == verb &&
                            tree.full_rel(static_cast<uint32_t>(h)) == "nmod:poss");
    });
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
      // Nor a verb in a clause of its own that the date is outside of ("the mercenaries who
      // fought alongside the army" under "in November 2022 a delivery went to ...").
      for (int32_t t = verb; !other_clause && t >= 0; t = tree.head(static_cast<uint32_t>(t))) {
        const std::string_view r = tree.rel(static_cast<uint32_t>(t));
        if ((r == "acl" || r == "advcl" || r == "ccomp" || r == "parataxis") &&
            !tree.Dominates(static_cast<uint32_t>(t), d.token_begin))
          other_clause = true;
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

// The proper-name phrase headed at `t`: t with those of its dependents `children` that are
// proper nouns whose relation (`rel_of`, without its subtype) is compound or flat.
template <typename RelOf>
std::pair<uint32_t, uint32_t> NameSpan(const Document& doc, uint32_t t, std::span<const uint32_t> children,
                                       RelOf rel_of) {
  uint32_t b = t, e = t + 1;
  for (uint32_t c : children) {
    const std::string_view r = rel_of(c);
    if ((r == "compound" || r == "flat") && doc.tokens[c].upos == Upos::kPROPN) {
      b = std::min(b, c);
      e = std::max(e, c + 1);
    }
  }
  return {b, e};
}

std::pair<uint32_t, uint32_t> NameSpan(const code::DependencyTree& tree, const Document& doc, uint32_t t) {
  return NameSpan(doc, t, tree.children(t), [&](uint32_t c) { return tree.rel(c); });
}

Place PlaceOf(const resolve::GazetteerEntry& g) {
  Place p;
  p.name = g.name;
  p.country = g.country;
  p.region = g.admin1;
  p.lat = g.lat;
  p.lon = g.lon;
  p.geonames_id = g.geonames_id;
  p.level = g.is_country ? PlaceLevel::kCountry : PlaceLevel::kCity;
  return p;
}

// The cities the article places something in ("in Pyongyang", "at Osgiliath"), by
// country, when a country has exactly one.
std::map<std::string, const resolve::GazetteerEntry*> ArticleCities(const Document& doc,
                                                                    const resolve::Gazetteer& gazetteer,
                                                                    const std::vector<std::string>& context) {
  std::map<std::string, const resolve::GazetteerEntry*> one;
  std::set<std::string> several;
  // Read on the parse as it is, without the coder's repairs (a tree for every sentence of the
  // article would cost more than the rest of placing its events): a proper noun whose first
  // case or mark dependent is "in" or "at", with its compound and flat proper nouns.
  std::vector<int32_t> first_case;
  std::vector<uint32_t> children;
  auto rel_of = [&](uint32_t t) {
    const std::string_view r = DeprelName(doc.tokens[t].deprel);
    return r.substr(0, r.find(':'));
  };
  for (const Sentence& s : doc.sentences) {
    const int32_t sb = static_cast<int32_t>(s.token_begin), se = static_cast<int32_t>(s.token_end);
    first_case.assign(s.token_end - s.token_begin, -1);
    for (uint32_t u = s.token_begin; u < s.token_end; ++u) {
      const std::string_view r = rel_of(u);
      const int32_t h = doc.tokens[u].head;
      if ((r == "case" || r == "mark") && h >= sb && h < se && first_case[h - sb] < 0)
        first_case[h - sb] = static_cast<int32_t>(u);
    }
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (doc.tokens[t].upos != Upos::kPROPN || first_case[t - s.token_begin] < 0) continue;
      const std::string prep =
          AsciiLower(doc.Form(doc.tokens[static_cast<uint32_t>(first_case[t - s.token_begin])]));
      if (prep != "in" && prep != "at") continue;
      children.clear();
      for (uint32_t c = s.token_begin; c < s.token_end; ++c)
        if (doc.tokens[c].head == static_cast<int32_t>(t)) children.push_back(c);
      const auto [b, e] = NameSpan(doc, t, children, rel_of);
      const resolve::GazetteerEntry* g =
          gazetteer.Resolve(doc.text.substr(doc.tokens[b].begin, doc.tokens[e - 1].end - doc.tokens[b].begin), context);
      if (g == nullptr || g->is_country || several.count(g->country)) continue;
      auto [it, fresh] = one.emplace(g->country, g);
      if (!fresh && it->second != g) {
        one.erase(it);
        several.insert(g->country);
      }
    }
  }
  return one;
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
  std::unique_ptr<std::map<std::string, const resolve::GazetteerEntry*>> cities;  // built when needed
  SentenceTrees trees(doc);
  for (Event& e : events) {
    e.location.reset();
    const int32_t verb = VerbToken(doc, e);
    if (verb >= 0) {
      const code::DependencyTree& tree = trees.Of(e.sentence_index);
      const auto outside_subject = tree.Complement(static_cast<uint32_t>(verb));
      for (uint32_t t : tree.Clause(static_cast<uint32_t>(verb))) {
        if (!std::binary_search(outside_subject.begin(), outside_subject.end(), t)) continue;  // "the leadership in Beijing sent ..."
        if (tree.token(t).upos != Upos::kPROPN || (tree.rel(t) != "obl" && tree.rel(t) != "nmod")) continue;
        const std::string_view prep = tree.CaseOf(t);
        if (prep != "in" && prep != "at" && prep != "near" && prep != "outside") continue;
        const auto [b, end] = NameSpan(tree, doc, t);
        const uint32_t byte_b = doc.tokens[b].begin, byte_e = doc.tokens[end - 1].end;
        const std::string name = doc.text.substr(byte_b, byte_e - byte_b);
        const resolve::GazetteerEntry* g = gazetteer.Resolve(name, context);
        if (g == nullptr) continue;
        Place p = PlaceOf(*g);
        p.text = name;
        p.begin = byte_b;
        p.end = byte_e;
        e.location = std::move(p);
        break;
      }
    }
    if (e.location) continue;
    // Where one goes or strikes is the place the destination names: "sent Li Hongzhong to
    // Pyongyang", "shelled Kharkiv". A hosting (043) happens where its source is.
    const std::string_view root = std::string_view(e.cameo).substr(0, 2);
    const EventActor& there = e.cameo == "043" ? e.source : e.target;
    const EventActor& other = e.cameo == "043" ? e.target : e.source;
    if (!there.text.empty() && (root == "04" || root == "18" || root == "19" || root == "20")) {
      const resolve::GazetteerEntry* g = gazetteer.Resolve(there.text, context);
      if (g != nullptr && !g->is_country) {
        e.location = PlaceOf(*g);
        e.location->text = there.text;
        e.location->begin = there.begin;
        e.location->end = there.end;
        continue;
      }
    }
    for (const std::string* iso : {&there.country, &other.country}) {
      if (iso->empty()) continue;
      // For physical events, the one city of that country the article places things in;
      // else the country.
      const bool physical = root == "04" || root == "14" || root == "15" || root == "17" || root == "18" ||
                            root == "19" || root == "20";
      if (!physical) {
        if (const resolve::GazetteerEntry* g = gazetteer.Country(*iso)) {
          e.location = PlaceOf(*g);
          break;
        }
        continue;
      }
      if (cities == nullptr) cities = std::make_unique<std::map<std::string, const resolve::GazetteerEntry*>>(
                                 ArticleCities(doc, gazetteer, context));
      auto city = cities->find(*iso);
      const resolve::GazetteerEntry* g = city != cities->end() ? city->second : gazetteer.Country(*iso);
      if (g == nullptr) continue;
      e.location = PlaceOf(*g);
      break;
    }
  }
}

}  // namespace dyad::pipeline
