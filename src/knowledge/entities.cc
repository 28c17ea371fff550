// One pass per sentence finds the runs of proper nouns and the dictionary phrases in it;
// each run becomes a person, an organisation or a place (or nothing: "Victory Day"), and
// the mentions add the organisations that the dictionary composes ("the Russian Defense
// Ministry" -> RUSMIL). A final merge joins one-word names to the full name they belong to
// and equal organisation names to each other.
#include "knowledge/entities.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>

#include "knowledge/name_words.h"
#include "util/ascii.h"

namespace dyad::knowledge {
namespace {

using words::Determiner;
using words::In;
using words::NonNameWord;
using words::StartsUpper;

struct Candidate {
  Entity entity;
  bool single = false;  // a one-word person name, merged into a full name if it can be
  bool from_dict = false;
  bool honorific = false;
  uint32_t token_begin = 0, token_end = 0;  // a single word: where it is, to try as a place
};

class EntityFinder {
 public:
  EntityFinder(const Document& doc, std::span<const actors::Mention> mentions,
               const dict::Dictionary& dict, Date date, const resolve::Gazetteer* gazetteer)
      : doc_(doc), mentions_(mentions), dict_(dict), date_(date), gaz_(gazetteer) {
    std::map<std::string, int> countries;
    for (const actors::Mention& m : mentions)
      if (!m.country.empty()) ++countries[m.country];
    for (const auto& [c, n] : countries) context_.push_back(c);
    std::stable_sort(context_.begin(), context_.end(),
                     [&](const std::string& a, const std::string& b) { return countries[a] > countries[b]; });
  }

  ArticleEntities Run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) Sentence(doc_.sentences[s]);
    OrganisationsFromMentions();
    ArticleEntities out;
    out.persons = MergePersons();
    out.organisations = MergeOrganisations();
    out.places = std::move(places_);
    std::sort(out.places.begin(), out.places.end(),
              [](const Place& a, const Place& b) { return a.spans[0].begin < b.spans[0].begin; });
    for (Place& p : out.places)
      std::sort(p.spans.begin(), p.spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
    return out;
  }

 private:
  std::string_view Form(uint32_t t) const { return doc_.Form(doc_.tokens[t]); }
  std::string Text(uint32_t b, uint32_t e) const {  // tokens b..e-1 as written
    return doc_.text.substr(doc_.tokens[b].begin, doc_.tokens[e - 1].end - doc_.tokens[b].begin);
  }
  Span SpanOf(uint32_t b, uint32_t e) const { return {doc_.tokens[b].begin, doc_.tokens[e - 1].end}; }

  bool ProperNoun(uint32_t t, uint32_t sentence_begin) const {
    Upos u = doc_.tokens[t].upos;
    if (u == Upos::kPROPN) return StartsUpper(Form(t));
    return u == Upos::kNone && t != sentence_begin && StartsUpper(Form(t));
  }

  // A word of a name: a proper noun, or a capitalised common noun written like a name
  // inside the sentence right before one, a given name the tagger took for a noun
  // ("Justice Clarence[NOUN] Thomas").
  bool NameWord(uint32_t t, const dyad::Sentence& s) const {
    if (ProperNoun(t, s.token_begin)) return true;
    return doc_.tokens[t].upos == Upos::kNOUN && t != s.token_begin && NameShaped(Form(t)) && t + 1 < s.token_end &&
           doc_.tokens[t + 1].upos == Upos::kPROPN && ProperNoun(t + 1, s.token_begin);
  }

  void Sentence(const dyad::Sentence& s) {
    std::vector<std::string_view> forms;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) forms.push_back(Form(t));
    std::vector<bool> titled(forms.size(), false);  // inside an agent or non-person actor phrase
    std::vector<dict::PhraseMatch> persons;
    for (const dict::PhraseMatch& m : dict_.FindAll(forms)) {
      const dict::Entry& e = dict_.entry(m.id);
      bool person = e.kind == dict::Entry::Kind::kActor &&
                    dict_.model().actors[e.index].kind == dict::ActorKind::kPerson;
      if (person) {
        persons.push_back({m.begin + s.token_begin, m.end + s.token_begin, m.id});
      } else {
        for (uint32_t k = m.begin; k < m.end; ++k) titled[k] = true;
      }
    }
    for (uint32_t t = s.token_begin; t < s.token_end;) {
      if (!NameWord(t, s)) {
        ++t;
        continue;
      }
      uint32_t e = t;
      // "Díaz-Balart": a hyphen between two attached capitalised words stays in the run.
      auto hyphen = [&](uint32_t k) {
        return k + 1 < s.token_end && Form(k) == "-" && !doc_.tokens[k - 1].space_after && !doc_.tokens[k].space_after &&
               StartsUpper(Form(k + 1));
      };
      while (e < s.token_end && (NameWord(e, s) || hyphen(e))) ++e;
      Run(t, e, persons, titled, s.token_begin);
      t = e;
    }
  }

