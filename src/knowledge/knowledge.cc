// Analyse runs the three finders (entities, themes, quotations) and then resolves each
// quotation's speaker: a person or organisation named inside the speaker's words wins;
// "he" or "she" is the person last named as a subject (or as the speaker of a quotation)
// in the paragraphs just before, as news reports chain their quotes; otherwise the mention
// there ("they", "the ministry") is followed back through its antecedents.
#include "knowledge/knowledge.h"
#include "util/ascii.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace dyad::knowledge {
namespace {

bool Inside(Span inner, Span outer) { return outer.begin <= inner.begin && inner.end <= outer.end; }

class SpeakerResolver {
 public:
  SpeakerResolver(const Document& doc, std::span<const actors::Mention> mentions,
                  const ArticleKnowledge& k)
      : doc_(doc), mentions_(mentions), k_(k) {}

  Speaker Resolve(const Quote& q) {
    Speaker s;
    s.span = {q.speaker_begin, q.speaker_end};
    s.text = doc_.text.substr(q.speaker_begin, q.speaker_end - q.speaker_begin);
    s.name = s.text;
    // The outermost mention inside the speaker's words.
    const actors::Mention* best = nullptr;
    for (const actors::Mention& m : mentions_) {
      if (m.begin < q.speaker_token_begin || m.end > q.speaker_token_end) continue;
      if (best == nullptr || m.end - m.begin > best->end - best->begin) best = &m;
    }
    if (best != nullptr) s.code = Codes(*best);
    if (const Entity* e = EntityIn(s.span)) {
      s.name = e->name;
      if (s.code.empty()) s.code = e->code;
      speakers_.push_back({s.span.begin, e});
      return s;
    }
    // "he", "she", and singular definite descriptions ("the legal expert", "the
    // 56-year-old", "the paper", "his wife"): the person (for a description, or the
    // organisation) last named as a subject or a speaker; for a pronoun, failing that, the
    // person last named at all.
    const std::string lower = AsciiLower(s.text);
    const bool pronoun = lower == "he" || lower == "she";
    const Token& last = doc_.tokens[q.speaker_token_end - 1];
    const bool definite = (lower.starts_with("the ") || lower.starts_with("his ") || lower.starts_with("her ")) &&
                          std::islower(static_cast<unsigned char>(doc_.Form(last)[0])) &&
                          XposName(last.xpos) != "NNS";  // "the two lawmakers" are not one person
    if (pronoun || definite) {
      const Entity* e = LastSubject(q.speaker_token_begin, /*organisations=*/definite, /*any=*/false);
      if (e == nullptr && pronoun) e = LastSubject(q.speaker_token_begin, false, /*any=*/true);
      if (e != nullptr) {
        s.name = e->name;
        s.code = e->code;
        return s;
      }
    }
    // "he said": follow the reference back to what it names.
    const actors::Mention* m = best;
    for (int hops = 0; m != nullptr && !m->antecedents.empty() && hops < 8; ++hops) {
      const actors::Mention& a = mentions_[m->antecedents[0]];
      if (const Entity* e = EntityIn({a.byte_begin, a.byte_end})) {
        s.name = e->name;
        if (s.code.empty()) s.code = e->code;
        return s;
      }
      m = &a;
    }
    return s;
  }

 private:
  static std::string Codes(const actors::Mention& m) {
    std::string out;
    for (const std::string& c : m.codes) out += (out.empty() ? "" : ",") + c;
    return out;
  }

  static std::string AsciiLower(std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  // A person (else an organisation) with an occurrence inside `span`; the rightmost, which
  // is the head of "Trump's campaign manager Corey Lewandowski".
  const Entity* EntityIn(Span span) const {
    for (const auto* list : {&k_.persons, &k_.organisations}) {
      const Entity* best = nullptr;
      uint32_t at_best = 0;
      for (const Entity& e : *list)
        for (Span at : e.spans)
          if (Inside(at, span) && (best == nullptr || at.begin > at_best)) best = &e, at_best = at.begin;
      if (best != nullptr) return best;
    }
    return nullptr;
  }

  // True when the name spanning `span` is the subject of a main clause: its last token,
  // climbing through flat names, compounds and appositions, is an nsubj of the root (or of
  // a clause coordinated or set beside it, or of an adverbial clause before its head); or, as
  // parsers often miss
  // "Lauren Evans, 19, fled", the name opens its sentence.
  bool IsSubject(Span span) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), span.end,
                               [](const Token& t, uint32_t e) { return t.end < e; });
    if (it == doc_.tokens.end() || it->end != span.end) return false;
    int32_t t = static_cast<int32_t>(it - doc_.tokens.begin());
    for (const Sentence& s : doc_.sentences)
      if (s.token_begin <= static_cast<uint32_t>(t) && static_cast<uint32_t>(t) < s.token_end)
        if (doc_.tokens[s.token_begin].begin == span.begin) return true;
    for (int hops = 0; t >= 0 && hops < 6; ++hops) {
      std::string_view rel = DeprelName(doc_.tokens[t].deprel);
      if (rel.starts_with("nsubj")) {
        const int32_t verb = doc_.tokens[t].head;
        if (verb < 0) return true;
        std::string_view vrel = DeprelName(doc_.tokens[verb].deprel);
        // A subordinate clause before its main clause names the sentence's topic too ("When
        // President Donald Trump was considering[advcl] options, he grew frustrated").
        const bool fronted = vrel == "advcl" && doc_.tokens[verb].head > verb;
        return vrel == "root" || vrel == "conj" || vrel == "parataxis" || fronted;
      }
      if (!rel.starts_with("flat") && !rel.starts_with("compound") && rel != "appos") return false;
      t = doc_.tokens[t].head;
    }
    return false;
  }

  // The person (with `organisations`, or organisation) last named as a subject, or as a
  // quotation's speaker, before `token`, within the two paragraphs before its own; with
  // `any`, last named in any role.
  const Entity* LastSubject(uint32_t token, bool organisations, bool any) const {
    const uint32_t before = doc_.tokens[token].begin;
    uint32_t paragraph = 0, floor_paragraph = 0;
    for (const Sentence& s : doc_.sentences)
      if (s.token_begin <= token && token < s.token_end) paragraph = s.paragraph;
    floor_paragraph = paragraph >= 2 ? paragraph - 2 : 0;
    uint32_t floor = 0;
    for (const Sentence& s : doc_.sentences)
      if (s.paragraph == floor_paragraph) {
        floor = s.begin;
        break;
      }
    const Entity* best = nullptr;
    uint32_t at_best = 0;
    for (const auto* list : {&k_.persons, &k_.organisations}) {
      if (list == &k_.organisations && !organisations) continue;
      for (const Entity& e : *list)
        for (Span at : e.spans)
          if (at.end <= before && at.begin >= floor && (best == nullptr || at.begin > at_best) &&
              (any || IsSubject(at)))
            best = &e, at_best = at.begin;
    }
    for (const auto& [at, e] : speakers_)
      if (at < before && at >= floor && (best == nullptr || at > at_best)) best = e, at_best = at;
    return best;
  }

  const Document& doc_;
  std::span<const actors::Mention> mentions_;
  const ArticleKnowledge& k_;
  std::vector<std::pair<uint32_t, const Entity*>> speakers_;  // named speakers so far
};

