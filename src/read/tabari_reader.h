// TABARI text records as Articles: one Article per record, built on
// TabariRecordReader (tabari_records.h), which the validation command uses directly.
#pragma once

#include <memory>
#include <string>

#include "read/reader.h"

namespace dyad::read {

// Reads one Article per record of `in`: id = the record's id ("NAME:LINE" when it has
// none), published = its date, text = its text lines joined by '\n'. The comment is
// not part of the article. Records without text are skipped and counted in Skipped()
// ("record without text"). record() is the header's line number. Warnings: an
// unreadable date (the article has no date), invalid UTF-8 (repaired).
std::unique_ptr<RecordReader> OpenTabari(std::unique_ptr<InputStream> in, std::string file);

}  // namespace dyad::read
