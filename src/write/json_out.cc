// Strings take a fast path: runs of bytes that need no escape are appended whole. A string
// that is not well-formed UTF-8 (which readers reject, so it only comes from a damaged
// store) is handed to nlohmann's own serializer, whose replacement rules are then followed
// exactly. Doubles use nlohmann's Grisu2 formatter itself for the same reason.
#include "write/json_out.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace dyad::write {
namespace {

// The length of the well-formed UTF-8 sequence of 2-4 bytes at p (lead byte >= 0x80), or 0
// when it is not one (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above
// U+10FFFF).
size_t Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  int n;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (end - p <= n) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (int k = 2; k <= n; ++k)
    if (p[k] < 0x80 || p[k] > 0xBF) return 0;
  return static_cast<size_t>(n) + 1;
}

// The escape for byte c, or nullptr when c stands for itself.
const char* Escape(unsigned char c, char* buf) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\f': return "\\f";
    case '\r': return "\\r";
    default: break;
  }
  if (c >= 0x20) return nullptr;
  static constexpr char kHex[] = "0123456789abcdef";
  buf[0] = '\\', buf[1] = 'u', buf[2] = '0', buf[3] = '0';
  buf[4] = kHex[c >> 4], buf[5] = kHex[c & 0xF], buf[6] = '\0';
  return buf;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  // One pass: ASCII bytes that need no escape and well-formed multi-byte sequences extend
  // the current run, which is appended whole at the next escape and at the end.
  const size_t start = out->size();
  *out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* run = p;  // the first byte not yet appended
  char buf[8];
  while (p < end) {
    if (*p >= 0x80) {
      const size_t n = Utf8SequenceLength(p, end);
      if (n == 0) {
        out->resize(start);
        *out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      p += n;
      continue;
    }
    if (*p >= 0x20 && *p != '"' && *p != '\\') {
      ++p;
      continue;
    }
    const char* esc = Escape(*p, buf);
    out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    *out += esc;
    run = ++p;
  }
  out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(end - run));
  *out += '"';
}

void AppendJsonDouble(double x, std::string* out) {
  if (!std::isfinite(x)) {
    *out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof(buf), x);
  out->append(buf, static_cast<size_t>(end - buf));
}

namespace {

// An integer in decimal, appended.
template <typename T>
void AppendInteger(T n, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof(buf), n);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

}  // namespace

JsonOut& JsonOut::Key(std::string_view key) {
  Separate();
  AppendJsonString(key, out_);
  *out_ += ':';
  need_comma_ = false;
  return *this;
}

JsonOut& JsonOut::String(std::string_view s) {
  Separate();
  AppendJsonString(s, out_);
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Int(int64_t n) {
  Separate();
  AppendInteger(n, out_);
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Uint(uint64_t n) {
  Separate();
  AppendInteger(n, out_);
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Double(double x) {
  Separate();
  AppendJsonDouble(x, out_);
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Bool(bool b) {
  Separate();
  *out_ += b ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Null() {
  Separate();
  *out_ += "null";
  need_comma_ = true;
  return *this;
}

JsonOut& JsonOut::Raw(std::string_view json) {
  Separate();
  *out_ += json;
  need_comma_ = true;
  return *this;
}

}  // namespace dyad::write
