// Charset sniffing is a bounded scan of the page head (no parser needed: a declaration
// must be ASCII-compatible to be readable at all); conversion goes through ICU's
// converters, which know every charset name the web uses.
#include "extract/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "util/utf8.h"
#include "util/ascii.h"

namespace dyad::extract {
namespace {

constexpr size_t kMetaScanBytes = 16 * 1024;

// The token after "charset=" at `pos` in `s`: skips quotes and spaces, stops at a quote,
// space, ';', '/', or '>'.
std::string CharsetTokenAt(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && s[end] != '"' && s[end] != '\'' && s[end] != ' ' && s[end] != ';' &&
         s[end] != '>' && s[end] != '/') {
    ++end;
  }
  return AsciiLower(s.substr(pos, end - pos));
}

std::string_view BomCharset(std::string_view page) {
  if (page.size() >= 3 && page.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (page.size() >= 2 && page.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (page.size() >= 2 && page.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  return {};
}

// Browsers treat these labels as windows-1252 (the WHATWG Encoding Standard), and pages
// labelled latin-1 routinely use the 0x80-0x9F range for curly quotes and dashes.
bool IsWindows1252Alias(std::string_view name) {
  return name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "us-ascii" ||
         name == "ascii" || name == "iso8859-1" || name == "l1" || name == "cp1252" ||
         name == "windows-1252" || name == "x-cp1252";
}

Result<std::string> ConvertWithIcu(std::string_view bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &err);
  if (U_FAILURE(err)) return DataLoss("unknown charset " + std::string(charset));
  ucnv_close(conv);
  if (bytes.size() > static_cast<size_t>(INT32_MAX / 2)) {
    return ResourceExhausted("page too large to convert from " + std::string(charset));
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (u.isBogus()) return DataLoss("cannot convert page from " + std::string(charset));
  std::string out;
  u.toUTF8String(out);
  if (out.size() >= 3 && out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  return out;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t pos = lower.find("charset=");
  if (pos == std::string::npos) return {};
  return CharsetTokenAt(lower, pos + 8);
}

std::string SniffCharset(std::string_view page, std::string_view content_type) {
  if (std::string_view bom = BomCharset(page); !bom.empty()) return std::string(bom);
  if (std::string cs = CharsetFromContentType(content_type); !cs.empty()) return cs;
  std::string head = AsciiLower(page.substr(0, kMetaScanBytes));
  for (size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs == std::string::npos) continue;
    size_t eq = cs + 7;
    while (eq < tag.size() && tag[eq] == ' ') ++eq;
    if (eq >= tag.size() || tag[eq] != '=') continue;
    std::string name = CharsetTokenAt(tag, eq + 1);
    if (!name.empty()) return name;
  }
  return {};
}

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  bool has_bom = !BomCharset(bytes).empty();
  // A <meta> that claims UTF-16 was read as ASCII, so it cannot be right (HTML spec).
  if (!has_bom && name.rfind("utf-16", 0) == 0) name = "utf-8";
  if (name == "utf8") name = "utf-8";
  if (name.empty() || name == "utf-8") {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (IsValidUtf8(bytes)) return std::string(bytes);
    if (name == "utf-8") return RepairUtf8(bytes);
    name = "windows-1252";
  }
  if (IsWindows1252Alias(name)) name = "windows-1252";
  Result<std::string> converted = ConvertWithIcu(bytes, name.c_str());
  if (!converted.ok() && converted.status().code() == StatusCode::kDataLoss &&
      name != "windows-1252") {
    return DecodeToUtf8(bytes, "");  // unknown label: fall back to the undeclared rule
  }
  return converted;
}

}  // namespace dyad::extract
