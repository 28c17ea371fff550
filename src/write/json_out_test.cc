// JsonOut against nlohmann::json's dump: strings of random bytes (control characters,
// quotes, every UTF-8 length, invalid and truncated sequences), doubles of random bit
// patterns, and whole native events, which must come out byte for byte as the nlohmann
// document the JSON Lines writer built before JsonOut.
#include "write/json_out.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "write/writer.h"

namespace dyad::write {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Strings built from pieces that exercise every branch of the escaper and the UTF-8 check.
std::string OddString(std::mt19937& rng, int max_pieces = 12) {
  static const char* const kPieces[] = {
      "a", "plain words ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1f", "\x7f",
      "\xc3\xa9",                    // é
      "\xe2\x80\x94",                // em dash
      "\xf0\x9f\x98\x80",            // U+1F600
      "\xef\xbb\xbf",                // BOM
      "\xe2\x80\xa8",                // U+2028
      "\xff", "\xc0\xaf",            // invalid byte, overlong slash
      "\xed\xa0\x80",                // a surrogate
      "\xf4\x90\x80\x80",            // above U+10FFFF
      "\xe2\x80",                    // truncated
      "\xc3",                        // truncated at the end if last
      "\x80",                        // lone continuation
      "\xe0\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xed\x9f\xbf", "\xee\x80\x80",
  };
  constexpr int kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::uniform_int_distribution<int> piece(0, kCount), pieces(0, max_pieces);
  std::string s;
  for (int n = pieces(rng); n > 0; --n) {
    int k = piece(rng);
    if (k == kCount) {
      s += '\0';
    } else {
      s += kPieces[k];
    }
  }
  return s;
}

TEST(JsonOutTest, StringsMatchNlohmann) {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s = OddString(rng);
    std::string out = i % 2 ? "[" : "";  // what was appended before stays, even on the fallback
    AppendJsonString(s, &out);
    ASSERT_EQ(out, (i % 2 ? "[" : "") + Dump(Json(s))) << "case " << i;
  }
  // Every single byte, and every pair of bytes after a lead byte.
  for (int c = 0; c < 256; ++c) {
    for (int d = 0; d < 256; d += (c < 0x80 ? 255 : 1)) {
      std::string s = {'x', static_cast<char>(c), static_cast<char>(d)};
      std::string out;
      AppendJsonString(s, &out);
      ASSERT_EQ(out, Dump(Json(s))) << c << " " << d;
    }
  }
}

TEST(JsonOutTest, DoublesMatchNlohmann) {
  std::mt19937_64 rng(11);
  std::vector<double> xs = {0.0, -0.0, 1.0, -2.0, 0.1, 1e15, 1e16, 1e-4, 1e-5, 123456789012345678.0,
                            39.03, 125.75, -10.0, 3.4, std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  std::uniform_real_distribution<double> goldstein(-10, 10);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    xs.push_back(x);
    xs.push_back(goldstein(rng));
    xs.push_back(std::round(goldstein(rng) * 10) / 10);
  }
  for (double x : xs) {
    std::string out;
    AppendJsonDouble(x, &out);
    ASSERT_EQ(out, Dump(Json(x))) << x;
  }
}

TEST(JsonOutTest, StructureAndScalars) {
  struct Case {
    std::function<void(JsonOut&)> write;
    Json expected;
  };
  const Case cases[] = {
      {[](JsonOut& j) { j.BeginObject().EndObject(); }, Json::object()},
      {[](JsonOut& j) { j.BeginArray().EndArray(); }, Json::array()},
      {[](JsonOut& j) { j.BeginArray().Int(-3).Uint(18446744073709551615u).Bool(true).Null().EndArray(); },
       Json::array({-3, 18446744073709551615u, true, nullptr})},
      {[](JsonOut& j) {
         j.BeginObject().Key("a").BeginArray().BeginObject().EndObject().BeginArray().EndArray().EndArray();
         j.Key("b").StringOrNull("").Key("c").StringOrNull("x").Key("d").Raw("[1,2]").EndObject();
       },
       Json{{"a", Json::array({Json::object(), Json::array()})}, {"b", nullptr}, {"c", "x"}, {"d", {1, 2}}}},
      {[](JsonOut& j) { j.BeginObject().Key("k\"\n").Int(std::numeric_limits<int64_t>::min()).EndObject(); },
       Json{{"k\"\n", std::numeric_limits<int64_t>::min()}}},
  };
  for (const auto& c : cases) {
    std::string out;
    JsonOut j(&out);
    c.write(j);
    EXPECT_EQ(out, Dump(c.expected));
  }
}