  // A run of proper nouns [b, e).
  void Run(uint32_t b, uint32_t e, const std::vector<dict::PhraseMatch>& persons,
           const std::vector<bool>& titled, uint32_t sentence_begin) {
    // A dictionary person inside the run names the person.
    const dict::PhraseMatch* best = nullptr;
    for (const dict::PhraseMatch& m : persons)
      if (m.begin >= b && m.end <= e && (best == nullptr || m.end - m.begin > best->end - best->begin))
        best = &m;
    if (best != nullptr) {
      AddPerson(best->begin, best->end, b, DictCode(*best), true);
      return;
    }
    std::string last = AsciiLower(Form(e - 1));
    if (IsOrganisationNoun(last)) {
      uint32_t ob = b;
      // "New York Times" where the tagger made "New" an adjective.
      while (ob > sentence_begin + 1 && StartsUpper(Form(ob - 1)) && !Determiner(AsciiLower(Form(ob - 1))) &&
             doc_.tokens[ob - 1].upos == Upos::kADJ)
        --ob;
      while (ob < e && Determiner(AsciiLower(Form(ob)))) ++ob;
      // Alone, an organisation noun is a name when written like one ("Politburo", not "LLC").
      if (e - ob >= 2 || (ob < e && NameShaped(Form(ob)))) extra_orgs_.push_back({ob, e});
      return;
    }
    // One word may be a surname ("Kim") or a place: decided once all full names are known.
    if (e - b > 1 && AddPlace(b, e)) return;
    // The name begins after the last title or dictionary word; the last word may be a
    // dictionary word that is also a surname ("Steve King"), unless it never names anyone.
    uint32_t n = b;
    for (uint32_t t = b; t < e; ++t) {
      const bool last_of_name = t + 1 == e && t > b && NameShaped(Form(t - 1)) && !titled[t - 1 - sentence_begin] &&
                                !NonNameWord(AsciiLower(Form(t - 1)));
      if ((titled[t - sentence_begin] && !last_of_name) || NonNameWord(AsciiLower(Form(t)))) n = t + 1;
    }
    if (n >= e) {
      if (e - b == 1) AddPlace(b, e);
      return;
    }
    if (n > b && e - n > 1 && AddPlace(n, e)) return;
    for (uint32_t t = n; t < e; ++t) {
      if (!NameShaped(Form(t))) {
        if (e - n == 1) AddPlace(n, e);
        return;
      }
    }
    if (n == b && b > sentence_begin && In(AsciiLower(Form(b - 1)), {"the", "a", "an"})) return;
    if (e - n > 4) return;
    AddPerson(n, e, b, {}, false);
  }

  std::string DictCode(const dict::PhraseMatch& m) const {
    std::string code(dict_.CodeAt(dict_.entry(m.id), date_));
    if (code == "---" || code == "###" || code == "+++") code.clear();
    return code;
  }

