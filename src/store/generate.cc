// The generator draws every choice from a SplitMix64 stream seeded by (seed, index).
#include "store/generate.h"

#include <string>

#include "util/hash.h"

namespace dyad::store {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t s) : s_(s) {}
  uint64_t Next() { return SplitMix64Finish(s_ += 0x9e3779b97f4a7c15ULL); }
  uint64_t Below(uint64_t n) { return Next() % n; }

 private:
  uint64_t s_;
};

constexpr const char* kCountries[] = {
    "USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IRN", "ISR", "PSE", "SYR", "TUR",
    "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "JPN", "KOR", "PRK", "BRA", "MEX", "COL",
    "VEN", "NGA", "ETH", "SDN", "SOM", "KEN", "ZAF", "LBY", "YEM", "LBN", "JOR", "QAT",
    "POL", "ITA", "ESP", "CAN"};
constexpr int kNumCountries = sizeof(kCountries) / sizeof(kCountries[0]);
constexpr const char* kSectors[] = {"", "GOV", "MIL", "OPP", "BUS"};

struct Verb {
  const char* cameo;
  double goldstein;
  const char* text;
  const char* lemma;
  const char* plover;
};
constexpr Verb kVerbs[] = {
    {"010", 0.0, "said", "say", ""},          {"036", 4.0, "offered talks to", "offer", "CONSULT"},
    {"042", 1.9, "visited", "visit", "CONSULT"}, {"043", 2.8, "hosted", "host", "CONSULT"},
    {"051", 3.4, "praised", "praise", "COOPERATE"}, {"057", 8.0, "signed a treaty with", "sign", "AGREE"},
    {"061", 6.4, "traded with", "trade", "COOPERATE"}, {"071", 7.4, "sent aid to", "send", "AID"},
    {"111", -2.0, "criticized", "criticize", "DISAPPROVE"}, {"112", -2.0, "accused", "accuse", "DISAPPROVE"},
    {"130", -4.4, "threatened", "threaten", "THREATEN"}, {"141", -6.5, "protested against", "protest", "PROTEST"},
    {"173", -5.0, "arrested members of", "arrest", "SEIZE"}, {"190", -10.0, "fought", "fight", "FIGHT"},
    {"193", -10.0, "attacked", "attack", "FIGHT"}};
constexpr int kNumVerbs = sizeof(kVerbs) / sizeof(kVerbs[0]);

int QuadClassOf(const char* cameo) {
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
}

EventActor Actor(SplitMix64& rng, int countries) {
  EventActor a;
  a.country = kCountries[rng.Below(countries < kNumCountries ? countries : kNumCountries)];
  a.code = a.country + kSectors[rng.Below(5)];
  a.text = "officials of " + a.code;
  return a;
}

}  // namespace

GeneratedArticle GenerateArticle(const GenerateOptions& o, uint64_t index) {
  SplitMix64 rng(o.seed * 0x100000001b3ULL + index);
  GeneratedArticle g;
  Article& a = g.article;
  a.id = "gen-" + std::to_string(o.seed) + "-" + std::to_string(index);
  a.url = "https://news.example/" + std::to_string(index);
  a.title = "Report " + std::to_string(index);
  a.source = rng.Below(2) ? "Wire" : "Daily";
  int64_t first = Date{o.first_year, 1, 1}.ToDays();
  int64_t span = Date{o.first_year + o.years, 1, 1}.ToDays() - first;
  Date published = Date::FromDays(first + static_cast<int64_t>(rng.Below(span)));
  a.published = published;

  for (int i = 0; i < o.events_per_article; ++i) {
    Event e;
    e.source = Actor(rng, o.actor_countries);
    do {
      e.target = Actor(rng, o.actor_countries);
    } while (e.target.country == e.source.country);
    const Verb& v = kVerbs[rng.Below(kNumVerbs)];
    std::string sentence = e.source.text + " " + v.text + " " + e.target.text;
    if (i % 5 == 0) sentence += " despite the ceasefire";
    sentence += ".";
    uint32_t begin = static_cast<uint32_t>(a.text.size());
    a.text += sentence + " ";
    g.sentences.push_back({static_cast<uint32_t>(i), begin, begin + static_cast<uint32_t>(sentence.size()), sentence});

    e.event_id = a.id + ":" + std::to_string(i) + ":0";
    e.article_id = a.id;
    e.sentence_index = static_cast<uint32_t>(i);
    e.sentence = sentence;
    e.url = a.url;
    e.news_source = a.source;
    e.date = Date::FromDays(published.ToDays() - static_cast<int64_t>(rng.Below(3)));
    e.source.begin = begin;
    e.source.end = begin + static_cast<uint32_t>(e.source.text.size());
    e.verb = {v.text, v.lemma, e.source.end + 1, e.source.end + 1 + static_cast<uint32_t>(std::string(v.text).size())};
    e.target.begin = e.verb.end + 1;
    e.target.end = e.target.begin + static_cast<uint32_t>(e.target.text.size());
    e.cameo = v.cameo;
    e.goldstein = v.goldstein;
    e.quad_class = QuadClassOf(v.cameo);
    e.plover = v.plover;
    e.pattern = std::string("* ") + v.text + " *";
    if (i % 3 == 0) {
      Place p;
      p.name = "Capital of " + e.target.country;
      p.country = e.target.country;
      p.level = PlaceLevel::kCity;
      p.lat = static_cast<double>(rng.Below(18000)) / 100.0 - 90.0;
      p.lon = static_cast<double>(rng.Below(36000)) / 100.0 - 180.0;
      e.location = p;
    }
    g.mentions.push_back({e.sentence_index, e.source.begin, e.source.end, e.source.code, e.source.text});
    g.mentions.push_back({e.sentence_index, e.target.begin, e.target.end, e.target.code, e.target.text});
    g.events.push_back(std::move(e));
  }
  return g;
}

}  // namespace dyad::store
