// Date expressions in news text, resolved against the article's publication date:
// "today", "on Wednesday", "last week", "in June", "in November 2022", "a year earlier",
// "in 2019", "two days ago", "July 27, 2023". Each becomes a calendar date with a
// precision (day, week, month, year) and the tokens that said it. The event coder then
// dates each event by the expression in its own clause, else the publication date.
//
// Resolution follows news usage: a bare weekday or month names the most recent one on or
// before the publication date ("on Wednesday" in a Thursday story is the day before),
// unless the caller says the clause speaks of the future, when it names the next one.
// Week precision is represented by the week's Monday; month precision by the month's
// first day; year precision by 1 January.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"

namespace dyad::resolve {

struct DateMention {
  uint32_t token_begin = 0, token_end = 0;  // token indexes in the Document, end exclusive
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  Date date;
  DatePrecision precision = DatePrecision::kDay;
  // True for expressions anchored to another time rather than the publication date
  // ("a year earlier", "the day before"): they rarely date the event of their clause.
  bool relative_to_other = false;
  // True for a year that names the thing after it ("the 2015 deal"): it dates that thing
  // alone, not its clause.
  bool names_noun = false;
};

enum class Tense { kPast, kFuture };

// Finds the date expressions among tokens [token_begin, token_end) of `doc`. Expressions
// that cannot be resolved ("since the end of the pandemic") are not returned.
std::vector<DateMention> FindDates(const Document& doc, uint32_t token_begin, uint32_t token_end,
                                   Date published, Tense tense = Tense::kPast);

// The same over a whole sentence.
std::vector<DateMention> FindDates(const Document& doc, const Sentence& sentence, Date published,
                                   Tense tense = Tense::kPast);

}  // namespace dyad::resolve
