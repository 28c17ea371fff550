// A line-driven state machine over TABARI text records: between records, in the text,
// inside the comment, after the comment. A record ends at a blank line (even inside a
// comment, as in TABARI, so a comment closed by mistake with "/*" costs one record its
// expectations rather than swallowing the rest of the file), or at the next header
// when that follows a closed comment directly.
#include "read/tabari_records.h"

#include <utility>

namespace dyad::read {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view TrimRight(std::string_view s) {
  size_t e = s.find_last_not_of(" \t\r\f\v");
  return e == std::string_view::npos ? std::string_view() : s.substr(0, e + 1);
}

int Number(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

size_t LeadingDigits(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  return i;
}

void StartRecord(std::string_view header, uint64_t line, TabariRecord* out) {
  *out = TabariRecord();
  out->line = line;
  out->header.assign(header);
  size_t digits = LeadingDigits(header);
  out->date_text.assign(header.substr(0, digits));
  out->date = TabariDate(out->date_text);
  std::string_view rest = header.substr(digits);
  size_t b = rest.find_first_not_of(" \t*");
  if (b == std::string_view::npos) return;
  rest.remove_prefix(b);
  out->id.assign(rest.substr(0, rest.find_first_of(" \t")));
}

void AppendText(std::string_view piece, TabariRecord* out) {
  piece = TrimRight(piece);
  if (piece.empty()) return;
  if (!out->text.empty()) out->text.push_back('\n');
  out->text.append(piece);
}

}  // namespace

std::optional<Date> TabariDate(std::string_view digits) {
  if (digits.size() < 6 || LeadingDigits(digits) != digits.size()) return std::nullopt;
  Date d;
  if (digits.size() <= 7) {
    int yy = Number(digits.substr(0, 2));
    d.year = yy <= 30 ? 2000 + yy : 1900 + yy;
    d.month = Number(digits.substr(2, 2));
    d.day = Number(digits.substr(4, 2));
  } else {
    d.year = Number(digits.substr(0, 4));
    d.month = Number(digits.substr(4, 2));
    d.day = Number(digits.substr(6, 2));
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

bool IsTabariHeader(std::string_view line) {
  size_t digits = LeadingDigits(line);
  if (digits < 6) return false;
  return digits == line.size() || line[digits] == ' ' || line[digits] == '\t' ||
         line[digits] == '*' || line[digits] == '\r';
}

bool SniffTabari(std::string_view head) {
  bool seen_header = false;
  while (!head.empty()) {
    size_t nl = head.find('\n');
    if (nl == std::string_view::npos) return false;  // an incomplete line decides nothing
    std::string_view line = TrimRight(head.substr(0, nl));
    head.remove_prefix(nl + 1);
    if (seen_header) return !line.empty();
    if (line.empty() || line[0] == '#') continue;
    if (!IsTabariHeader(line) || !TabariDate(line.substr(0, LeadingDigits(line)))) return false;
    seen_header = true;
  }
  return false;
}

TabariRecordReader::TabariRecordReader(InputStream& in) : lines_(in) {}

Result<bool> TabariRecordReader::Next(TabariRecord* out) {
  if (failed_) return false;
  State state = State::kBetween;
  if (!pending_header_.empty()) {
    StartRecord(pending_header_, pending_line_, out);
    pending_header_.clear();
    state = State::kText;
  }
  for (;;) {
    std::string_view line;
    auto more = lines_.Next(&line);
    uint64_t n = lines_.line_number();
    if (!more.ok()) {
      line_ = n;
      if (more.status().code() == StatusCode::kResourceExhausted) return more.status();
      failed_ = true;
      return more.status();
    }
    if (!*more) {  // end of input
      line_ = out->line;
      return state != State::kBetween;
    }
    std::string_view trimmed = TrimRight(line);
    switch (state) {
      case State::kBetween:
        if (trimmed.empty()) {
          stray_ = false;
        } else if (trimmed[0] == '#') {
          // a comment line between records
        } else if (IsTabariHeader(trimmed)) {
          StartRecord(trimmed, n, out);
          state = State::kText;
          stray_ = false;
        } else if (!stray_) {
          stray_ = true;
          line_ = n;
          return InvalidArgument("text outside a record (a record starts with \"YYMMDD ID\")");
        }
        break;
      case State::kText: {
        if (trimmed.empty()) {
          line_ = out->line;
          return true;
        }
        size_t open = line.find("/*");
        if (open == std::string_view::npos) {
          AppendText(trimmed, out);
          break;
        }
        AppendText(line.substr(0, open), out);
        out->has_comment = true;
        std::string_view body = line.substr(open + 2);
        size_t close = body.find("*/");
        out->comment.assign(body.substr(0, close));
        out->comment_closed = close != std::string_view::npos;
        state = out->comment_closed ? State::kAfterComment : State::kComment;
        break;
      }
      case State::kComment: {
        if (trimmed.empty()) {  // as in TABARI, a blank line ends the record, comment or not
          line_ = out->line;
          return true;
        }
        out->comment.push_back('\n');
        size_t close = line.find("*/");
        out->comment.append(line.substr(0, close));
        if (close != std::string_view::npos) {
          out->comment_closed = true;
          state = State::kAfterComment;
        }
        break;
      }
      case State::kAfterComment:
        if (trimmed.empty()) {
          line_ = out->line;
          return true;
        }
        if (IsTabariHeader(trimmed)) {
          pending_header_.assign(trimmed);
          pending_line_ = n;
          line_ = out->line;
          return true;
        }
        break;  // text after a closed comment belongs to no record and is ignored
    }
  }
}

Result<std::vector<TabariRecord>> ReadTabariRecords(InputStream& in, std::vector<Status>* errors) {
  TabariRecordReader reader(in);
  std::vector<TabariRecord> records;
  for (;;) {
    TabariRecord record;
    auto more = reader.Next(&record);
    if (!more.ok()) {
      Status s = more.status().WithContext("line " + std::to_string(reader.line()));
      if (reader.failed()) return s;
      if (errors != nullptr) errors->push_back(std::move(s));
      continue;
    }
    if (!*more) return records;
    records.push_back(std::move(record));
  }
}

}  // namespace dyad::read
