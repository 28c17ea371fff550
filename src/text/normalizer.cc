// NFC with ICU's UTF-8 API (Normalizer2::isNormalizedUTF8 / normalizeUTF8), so no
// UTF-16 round trip happens for the rare token that needs it.
#include "text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cstring>

namespace dyad::text {
namespace {

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

bool IsNfc(const icu::Normalizer2& nfc, std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  bool ok = nfc.isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return U_FAILURE(status) || ok;  // malformed text is left as written
}

}  // namespace

bool IsAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t acc = 0;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    acc |= w;
  }
  for (; n > 0; --n, ++p) acc |= static_cast<unsigned char>(*p);
  return (acc & 0x8080808080808080ULL) == 0;
}

void NormalizeForms(Document* doc) {
  const std::string_view text = doc->text;
  if (IsAscii(text)) return;
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr || IsNfc(*nfc, text)) return;
  for (Token& t : doc->tokens) {
    std::string_view s = text.substr(t.begin, t.end - t.begin);
    if (IsAscii(s) || IsNfc(*nfc, s)) continue;
    std::string normalised;
    icu::StringByteSink<std::string> sink(&normalised);
    UErrorCode status = U_ZERO_ERROR;
    nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink,
                       nullptr, status);
    if (U_FAILURE(status) || normalised == s) continue;
    t.form_begin = static_cast<uint32_t>(doc->arena.size());
    doc->arena += normalised;
    t.form_end = static_cast<uint32_t>(doc->arena.size());
    t.normalised = true;
  }
}

}  // namespace dyad::text
