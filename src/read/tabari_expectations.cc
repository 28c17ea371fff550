// Brace-by-brace parsing of TABARI validation comments (see tabari_expectations.h).
#include "read/tabari_expectations.h"

#include <algorithm>

namespace dyad::read {
namespace {

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// The text after a closing brace up to the end of its line, the comment's end or the
// next brace.
std::string_view Note(std::string_view rest) {
  size_t end = rest.size();
  for (std::string_view stop : {"\n", "\\n", "*/", "/*", "{"}) end = std::min(end, rest.find(stop));
  return Trim(rest.substr(0, end));
}

bool ParseEvent(std::string_view body, TabariEvent* out) {
  size_t a = body.find('/');
  if (a == std::string_view::npos) return false;
  size_t b = body.find('/', a + 1);
  if (b == std::string_view::npos || body.find('/', b + 1) != std::string_view::npos) return false;
  out->source.assign(Trim(body.substr(0, a)));
  out->target.assign(Trim(body.substr(a + 1, b - a - 1)));
  out->code.assign(Trim(body.substr(b + 1)));
  return !out->source.empty() && !out->target.empty() && !out->code.empty();
}

}  // namespace

TabariExpectations ParseTabariExpectations(std::string_view comment) {
  TabariExpectations out;
  size_t pos = 0;
  while ((pos = comment.find('{', pos)) != std::string_view::npos) {
    // A brace the suite forgot to close ("{ OPTION: SET: MINIMUM WORDS = 4  */") runs
    // to the end of the comment.
    size_t close = std::min(comment.find('}', pos + 1), comment.size());
    if (pos > 0 && comment[pos - 1] == '-') out.unchecked = true;
    std::string_view body = Trim(comment.substr(pos + 1, close - pos - 1));
    TabariEvent event;
    if (body == "---") {
      out.no_events = true;
    } else if (body == "###") {
      out.discard = true;
    } else if (body == "+++") {
      out.complex = true;
    } else if (body.substr(0, 7) == "OPTION:") {
      out.options.emplace_back(Trim(body.substr(7)));
    } else if (ParseEvent(body, &event)) {
      event.note.assign(Note(comment.substr(std::min(close + 1, comment.size()))));
      out.events.push_back(std::move(event));
    } else {
      out.unparsed.emplace_back(body);
    }
    pos = close + 1;
  }
  return out;
}

}  // namespace dyad::read