// The native record as the nlohmann document the writer built before JsonOut.
Json ReferenceActor(const EventActor& a) {
  Json j;
  j["code"] = a.code.empty() ? Json(nullptr) : Json(a.code);
  j["country"] = a.country.empty() ? Json(nullptr) : Json(a.country);
  j["text"] = a.text;
  j["start"] = a.begin;
  j["end"] = a.end;
  return j;
}

Json ReferencePlace(const Place& p) {
  Json j;
  j["name"] = p.name;
  j["country"] = p.country;
  if (!p.region.empty()) j["region"] = p.region;
  j["lat"] = p.lat;
  j["lon"] = p.lon;
  if (p.geonames_id) j["geonames_id"] = p.geonames_id;
  j["level"] = PlaceLevelName(p.level);
  if (!p.text.empty()) {
    j["text"] = p.text;
    j["start"] = p.begin;
    j["end"] = p.end;
  }
  return j;
}

std::string ReferenceJsonl(const Event& e) {
  Json j;
  j["event_id"] = e.event_id;
  j["article_id"] = e.article_id;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["date"] = e.date.ToString();
  j["date_precision"] = DatePrecisionName(e.date_precision);
  if (!e.date_text.empty()) j["date_text"] = e.date_text;
  j["source"] = ReferenceActor(e.source);
  j["target"] = ReferenceActor(e.target);
  j["cameo"] = e.cameo;
  j["root"] = e.root();
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover.empty() ? Json(nullptr) : Json(e.plover);
  Json verb;
  verb["text"] = e.verb.text;
  verb["lemma"] = e.verb.lemma;
  verb["start"] = e.verb.begin;
  verb["end"] = e.verb.end;
  j["verb"] = verb;
  j["negated"] = e.negated;
  j["location"] = e.location ? ReferencePlace(*e.location) : Json(nullptr);
  j["pattern"] = e.pattern;
  j["url"] = e.url.empty() ? Json(nullptr) : Json(e.url);
  if (!e.issues.empty()) j["issues"] = e.issues;
  if (e.num_mentions != 1 || e.num_sources != 1 || e.num_articles != 1) {
    j["num_mentions"] = e.num_mentions;
    j["num_sources"] = e.num_sources;
    j["num_articles"] = e.num_articles;
  }
  return Dump(j) + "\n";
}

Event RandomEvent(std::mt19937& rng) {
  std::uniform_int_distribution<int> coin(0, 1), small(0, 3);
  std::uniform_int_distribution<uint32_t> offset(0, 4000000000u);
  std::uniform_real_distribution<double> real(-180, 180);
  auto odd = [&] { return coin(rng) ? OddString(rng, 4) : std::string(); };
  auto actor = [&] { return EventActor{odd(), odd(), OddString(rng), offset(rng), offset(rng)}; };
  Event e;
  e.event_id = OddString(rng, 3);
  e.article_id = OddString(rng, 3);
  e.sentence_index = offset(rng);
  e.sentence = OddString(rng, 30);
  e.url = odd();
  e.date = Date{2000 + small(rng) * 7, 1 + small(rng), 1 + small(rng) * 9};
  e.date_precision = static_cast<DatePrecision>(small(rng));
  e.date_text = odd();
  e.source = actor();
  e.target = actor();
  e.cameo = OddString(rng, 3);
  e.goldstein = coin(rng) ? std::round(real(rng)) / 18 : real(rng);
  e.quad_class = small(rng) - 1;
  e.plover = odd();
  e.verb = {OddString(rng, 2), odd(), offset(rng), offset(rng)};
  e.negated = coin(rng);
  e.pattern = odd();
  for (int n = small(rng); n > 0; --n) e.issues.push_back(OddString(rng, 2));
  if (coin(rng)) {
    Place p{odd(), odd(), odd(), real(rng) / 2, real(rng), coin(rng) ? int64_t{offset(rng)} : 0,
            static_cast<PlaceLevel>(small(rng) % 3)};
    if (coin(rng)) p = {odd(), odd(), odd(), p.lat, p.lon, p.geonames_id, p.level, OddString(rng), 5, 9};
    e.location = p;
  }
  if (small(rng) == 0) {
    e.num_mentions = offset(rng);
    e.num_sources = small(rng);
    e.num_articles = 1;
  }
  return e;
}

TEST(JsonOutTest, NativeEventsMatchTheNlohmannDocument) {
  std::mt19937 rng(3);
  for (int i = 0; i < 5000; ++i) {
    Event e = RandomEvent(rng);
    std::string out;
    AppendJsonl(e, &out);
    ASSERT_EQ(out, ReferenceJsonl(e)) << "event " << i;
  }
}

}  // namespace
}  // namespace dyad::write
