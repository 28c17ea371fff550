// Publication dates as pages and feeds write them: ISO 8601 ("2019-11-18T09:30:00Z"),
// RFC 822 ("Mon, 18 Nov 2019 09:30:00 GMT"), English prose ("November 18, 2019",
// "18 Nov 2019"), and dates in URL paths ("/2019/11/18/", "/20191118/"). The day is taken
// as written, with no time-zone shift.
#pragma once

#include <optional>
#include <string_view>

#include "dyad/date.h"

namespace dyad::extract {

// The first date written in `text` in one of the forms above, or nullopt. Requires a
// year between 1900 and 2099 and a real day.
std::optional<Date> ParseLooseDate(std::string_view text);

// The date in a URL path: /YYYY/MM/DD/, /YYYY-MM-DD, /YYYYMMDD/ (as a whole segment or a
// segment prefix followed by '-' or '_'), or nullopt.
std::optional<Date> DateFromUrl(std::string_view url);

}  // namespace dyad::extract