nlohmann::ordered_json Offsets(const std::vector<Span>& spans) {
  auto out = nlohmann::ordered_json::array();
  for (Span s : spans) out.push_back({s.begin, s.end});
  return out;
}

nlohmann::ordered_json EntityJson(const Entity& e) {
  nlohmann::ordered_json j;
  j["name"] = e.name;
  j["code"] = e.code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.code);
  j["roles"] = e.roles;
  j["count"] = e.count();
  j["offsets"] = Offsets(e.spans);
  return j;
}

}  // namespace

ArticleKnowledge Analyse(const Document& doc, std::span<const actors::Mention> mentions,
                         const dict::Dictionary& dict, Date date, const Themes* themes,
                         const resolve::Gazetteer* gazetteer) {
  ArticleKnowledge k;
  k.date = date;
  ArticleEntities entities = FindEntities(doc, mentions, dict, date, gazetteer);
  k.persons = std::move(entities.persons);
  k.organisations = std::move(entities.organisations);
  k.locations = std::move(entities.places);
  if (themes != nullptr) {
    for (ThemeCount& c : themes->OfArticle(doc)) {
      const Theme& t = themes->theme(c.theme);
      k.themes.push_back({t.code, t.label, c.count, std::move(c.sentences)});
    }
  }
  SpeakerResolver resolver(doc, mentions, k);
  for (const Quote& q : FindQuotes(doc)) {
    Quotation out;
    out.quote = q;
    out.text = doc.text.substr(q.begin, q.end - q.begin);
    out.has_speaker = q.has_speaker;
    if (q.has_speaker) out.speaker = resolver.Resolve(q);
    k.quotations.push_back(std::move(out));
  }
  return k;
}

std::string KnowledgeJson(const ArticleKnowledge& k, std::string_view article_id, std::string_view url) {
  nlohmann::ordered_json j;
  j["article_id"] = article_id;
  j["date"] = k.date.ToString();
  j["url"] = url.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(url);
  j["persons"] = nlohmann::ordered_json::array();
  for (const Entity& e : k.persons) j["persons"].push_back(EntityJson(e));
  j["organisations"] = nlohmann::ordered_json::array();
  for (const Entity& e : k.organisations) j["organisations"].push_back(EntityJson(e));
  j["locations"] = nlohmann::ordered_json::array();
  for (const Place& p : k.locations) {
    j["locations"].push_back({{"name", p.name},
                              {"country", p.country},
                              {"geonames_id", p.geonames_id},
                              {"lat", p.lat},
                              {"lon", p.lon},
                              {"count", p.count()},
                              {"offsets", Offsets(p.spans)}});
  }
  j["themes"] = nlohmann::ordered_json::array();
  for (const ArticleTheme& t : k.themes)
    j["themes"].push_back({{"code", t.code}, {"label", t.label}, {"count", t.count}, {"sentences", t.sentences}});
  j["quotations"] = nlohmann::ordered_json::array();
  for (const Quotation& q : k.quotations) {
    nlohmann::ordered_json r;
    r["kind"] = q.quote.kind == QuoteKind::kDirect ? "direct" : "indirect";
    r["text"] = q.text;
    r["begin"] = q.quote.begin;
    r["end"] = q.quote.end;
    r["sentences"] = {q.quote.sentence_first, q.quote.sentence_last};
    if (q.has_speaker) {
      r["speaker"] = {{"text", q.speaker.text},
                      {"begin", q.speaker.span.begin},
                      {"end", q.speaker.span.end},
                      {"name", q.speaker.name},
                      {"code", q.speaker.code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(q.speaker.code)},
                      {"inherited", q.quote.speaker_inherited}};
    } else {
      r["speaker"] = nullptr;
    }
    j["quotations"].push_back(std::move(r));
  }
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dyad::knowledge
