// Each row is one sentence with one event; rows with the same article key form one
// article whose text is their sentences in order. Byte offsets are found by locating each
// phrase in its sentence, so a row whose phrase is misspelt fails loudly.
#include "server/sample_store.h"

#include <map>
#include <vector>

#include "code/ontology.h"
#include "store/knowledge_rows.h"
#include "store/store.h"

namespace dyad::server {
namespace {

struct PlaceRow {
  const char* name;
  const char* country;
  double lat, lon;
};

constexpr PlaceRow kPlaces[] = {
    {"Kyiv", "UKR", 50.45, 30.52},       {"Moscow", "RUS", 55.76, 37.62},
    {"Kharkiv", "UKR", 49.99, 36.23},    {"Washington", "USA", 38.90, -77.04},
    {"Beijing", "CHN", 39.90, 116.40},   {"Jerusalem", "ISR", 31.77, 35.21},
    {"Gaza", "PSE", 31.50, 34.47},       {"Tehran", "IRN", 35.69, 51.39},
    {"Pyongyang", "PRK", 39.02, 125.75}, {"Seoul", "KOR", 37.57, 126.98},
    {"Tokyo", "JPN", 35.68, 139.69},     {"Brussels", "BEL", 50.85, 4.35},
    {"Cairo", "EGY", 30.04, 31.24},      {"Doha", "QAT", 25.29, 51.53},
};

struct Row {
  const char* article;  // key: sample-<n>
  const char* date;
  const char* sentence;
  const char* src_text;
  const char* src_code;
  const char* verb;
  const char* lemma;
  const char* tgt_text;
  const char* tgt_code;
  const char* cameo;
  const char* place;  // a kPlaces name, or "" for none
};

constexpr Row kRows[] = {
    {"sample-01", "2024-01-12", "Russian forces shelled the city of Kharkiv overnight, Ukrainian officials said.",
     "Russian forces", "RUSMIL", "shelled", "shell", "the city of Kharkiv", "UKR", "195", "Kharkiv"},
    {"sample-01", "2024-01-12", "Ukraine's foreign ministry accused Moscow of targeting civilians.",
     "Ukraine's foreign ministry", "UKRGOV", "accused", "accuse", "Moscow", "RUSGOV", "112", "Kyiv"},
    {"sample-01", "2024-01-13", "The Kremlin rejected the accusation and blamed Kyiv for the escalation.",
     "The Kremlin", "RUSGOV", "blamed", "blame", "Kyiv", "UKRGOV", "111", "Moscow"},
    {"sample-02", "2024-01-25", "President Biden pledged new military aid to Ukraine during a call with Volodymyr Zelensky.",
     "President Biden", "USAGOV", "pledged", "pledge", "Ukraine", "UKR", "0312", "Washington"},
    {"sample-02", "2024-01-26", "Zelensky thanked the United States for its support.",
     "Zelensky", "UKRGOV", "thanked", "thank", "the United States", "USA", "051", "Kyiv"},
    {"sample-03", "2024-02-08", "China's foreign minister met his American counterpart in Beijing to discuss trade.",
     "China's foreign minister", "CHNGOV", "met", "meet", "his American counterpart", "USAGOV", "040", "Beijing"},
    {"sample-03", "2024-02-08", "Washington criticized Beijing over its export controls on rare metals.",
     "Washington", "USAGOV", "criticized", "criticize", "Beijing", "CHNGOV", "111", "Washington"},
    {"sample-03", "2024-02-09", "The two sides agreed to resume military talks.",
     "The two sides", "CHNGOV", "agreed", "agree", "military talks", "USAGOV", "046", "Beijing"},
    {"sample-04", "2024-02-20", "Israeli troops raided a hospital compound in Gaza, the enclave's health ministry said.",
     "Israeli troops", "ISRMIL", "raided", "raid", "a hospital compound in Gaza", "PSE", "190", "Gaza"},
    {"sample-04", "2024-02-21", "Egypt hosted talks between Israel and Hamas negotiators in Cairo.",
     "Egypt", "EGYGOV", "hosted", "host", "Israel", "ISRGOV", "043", "Cairo"},
    {"sample-04", "2024-02-22", "Qatar urged Israel to allow more aid into the strip.",
     "Qatar", "QATGOV", "urged", "urge", "Israel", "ISRGOV", "0233", "Doha"},
    {"sample-05", "2024-03-04", "North Korea fired two ballistic missiles toward the sea east of the peninsula.",
     "North Korea", "PRKMIL", "fired", "fire", "the sea east of the peninsula", "KOR", "150", "Pyongyang"},
    {"sample-05", "2024-03-04", "South Korea condemned the launch as a clear provocation.",
     "South Korea", "KORGOV", "condemned", "condemn", "the launch", "PRKMIL", "111", "Seoul"},
    {"sample-05", "2024-03-05", "Japan and South Korea agreed to share missile warning data in real time.",
     "Japan", "JPNGOV", "agreed", "agree", "South Korea", "KORGOV", "062", "Tokyo"},
    {"sample-06", "2024-03-18", "Ukrainian drones struck an oil refinery deep inside Russia.",
     "Ukrainian drones", "UKRMIL", "struck", "strike", "an oil refinery deep inside Russia", "RUS", "195", "Moscow"},
    {"sample-06", "2024-03-18", "Moscow threatened a harsh response to the attacks.",
     "Moscow", "RUSGOV", "threatened", "threaten", "the attacks", "UKRMIL", "130", "Moscow"},
    {"sample-07", "2024-04-02", "Iran accused Israel of striking its consulate in Damascus.",
     "Iran", "IRNGOV", "accused", "accuse", "Israel", "ISRGOV", "112", "Tehran"},
    {"sample-07", "2024-04-14", "Iran launched hundreds of drones and missiles at Israel.",
     "Iran", "IRNMIL", "launched", "launch", "Israel", "ISR", "195", "Jerusalem"},
    {"sample-07", "2024-04-14", "The United States helped Israel intercept most of the drones.",
     "The United States", "USAMIL", "helped", "help", "Israel", "ISRMIL", "074", "Jerusalem"},
    {"sample-08", "2024-04-20", "The United States Congress approved a large aid package for Ukraine.",
     "The United States Congress", "USALEG", "approved", "approve", "Ukraine", "UKR", "072", "Washington"},
    {"sample-08", "2024-04-22", "Russia denounced the package as an act of escalation.",
     "Russia", "RUSGOV", "denounced", "denounce", "the package", "USALEG", "111", "Moscow"},
    {"sample-09", "2024-05-03", "Russian troops attacked villages north of Kharkiv.",
     "Russian troops", "RUSMIL", "attacked", "attack", "villages north of Kharkiv", "UKR", "190", "Kharkiv"},
    {"sample-09", "2024-05-05", "Ukraine asked its allies for more air defence systems.",
     "Ukraine", "UKRGOV", "asked", "ask", "its allies", "IGOWSTNAT", "0232", "Kyiv"},
    {"sample-09", "2024-05-06", "NATO ministers promised to speed up deliveries to Kyiv.",
     "NATO ministers", "IGOWSTNAT", "promised", "promise", "Kyiv", "UKRGOV", "0312", "Brussels"},
    {"sample-10", "2024-05-16", "Vladimir Putin visited Beijing for talks with Xi Jinping.",
     "Vladimir Putin", "RUSGOV", "visited", "visit", "Beijing", "CHNGOV", "042", "Beijing"},
    {"sample-10", "2024-05-16", "Xi Jinping praised the strategic partnership with Russia.",
     "Xi Jinping", "CHNGOV", "praised", "praise", "Russia", "RUS", "051", "Beijing"},
    {"sample-10", "2024-05-17", "Washington warned Chinese banks against financing Russian arms purchases.",
     "Washington", "USAGOV", "warned", "warn", "Chinese banks", "CHNBUS", "130", "Washington"},
    {"sample-11", "2024-06-03", "Israel and Hamas negotiators met indirectly in Doha for ceasefire talks.",
     "Israel", "ISRGOV", "met", "meet", "Hamas negotiators", "PSEREB", "040", "Doha"},
    {"sample-11", "2024-06-05", "Hamas rejected the latest ceasefire proposal.",
     "Hamas", "PSEREB", "rejected", "reject", "the latest ceasefire proposal", "ISRGOV", "120", "Gaza"},
    {"sample-11", "2024-06-06", "Israeli aircraft bombed a school sheltering displaced families in Gaza.",
     "Israeli aircraft", "ISRMIL", "bombed", "bomb", "a school sheltering displaced families in Gaza", "PSE", "195", "Gaza"},
    {"sample-12", "2024-06-19", "North Korea and Russia signed a mutual defence pact in Pyongyang.",
     "North Korea", "PRKGOV", "signed", "sign", "Russia", "RUSGOV", "057", "Pyongyang"},
    {"sample-12", "2024-06-20", "South Korea protested the pact to the Russian ambassador.",
     "South Korea", "KORGOV", "protested", "protest", "the Russian ambassador", "RUSGOV", "111", "Seoul"},
    {"sample-12", "2024-06-21", "Japan expressed concern over military cooperation between Moscow and Pyongyang.",
     "Japan", "JPNGOV", "expressed concern", "express", "Moscow", "RUSGOV", "111", "Tokyo"},
};

const PlaceRow* FindPlace(std::string_view name) {
  for (const PlaceRow& p : kPlaces)
    if (name == p.name) return &p;
  return nullptr;
}

// The actor's state: the code's first three letters when they are a country code.
std::string CountryOf(std::string_view code) {
  if (code.size() < 3 || code.substr(0, 3) == "NAT" || code.substr(0, 3) == "IGO") return "";
  return std::string(code.substr(0, 3));
}

Status Locate(const std::string& sentence, uint32_t base, std::string_view phrase, uint32_t* begin, uint32_t* end) {
  size_t at = sentence.find(phrase);
  if (at == std::string::npos) {
    std::string message(phrase);
    message.append("' is not in '").append(sentence).append("'");
    return InvalidArgument("'" + message);
  }
  *begin = base + static_cast<uint32_t>(at);
  *end = *begin + static_cast<uint32_t>(phrase.size());
  return Status::Ok();
}

Status FillEvent(const Row& r, const Article& a, uint32_t index, uint32_t base, Event* e) {
  const code::CodeInfo* info = code::Ontology::Default().Find(r.cameo);
  if (info == nullptr || info->code != r.cameo) return InvalidArgument(std::string("no CAMEO code ") + r.cameo);
  e->event_id = a.id + ":" + std::to_string(index) + ":0";
  e->article_id = a.id;
  e->sentence_index = index;
  e->sentence = r.sentence;
  e->url = a.url;
  e->news_source = a.source;
  e->date = *Date::Parse(r.date);
  e->source = {r.src_code, CountryOf(r.src_code), r.src_text, 0, 0};
  e->target = {r.tgt_code, CountryOf(r.tgt_code), r.tgt_text, 0, 0};
  RETURN_IF_ERROR(Locate(e->sentence, base, r.src_text, &e->source.begin, &e->source.end));
  RETURN_IF_ERROR(Locate(e->sentence, base, r.tgt_text, &e->target.begin, &e->target.end));
  e->verb.text = r.verb;
  e->verb.lemma = r.lemma;
  RETURN_IF_ERROR(Locate(e->sentence, base, r.verb, &e->verb.begin, &e->verb.end));
  e->cameo = r.cameo;
  e->goldstein = info->goldstein;
  e->quad_class = info->quad_class;
  e->plover = info->plover_type;
  e->plover_mode = info->plover_mode;
  e->plover_context = info->plover_context;
  e->pattern = std::string(r.lemma) + ": nsubj=$ obj=+";
  if (*r.place) {
    const PlaceRow* p = FindPlace(r.place);
    if (p == nullptr) return InvalidArgument(std::string("no sample place ") + r.place);
    Place place;
    place.name = p->name;
    place.country = p->country;
    place.lat = p->lat;
    place.lon = p->lon;
    place.level = PlaceLevel::kCity;
    e->location = place;
  }
  return Status::Ok();
}

}  // namespace

Result<SampleStoreStats> WriteSampleStore(const std::string& path) {
  std::map<std::string, std::vector<const Row*>> by_article;
  for (const Row& r : kRows) by_article[r.article].push_back(&r);

  store::StoreOptions options;
  options.dictionary_version = "sample";
  ASSIGN_OR_RETURN(store::Store s, store::Store::Open(path, store::OpenMode::kReadWrite, options));
  RETURN_IF_ERROR(s.BeginBatch());
  SampleStoreStats stats;
  for (const auto& [id, rows] : by_article) {
    Article a;
    a.id = id;
    a.url = "https://news.example/" + id;
    a.source = stats.articles % 2 ? "Daily Wire Service" : "World Desk";
    a.published = *Date::Parse(rows.front()->date);
    a.title = rows.front()->sentence;
    std::vector<store::SentenceRow> sentences;
    std::vector<Event> events;
    for (const Row* r : rows) {
      uint32_t index = static_cast<uint32_t>(sentences.size());
      uint32_t base = static_cast<uint32_t>(a.text.size());
      a.text += r->sentence;
      a.text += ' ';
      sentences.push_back({index, base, base + static_cast<uint32_t>(std::string_view(r->sentence).size()), r->sentence});
      Event e;
      RETURN_IF_ERROR(FillEvent(*r, a, index, base, &e));
      events.push_back(std::move(e));
    }
    RETURN_IF_ERROR(s.Add(a, sentences, events).status());
    if (id == "sample-01") {
      // The first sentence reports what "Ukrainian officials said": an indirect quotation,
      // for the knowledge endpoints and the dashboard's quotes view.
      knowledge::ArticleKnowledge k;
      k.date = *a.published;
      const std::string_view said = rows.front()->sentence;
      const size_t comma = said.find(", Ukrainian officials said");
      knowledge::Quotation q;
      q.quote.kind = knowledge::QuoteKind::kIndirect;
      q.quote.begin = 0;
      q.quote.end = static_cast<uint32_t>(comma);
      q.text = std::string(said.substr(0, comma));
      q.has_speaker = true;
      q.speaker = {"Ukrainian officials", {static_cast<uint32_t>(comma + 2), static_cast<uint32_t>(comma + 21)},
                   "Ukrainian officials", "UKRGOV"};
      k.quotations.push_back(std::move(q));
      RETURN_IF_ERROR(store::AddKnowledge(s.db(), id, k));
    }
    stats.articles++;
    stats.events += static_cast<int>(events.size());
  }
  RETURN_IF_ERROR(s.Commit());
  return stats;
}

}  // namespace dyad::server
