// Exporting events from the store: every event matching a filter, in (date, insertion)
// order, in one of dyad's output formats (src/write: jsonl, petr, phoenix, gdelt, plover)
// or as CSV with one column per scalar Event field.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "dyad/event.h"
#include "dyad/status.h"
#include "store/query.h"

namespace dyad::store {

// The CSV header line (with newline) and one event's CSV row (RFC 4180 quoting).
std::string CsvHeader();
void AppendCsv(const Event& e, std::string* out);

// Streams matching events in `format` ("csv" or any write::ParseFormat name) to `sink`
// in chunks of whole lines, header first. InvalidArgument for an unknown format or a bad
// filter; a non-OK Status from `sink` stops the export and is returned.
Status ExportEvents(Store& store, const EventFilter& f, std::string_view format,
                    const std::function<Status(std::string_view)>& sink);

}  // namespace dyad::store
