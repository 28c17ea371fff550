// Helpers shared by the store's unit tests: fresh database paths and a canonical text
// form of events for comparisons.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "write/writer.h"

namespace dyad::store {

// A path for a new database file under the test temp dir, with any earlier file of the
// same name (and its -wal/-shm) removed.
inline std::string FreshDbPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "dyad_store_" + info->test_suite_name() + "_" +
                     info->name() + "_" + name + ".db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
  return path;
}

// `events` in the store's query order: by date, then insertion order.
inline std::vector<Event> InQueryOrder(std::vector<Event> events) {
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  return events;
}

// Every field of every event as text, one event a line: equal text means equal events.
inline std::string AllFields(const std::vector<Event>& events) {
  auto actor = [](const EventActor& a) {
    return a.code + "/" + a.country + "/" + a.text + "/" + std::to_string(a.begin) + "-" +
           std::to_string(a.end) + ";";
  };
  std::string out;
  for (const Event& e : events) {
    write::AppendJsonl(e, &out);  // most fields, in dyad's native form
    out += e.news_source + "|" + e.plover_mode + "|" + e.plover_context + "|" + e.verb.lemma + "|";
    out += std::to_string(static_cast<int>(e.date_precision)) + "|";
    for (const EventActor& a : e.source_group) out += actor(a);
    out += "|";
    for (const EventActor& a : e.target_group) out += actor(a);
    if (e.location) {
      out += "|" + e.location->region + "|" + std::to_string(e.location->geonames_id) + "|" +
             std::to_string(static_cast<int>(e.location->level));
    }
    out += "\n";
  }
  return out;
}

}  // namespace dyad::store
