// JsonOut: writes JSON text straight into a string, with no document tree in between. Its
// text is byte for byte what nlohmann::json's dump(-1, ' ', false, replace) gives for the
// same values written in the same order: the same string escapes (\b \t \n \f \r \" \\,
// other control characters as \u00xx, everything else as UTF-8), invalid UTF-8 replaced
// by U+FFFD the same way, and the same number text (Grisu2 shortest form, "2.0" for a
// whole double, null for NaN and infinities). The event writers and the server's
// responses use it, so an event reads the same wherever it is written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::write {

// Appends `s` as a JSON string literal, quotes included.
void AppendJsonString(std::string_view s, std::string* out);
// Appends `x` as a JSON number ("null" when not finite).
void AppendJsonDouble(double x, std::string* out);

class JsonOut {
 public:
  // Appends to *out, which must outlive this writer.
  explicit JsonOut(std::string* out) : out_(out) {}

  // Structure. Commas between members and elements are written as needed; a key must be
  // followed by exactly one value (a scalar or a whole object or array).
  JsonOut& BeginObject() { return Open('{'); }
  JsonOut& EndObject() { return Close('}'); }
  JsonOut& BeginArray() { return Open('['); }
  JsonOut& EndArray() { return Close(']'); }
  JsonOut& Key(std::string_view key);

  // Values.
  JsonOut& String(std::string_view s);
  JsonOut& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }
  JsonOut& Int(int64_t n);
  JsonOut& Uint(uint64_t n);
  JsonOut& Double(double x);
  JsonOut& Bool(bool b);
  JsonOut& Null();

  // Text that is already JSON (one value), written as a value.
  JsonOut& Raw(std::string_view json);

 private:
  void Separate() {
    if (need_comma_) *out_ += ',';
  }
  JsonOut& Open(char c) {
    Separate();
    *out_ += c;
    need_comma_ = false;
    return *this;
  }
  JsonOut& Close(char c) {
    *out_ += c;
    need_comma_ = true;
    return *this;
  }

  std::string* out_;
  bool need_comma_ = false;
};

}  // namespace dyad::write
