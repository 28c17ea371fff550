// How one Event maps to a row of the events table and back: the insert statement's
// parameters and the select list that reads a full Event (joined with its article and
// sentence). Writer and queries share these so the column order lives in one place.
#pragma once

#include <cstdint>

#include "dyad/article.h"
#include "dyad/event.h"
#include "store/sqlite.h"

namespace dyad::store {

// INSERT INTO events(...) VALUES (?, ...): bind with BindEvent.
extern const char kInsertEventSql[];

// "SELECT <event columns> FROM events e" (the row holds its article's id, URL and outlet):
// callers append WHERE / ORDER BY. Read rows with ReadEvent; after the event's columns
// come e.eid and e.day (kEventEidColumn, kEventDayColumn).
extern const char kSelectEventSql[];
extern const int kEventEidColumn;
extern const int kEventDayColumn;

// Binds every parameter of kInsertEventSql for `e`, whose row belongs to `article` (row
// `aid`) and whose sentence (the article's sentence e.sentence_index, as stored in
// `sentences`) reads `sentence_text`. InvalidArgument if the event's date is not a valid
// calendar day.
Status BindEvent(Stmt& st, const Event& e, const Article& article, int64_t aid, std::string_view sentence_text);

// The Event in the current row of a statement that starts with kSelectEventSql's list.
Event ReadEvent(const Stmt& st);

}  // namespace dyad::store