  bool AddPlace(uint32_t b, uint32_t e) {
    if (gaz_ == nullptr) return false;
    std::string name = Text(b, e);
    const resolve::GazetteerEntry* g = gaz_->Resolve(name, context_);
    if (g == nullptr) return false;
    // An acronym names a country by its ISO code ("USA") or no place at all ("CNN").
    const bool acronym =
        std::none_of(name.begin(), name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (acronym && !g->is_country) g = gaz_->Country(name);
    if (g == nullptr) return false;
    for (Place& p : places_) {
      if (p.geonames_id == g->geonames_id && p.country == g->country) {
        p.spans.push_back(SpanOf(b, e));
        return true;
      }
    }
    places_.push_back({name, g->country, g->geonames_id, g->lat, g->lon, {SpanOf(b, e)}});
    return true;
  }

  // The person named by tokens [n, e); `run_begin` starts the proper-noun run.
  void AddPerson(uint32_t n, uint32_t e, uint32_t run_begin, std::string code, bool from_dict) {
    Candidate c;
    c.from_dict = from_dict;
    c.single = e - n == 1;
    // "Mr. Ryan": a one-word name after an honorific is a person even alone.
    c.honorific = c.single && n > 0 &&
                  In(AsciiLower(Form(n - 1)), {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sen.", "rep.",
                                          "gov.", "professor", "sheikh", "father"});
    c.token_begin = n;
    c.token_end = e;
    c.entity.kind = EntityKind::kPerson;
    c.entity.name = Text(n, e);
    c.entity.spans.push_back(SpanOf(n, e));
    // The mention ending with the name carries the composed code ("Russian Defense
    // Minister Sergei Shoigu": RUSMIL rather than the person's RUSGOV).
    for (const actors::Mention& m : mentions_)
      if (m.end == e && m.begin <= n && m.kind == actors::MentionKind::kPerson && m.coded()) code = m.codes[0];
    c.entity.code = std::move(code);
    std::string role = RoleBefore(n, std::min(run_begin, n));
    if (!role.empty()) c.entity.roles.push_back(std::move(role));
    persons_.push_back(std::move(c));
  }

  // The title right before a name: the chain of adjectives, nouns and possessives that
  // ends at token `n` ("Russian Defense Minister", "Mao Zedong's eldest son", "ruler"),
  // reaching at least back to `floor` (the start of the proper-noun run). Empty when none.
  std::string RoleBefore(uint32_t n, uint32_t floor) const {
    const uint32_t first = doc_.sentences[SentenceOf(n)].token_begin;
    uint32_t b = floor;
    bool noun = false;
    for (uint32_t t = floor; t < n; ++t) noun = noun || doc_.tokens[t].upos != Upos::kADJ;
    while (b > first && n - b < 6) {
      const Upos u = doc_.tokens[b - 1].upos;
      const bool possessive = u == Upos::kPART && b >= first + 2 && doc_.tokens[b - 2].upos == Upos::kPROPN;
      if (u != Upos::kNOUN && u != Upos::kPROPN && u != Upos::kADJ && !possessive) break;
      if (Determiner(AsciiLower(Form(b - 1)))) break;
      noun = noun || u != Upos::kADJ;
      --b;
    }
    if (b == n || !noun) return {};
    return Text(b, n);
  }

  uint32_t SentenceOf(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t tok, const dyad::Sentence& s) { return tok < s.token_begin; });
    return static_cast<uint32_t>(it - doc_.sentences.begin()) - 1;
  }

  // The organisation's name inside a mention: without leading determiners and lower-case
  // modifiers before a capitalised word ("moderate Syrian rebels" -> "Syrian rebels",
  // "acronyms ISIL" -> "ISIL"), and cut before a possessive ("ISIL's momentum" -> "ISIL")
  // or a number after a capitalised word ("Islamic State nine months").
  std::pair<uint32_t, uint32_t> NameWithin(const actors::Mention& m) const {
    uint32_t b = m.begin, e = m.end;
    while (b < m.head && Determiner(AsciiLower(Form(b)))) ++b;
    uint32_t first_upper = b;
    while (first_upper < e && !StartsUpper(Form(first_upper)) &&
           (doc_.tokens[first_upper].upos == Upos::kADJ || doc_.tokens[first_upper].upos == Upos::kNOUN))
      ++first_upper;
    if (first_upper < e && first_upper <= m.head && StartsUpper(Form(first_upper))) b = first_upper;
    for (uint32_t t = b + 1; t < e; ++t) {
      const Upos u = doc_.tokens[t].upos;
      if (u == Upos::kPART || (u == Upos::kNUM && StartsUpper(Form(t - 1)))) {
        e = t;
        break;
      }
    }
    return {b, e};
  }

  void OrganisationsFromMentions() {
    std::vector<Span> taken;
    auto inside = [&](Span s) {
      return std::any_of(taken.begin(), taken.end(),
                         [&](Span t) { return t.begin <= s.begin && s.end <= t.end; });
    };
    std::vector<std::pair<uint32_t, uint32_t>> found;  // token spans
    std::vector<std::string> codes;
    for (const actors::Mention& m : mentions_) {
      if (!IsOrganisation(m)) continue;
      auto [b, e] = NameWithin(m);
      if (b >= e) continue;
      found.push_back({b, e});
      codes.push_back(m.coded() ? m.codes[0] : std::string());
    }
    for (auto [b, e] : extra_orgs_) {
      found.push_back({b, e});
      codes.emplace_back();
    }
    std::vector<size_t> order(found.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return found[x].first != found[y].first ? found[x].first < found[y].first
                                              : found[x].second > found[y].second;
    });
    for (size_t i : order) {
      auto [b, e] = found[i];
      std::string code = codes[i];
      // "the Politburo of the Chinese Communist Party": one organisation.
      if (e + 1 < doc_.tokens.size() && AsciiLower(Form(e)) == "of") {
        for (size_t j : order) {
          uint32_t jb = found[j].first;
          uint32_t skip = e + 1;
          while (skip < jb && Determiner(AsciiLower(Form(skip)))) ++skip;
          if (skip != jb) continue;
          if (code.empty()) code = codes[j];
          e = found[j].second;
          break;
        }
      }
      Span span = SpanOf(b, e);
      if (inside(span)) continue;
      taken.push_back(span);
      Candidate c;
      c.entity.kind = EntityKind::kOrganisation;
      c.entity.name = Text(b, e);
      c.entity.code = code;
      c.entity.spans.push_back(span);
      orgs_.push_back(std::move(c));
    }
  }

  bool IsOrganisation(const actors::Mention& m) const {
    using K = actors::MentionKind;
    if (m.how == actors::Resolution::kReference) return false;
    if (m.kind == K::kIgo || m.kind == K::kGroup) return true;
    if (m.kind != K::kState && m.kind != K::kAgentOnly && m.kind != K::kUnknown) return false;
    if (!IsOrganisationNoun(AsciiLower(Form(m.head)))) return false;
    if (StartsUpper(Form(m.head)) && m.head != doc_.sentences[m.sentence].token_begin) return true;
    for (uint32_t t = m.begin; t < m.head; ++t)
      if (StartsUpper(Form(t)) && !Determiner(AsciiLower(Form(t)))) return true;
    return false;
  }

  std::vector<Entity> MergePersons() {
    std::vector<Entity> out;
    // How a one-word name joins a full name: as its last word (a surname), or as its first
    // word when the dictionary knows the full name ("Kim" of Kim Jong Un). 0: not at all.
    auto joins = [&](const Entity& full, const std::string& word, bool full_from_dict) {
      const std::string& n = full.name;
      if (n.size() > word.size() && n.ends_with(word) && n[n.size() - word.size() - 1] == ' ') return 2;
      if (full_from_dict && n.size() > word.size() && n.starts_with(word) && n[word.size()] == ' ') return 1;
      return 0;
    };
    std::vector<bool> dict_known;
    // Full names first, so that a surname seen before its full name still joins it.
    for (int pass = 0; pass < 2; ++pass) {
      for (Candidate& c : persons_) {
        if (c.single != (pass == 1)) continue;
        Entity* into = nullptr;
        int how = 0;
        int64_t near = -1;  // among equal joins, the full name last seen before this word
        const uint32_t at = c.entity.spans[0].begin;
        for (size_t i = 0; i < out.size(); ++i) {
          if (out[i].name == c.entity.name) {
            into = &out[i];
            break;
          }
          const int j = c.single ? joins(out[i], c.entity.name, dict_known[i]) : 0;
          if (j == 0) continue;
          int64_t last_before = -1;
          for (Span sp : out[i].spans)
            if (sp.begin < at) last_before = std::max<int64_t>(last_before, sp.begin);
          if (j > how || (j == how && last_before > near)) into = &out[i], how = j, near = last_before;
        }
        if (into == nullptr && c.single && !c.from_dict && !c.honorific) {
          AddPlace(c.token_begin, c.token_end);
          continue;
        }
        if (into == nullptr) {
          out.push_back(std::move(c.entity));
          dict_known.push_back(c.from_dict);
          continue;
        }
        into->spans.push_back(c.entity.spans[0]);
        for (std::string& r : c.entity.roles)
          if (std::find(into->roles.begin(), into->roles.end(), r) == into->roles.end())
            into->roles.push_back(std::move(r));
        if (into->code.empty()) into->code = c.entity.code;
      }
    }
    for (Entity& e : out) std::sort(e.spans.begin(), e.spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) { return a.spans[0].begin < b.spans[0].begin; });
    return out;
  }

  std::vector<Entity> MergeOrganisations() {
    std::vector<Entity> out;
    for (Candidate& c : orgs_) {
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const Entity& e) { return AsciiLower(e.name) == AsciiLower(c.entity.name); });
      if (it == out.end()) {
        out.push_back(std::move(c.entity));
      } else {
        it->spans.push_back(c.entity.spans[0]);
        if (it->code.empty()) it->code = c.entity.code;
      }
    }
    std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) { return a.spans[0].begin < b.spans[0].begin; });
    return out;
  }

  const Document& doc_;
  std::span<const actors::Mention> mentions_;
  const dict::Dictionary& dict_;
  Date date_;
  const resolve::Gazetteer* gaz_;
  std::vector<std::string> context_;
  std::vector<Candidate> persons_, orgs_;
  std::vector<std::pair<uint32_t, uint32_t>> extra_orgs_;
  std::vector<Place> places_;
};

}  // namespace

ArticleEntities FindEntities(const Document& doc, std::span<const actors::Mention> mentions,
                             const dict::Dictionary& dict, Date date,
                             const resolve::Gazetteer* gazetteer) {
  return EntityFinder(doc, mentions, dict, date, gazetteer).Run();
}

}  // namespace dyad::knowledge
