// Character encodings of web pages: which one a page declares (byte order mark, HTTP
// Content-Type, <meta charset>, <meta http-equiv>) and conversion to UTF-8 through ICU.
// A page that declares nothing is UTF-8 when it is valid UTF-8 and windows-1252 when not,
// which is what browsers do for Western pages.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::extract {

// The charset of `page`: from its byte order mark, else `content_type` (an HTTP header
// value such as "text/html; charset=ISO-8859-1"), else the first <meta> that declares one
// in the first 16 KiB, else "" (undeclared). Names are returned as written, lower-cased.
std::string SniffCharset(std::string_view page, std::string_view content_type = {});

// Converts `bytes` in `charset` to UTF-8, dropping a byte order mark. Undeclared ("")
// means UTF-8 if valid, else windows-1252. Declared "utf-8" that is not valid is repaired
// (U+FFFD per bad sequence). An unknown charset name falls back to undeclared.
// Errors: DataLoss when ICU cannot convert at all.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view charset);

// The value of `charset=` in a Content-Type value, lower-cased, or "".
std::string CharsetFromContentType(std::string_view content_type);

}  // namespace dyad::extract
