// Export: write::AppendEvent does every format but CSV, which is kept here since only the
// store's table-shaped output needs it.
#include "store/export.h"

#include <cstdio>

#include "store/event_rows.h"
#include "write/writer.h"

namespace dyad::store {
namespace {

void Cell(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    *out += s;
    return;
  }
  *out += '"';
  for (char c : s) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void Num(double v, std::string* out) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  *out += buf;
}

constexpr size_t kChunk = 1 << 16;

}  // namespace

std::string CsvHeader() {
  return "event_id,article_id,sentence_index,date,date_precision,source_code,source_country,"
         "source_text,target_code,target_country,target_text,cameo,root,quad_class,goldstein,"
         "plover,verb,negated,location,location_country,lat,lon,num_mentions,num_sources,"
         "num_articles,url,news_source,sentence\n";
}

void AppendCsv(const Event& e, std::string* out) {
  auto cell = [out](std::string_view s) {
    Cell(s, out);
    *out += ',';
  };
  cell(e.event_id);
  cell(e.article_id);
  cell(std::to_string(e.sentence_index));
  cell(e.date.ToString());
  cell(DatePrecisionName(e.date_precision));
  cell(e.source.code);
  cell(e.source.country);
  cell(e.source.text);
  cell(e.target.code);
  cell(e.target.country);
  cell(e.target.text);
  cell(e.cameo);
  cell(e.root());
  cell(std::to_string(e.quad_class));
  Num(e.goldstein, out);
  *out += ',';
  cell(e.plover);
  cell(e.verb.text);
  cell(e.negated ? "1" : "0");
  cell(e.location ? e.location->name : "");
  cell(e.location ? e.location->country : "");
  if (e.location) Num(e.location->lat, out);
  *out += ',';
  if (e.location) Num(e.location->lon, out);
  *out += ',';
  cell(std::to_string(e.num_mentions));
  cell(std::to_string(e.num_sources));
  cell(std::to_string(e.num_articles));
  cell(e.url);
  cell(e.news_source);
  Cell(e.sentence, out);
  *out += '\n';
}

Status ExportEvents(Store& store, const EventFilter& f, std::string_view format,
                    const std::function<Status(std::string_view)>& sink) {
  const bool csv = format == "csv";
  write::Format wf = write::Format::kJsonl;
  if (!csv) {
    Result<write::Format> parsed = write::ParseFormat(format);
    if (!parsed.ok()) {
      return InvalidArgument("unknown export format '" + std::string(format) +
                             "' (choose jsonl, csv, petr, phoenix, gdelt or plover)");
    }
    wf = *parsed;
  }
  std::string buf = csv ? CsvHeader() : write::Header(wf);
  RETURN_IF_ERROR(ScanEvents(store, f, [&](const Event& e) -> Status {
    if (csv) AppendCsv(e, &buf); else write::AppendEvent(e, wf, &buf);
    if (buf.size() >= kChunk) {
      RETURN_IF_ERROR(sink(buf));
      buf.clear();
    }
    return Status::Ok();
  }));
  if (!buf.empty()) RETURN_IF_ERROR(sink(buf));
  return Status::Ok();
}

}  // namespace dyad::store
