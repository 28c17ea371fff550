// Format names and dispatch.
#include "write/writer.h"

namespace dyad::write {

Result<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return Format::kJsonl;
  if (name == "petr" || name == "petrarch") return Format::kPetr;
  if (name == "phoenix") return Format::kPhoenix;
  if (name == "gdelt") return Format::kGdelt;
  if (name == "plover") return Format::kPlover;
  return InvalidArgument("unknown output format '" + std::string(name) +
                         "' (choose jsonl, petr, phoenix, gdelt or plover)");
}

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kJsonl: return "jsonl";
    case Format::kPetr: return "petr";
    case Format::kPhoenix: return "phoenix";
    case Format::kGdelt: return "gdelt";
    case Format::kPlover: return "plover";
  }
  return "jsonl";
}

void AppendEvent(const Event& e, Format f, std::string* out) {
  switch (f) {
    case Format::kJsonl: return AppendJsonl(e, out);
    case Format::kPetr: return AppendPetr(e, out);
    case Format::kPhoenix: return AppendPhoenix(e, out);
    case Format::kGdelt: return AppendGdelt(e, out);
    case Format::kPlover: return AppendPlover(e, out);
  }
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

}  // namespace dyad::write
