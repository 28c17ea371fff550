// The table of input formats and the choice among them. Sniffing tries the formats in
// table order on the first decompressed bytes, so a format with a distinctive start
// (a '{', an XML root element, a WARC version line) sits before a weaker guess (a
// TABARI header), and plain text, which accepts anything, comes last.
#include <algorithm>
#include <cctype>

#include "extract/feed_reader.h"
#include "extract/html_reader.h"
#include "extract/warc_reader.h"
#include "read/jsonl_reader.h"
#include "read/petrarch_reader.h"
#include "read/reader.h"
#include "read/tabari_reader.h"
#include "read/tabari_records.h"
#include "read/text_reader.h"
#include "util/ascii.h"

namespace dyad::read {
namespace {

std::unique_ptr<RecordReader> OpenJsonlDefault(std::unique_ptr<InputStream> in, std::string file) {
  return OpenJsonl(std::move(in), std::move(file));
}
std::unique_ptr<RecordReader> OpenPetrarchDefault(std::unique_ptr<InputStream> in, std::string file) {
  return OpenPetrarch(std::move(in), std::move(file));
}
std::unique_ptr<RecordReader> OpenTextDefault(std::unique_ptr<InputStream> in, std::string file) {
  return OpenText(std::move(in), std::move(file));
}

std::vector<Format> MakeFormats() {
  return {
      {"jsonl", {".jsonl", ".ndjson"}, &SniffJsonl, &OpenJsonlDefault},
      {"petrarch-xml", {".xml"}, &SniffPetrarch, &OpenPetrarchDefault},
      // Formats implemented under src/extract/ go here, each one line like those above:
      // "html" (content_type kHtml, `raw` = the page), "warc", "rss", "atom".
      {"warc", {".warc"}, &extract::SniffWarc, &extract::OpenWarc},
      {"rss", {".rss"}, &extract::SniffRss, &extract::OpenFeed},
      {"atom", {".atom"}, &extract::SniffAtom, &extract::OpenFeed},
      {"html", {".html", ".htm", ".xhtml", ".shtml"}, &extract::SniffHtml, &extract::OpenHtml},
      {"tabari", {}, &SniffTabari, &OpenTabari},
      {"text", {".txt", ".text"}, nullptr, &OpenTextDefault},
  };
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The extension of `path` after removing one compression suffix: ".jsonl" for
// "a/news.JSONL.gz". Empty when there is none.
std::string Extension(std::string_view path) {
  std::string name = AsciiLower(SourceName(path));
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return {};
  return name.substr(dot);
}

}  // namespace

std::string SourceName(std::string_view path) {
  if (path == "-" || path == "<stdin>") return "stdin";
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::string lower = AsciiLower(name);
  for (std::string_view suffix : {".gz", ".zst", ".zstd"}) {
    if (EndsWith(lower, suffix) && name.size() > suffix.size()) {
      name.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(name);
}

const std::vector<Format>& Formats() {
  static const std::vector<Format> formats = MakeFormats();
  return formats;
}

bool KnownInput(std::string_view path, std::string_view head) {
  for (const Format& f : Formats())
    if (f.sniff != nullptr && f.sniff(head)) return true;
  std::string ext = Extension(path);
  if (ext.empty()) return true;
  for (const Format& f : Formats())
    if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end()) return true;
  return false;
}

Result<const Format*> ChooseFormat(std::string_view path, std::string_view head, std::string_view forced) {
  const std::vector<Format>& formats = Formats();
  if (!forced.empty()) {
    for (const Format& f : formats)
      if (f.name == forced) return &f;
    std::string known;
    for (const Format& f : formats) known += (known.empty() ? "" : ", ") + std::string(f.name);
    return InvalidArgument("unknown input format \"" + std::string(forced) + "\" (known: " + known + ")");
  }
  for (const Format& f : formats)
    if (f.sniff != nullptr && f.sniff(head)) return &f;
  std::string ext = Extension(path);
  if (!ext.empty()) {
    for (const Format& f : formats)
      if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end()) return &f;
  }
  for (const Format& f : formats)
    if (f.name == "text") return &f;
  return Internal("no plain-text format registered");
}

}  // namespace dyad::read
