// The tab-separated formats: PETRARCH2's event TSV, Phoenix's 26 columns and GDELT 2.0's
// 61 columns. Where a format has a field dyad cannot fill honestly (GDELT's tone, FIPS
// country codes), the cell is left empty rather than guessed; docs/formats.md lists them.
#include <cstdio>

#include "write/actor_code.h"
#include "write/writer.h"

namespace dyad::write {
namespace {

std::string Compact(const Date& d) {  // YYYYMMDD
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

void Row(const std::vector<std::string>& cells, std::string* out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) *out += '\t';
    *out += TsvField(cells[i]);
  }
  *out += '\n';
}

std::string Join(const std::vector<std::string>& v, char sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += sep;
    s += v[i];
  }
  return s;
}

std::string IssuesField(const std::vector<std::string>& issues) {
  // PETRARCH writes "ISSUE,count;..."; dyad lists each issue once per event.
  std::vector<std::string> parts;
  for (const auto& i : issues) parts.push_back(i + ",1");
  return Join(parts, ';');
}

const char* const kPhoenixColumns[] = {
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorRoot",
    "SourceActorAgent", "SourceActorOthers", "TargetActorFull", "TargetActorRoot",
    "TargetActorAgent", "TargetActorOthers", "EventCode", "RootCode", "QuadClass", "Goldstein",
    "Issues", "Lat", "Lon", "PlaceName", "StateName", "CountryName", "SentenceIDs", "URLs",
    "NewsSources"};

const char* const kGdeltColumns[] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED",
    "SOURCEURL"};

static_assert(std::size(kPhoenixColumns) == 26);
static_assert(std::size(kGdeltColumns) == 61);

template <size_t N>
std::string HeaderOf(const char* const (&cols)[N]) {
  std::string h;
  for (size_t i = 0; i < N; ++i) {
    if (i) h += '\t';
    h += cols[i];
  }
  return h + '\n';
}

// GDELT's ten actor columns.
void GdeltActor(const EventActor& a, std::vector<std::string>* row) {
  ActorCodeParts p = SplitActorCode(a.code);
  bool state = !a.country.empty() && a.country == p.root;
  std::vector<std::string> types;
  std::string group;
  for (size_t i = 3; i + 3 <= a.code.size(); i += 3) {
    std::string seg = a.code.substr(i, 3);
    if (IsSectorCode(seg)) {
      if (types.size() < 3) types.push_back(seg);
    } else if (group.empty() && !state) {
      group = seg;  // e.g. UNO in IGOUNO
    }
  }
  types.resize(3);
  row->insert(row->end(), {a.code, a.text, a.country, group, "", "", "", types[0], types[1],
                           types[2]});
}

void GdeltGeo(const std::optional<Place>& place, std::vector<std::string>* row) {
  if (!place) {
    row->insert(row->end(), {"0", "", "", "", "", "", "", ""});
    return;
  }
  const char* type = place->level == PlaceLevel::kCity     ? "4"
                     : place->level == PlaceLevel::kRegion ? "5"
                                                           : "1";
  row->insert(row->end(), {type, place->name, place->country, place->region, "",
                           Coord(place->lat), Coord(place->lon),
                           place->geonames_id ? std::to_string(place->geonames_id) : ""});
}

}  // namespace

std::string Header(Format f) {
  switch (f) {
    case Format::kPhoenix: return HeaderOf(kPhoenixColumns);
    case Format::kGdelt: return HeaderOf(kGdeltColumns);
    default: return "";
  }
}

void AppendPetr(const Event& e, std::string* out) {
  Row({Compact(e.date), e.source.code, e.target.code, e.cameo, IssuesField(e.issues),
       e.event_id, e.url, e.news_source, e.source.text, e.target.text, e.verb.text},
      out);
}

void AppendPhoenix(const Event& e, std::string* out) {
  ActorCodeParts s = SplitActorCode(e.source.code);
  ActorCodeParts t = SplitActorCode(e.target.code);
  std::vector<std::string> row = {
      e.event_id, Compact(e.date), std::to_string(e.date.year), std::to_string(e.date.month),
      std::to_string(e.date.day), e.source.code, s.root, s.agent, Join(s.others, ';'),
      e.target.code, t.root, t.agent, Join(t.others, ';'), e.cameo, e.root(),
      std::to_string(e.quad_class), Number(e.goldstein), IssuesField(e.issues)};
  if (e.location) {
    row.insert(row.end(), {Coord(e.location->lat), Coord(e.location->lon), e.location->name,
                           e.location->region, e.location->country});
  } else {
    row.insert(row.end(), {"", "", "", "", ""});
  }
  row.insert(row.end(), {e.event_id, e.url, e.news_source});
  Row(row, out);
}

void AppendGdelt(const Event& e, std::string* out) {
  const Date& d = e.date;
  char fraction[16];
  // GDELT's FractionDate: year + (day of year / 365), to four decimals.
  int64_t day_of_year = d.ToDays() - Date{d.year, 1, 1}.ToDays() + 1;
  std::snprintf(fraction, sizeof fraction, "%.4f", d.year + day_of_year / 365.0);
  char month_year[8];
  std::snprintf(month_year, sizeof month_year, "%04d%02d", d.year, d.month);
  std::vector<std::string> row = {e.event_id, Compact(d), month_year, std::to_string(d.year),
                                  fraction};
  row.reserve(61);
  GdeltActor(e.source, &row);
  GdeltActor(e.target, &row);
  std::string base = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
  row.insert(row.end(), {e.sentence_index == 0 ? "1" : "0", e.cameo, base, e.root(),
                         std::to_string(e.quad_class), Number(e.goldstein),
                         std::to_string(e.num_mentions), std::to_string(e.num_sources),
                         std::to_string(e.num_articles), ""});
  GdeltGeo(std::nullopt, &row);  // actor places are not resolved separately
  GdeltGeo(std::nullopt, &row);
  GdeltGeo(e.location, &row);
  row.insert(row.end(), {Compact(d) + "000000", e.url});
  Row(row, out);
}

}  // namespace dyad::write
