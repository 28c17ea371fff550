// Conversions between dyad's C++ values and Python objects for the `dyad` module. Events
// become dicts through the native JSON Lines writer (write/writer.h), so a Python event
// has exactly the keys, order and values of a line of `dyad code --format jsonl`.
// Documents become lists of sentence dicts with UTF-8 byte offsets into the text, the
// offsets every dyad output uses. Failed Statuses become Python exceptions that carry
// dyad's message.
#pragma once

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/mention.h"
#include "dyad/article.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::python {

namespace py = pybind11;
using Json = nlohmann::ordered_json;

// Throws the Python exception for a non-OK `status`: ValueError for malformed input
// (InvalidArgument, DataLoss, Unsupported), FileNotFoundError for NotFound, OSError for
// IoError, RuntimeError otherwise. The message is Status::ToString(). Requires !ok().
[[noreturn]] void Raise(const Status& status);

// Returns the value of `r` or raises as Raise does.
template <typename T>
T ValueOrRaise(Result<T> r) {
  if (!r.ok()) Raise(r.status());
  return std::move(r).value();
}

// The native JSON of `e` (one parsed line of AppendJsonl). Needs no GIL.
Json EventJson(const Event& e);
// A JSON value as Python objects (objects keep their key order). Needs the GIL.
py::object ToPython(const Json& j);
// EventJson then ToPython, for each event.
py::list EventList(const std::vector<Event>& events);

// A date argument: None, a "YYYY-MM-DD" string or a datetime.date (anything with
// isoformat()). ValueError naming `what` for a malformed one, TypeError for other types.
std::optional<Date> DateArg(const py::handle& value, std::string_view what);

// A text argument that must be a str. TypeError naming `what` otherwise.
std::string TextArg(const py::handle& value, std::string_view what);

// An article from a Python value: a str (the text) or a dict with the keys of dyad's
// JSON Lines input (id, text or html, date or published, title, url, source,
// authors/author/byline, language/lang; None counts as absent). `default_id` is used
// when the dict has no id. Raises ValueError or TypeError naming `where` for a record
// without text or html or with a field of the wrong type or a malformed date.
Article ArticleArg(const py::handle& value, const std::string& default_id, std::string_view where);

// Sentences of `doc` as dicts: text, start, end (bytes), heading, paragraph and tokens.
// With `analysed`, tokens carry upos, xpos, lemma, head (1-based within the sentence,
// 0 for the root, as in CoNLL-U) and deprel besides form, start and end.
py::list SentenceList(const Document& doc, bool analysed);

// Mentions of sentence `sentence` (or of every sentence when it is -1) as dicts.
py::list MentionList(const Document& doc, const std::vector<actors::Mention>& mentions, int64_t sentence);

}  // namespace dyad::python
