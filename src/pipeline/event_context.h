// An event's own time and place, from the clause of its verb. Dates: the date expression
// (resolve/date_expressions.h) inside the verb's clause ("in November 2022 a delivery
// went to ..."), else one elsewhere in the sentence that is not anchored to another time,
// else the publication date; a future clause ("will visit") looks forward. Places: a
// place named in the clause ("in Pyongyang"), resolved with the countries the article
// names as context; for visits, meetings and force, a city the target names ("sent X to
// Pyongyang"); else the target's country (the host's, for a hosting), else the source's:
// the one city of that country the article places something in, else the country.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "actors/mention.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "resolve/gazetteer.h"

namespace dyad::pipeline {

// Token index of the event's verb in `doc` (by its byte offset), or -1.
int32_t VerbToken(const Document& doc, const Event& e);

// Sets date, date_precision and date_text of each event.
void ResolveEventDates(const Document& doc, Date published, std::span<Event> events);

// Sets location of each event where a place is found.
void ResolveEventPlaces(const Document& doc, std::span<const actors::Mention> mentions,
                        const resolve::Gazetteer& gazetteer, std::span<Event> events);

}  // namespace dyad::pipeline
