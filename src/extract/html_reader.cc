// Sniffing folds the head to lower-case ASCII (dropping the NULs of UTF-16) and looks for
// the tags that only HTML documents open with.
#include "extract/html_reader.h"

#include <cctype>
#include <map>

namespace dyad::extract {
namespace {

constexpr size_t kMaxPageBytes = size_t{256} << 20;

class HtmlReader : public read::RecordReader {
 public:
  HtmlReader(std::unique_ptr<InputStream> in, std::string file) : in_(std::move(in)), file_(std::move(file)) {}

  Result<bool> Next(Article* out) override {
    if (done_) return false;
    done_ = true;
    Result<std::string> bytes = ReadAll(*in_, kMaxPageBytes);
    if (!bytes.ok()) {
      fatal_ = true;
      return bytes.status();
    }
    if (bytes->find_first_not_of(" \t\r\n") == std::string::npos) {
      ++skipped_["empty file"];
      return false;
    }
    *out = Article();
    out->id = SourceBaseName(file_);
    out->origin = file_;
    out->content_type = ContentType::kHtml;
    out->raw = std::move(*bytes);
    return true;
  }

  bool fatal() const override { return fatal_; }
  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    return {skipped_.begin(), skipped_.end()};
  }

 private:
  std::unique_ptr<InputStream> in_;
  std::string file_;
  bool done_ = false;
  bool fatal_ = false;
  std::map<std::string, uint64_t> skipped_;
};

}  // namespace

bool SniffHtml(std::string_view head) {
  std::string h;
  for (char c : head) {
    if (c != '\0') h += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  size_t start = h.find_first_not_of(" \t\r\n\xef\xbb\xbf\xff\xfe");
  if (start == std::string::npos) return false;
  std::string_view s = std::string_view(h).substr(start);
  if (s.rfind("<!doctype html", 0) == 0 || s.rfind("<html", 0) == 0) return true;
  // Pages often open with comments or an XML declaration before the first tag.
  return s.front() == '<' && (s.find("<html") != std::string_view::npos ||
                              s.find("<head") != std::string_view::npos ||
                              s.find("<body") != std::string_view::npos) &&
         s.find("<rss") == std::string_view::npos && s.find("<feed") == std::string_view::npos;
}

std::unique_ptr<read::RecordReader> OpenHtml(std::unique_ptr<InputStream> in, std::string file) {
  return std::make_unique<HtmlReader>(std::move(in), std::move(file));
}

std::string SourceBaseName(std::string_view path) {
  if (path == "-" || path == "<stdin>") return "stdin";
  size_t slash = path.rfind('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  for (std::string_view suffix : {".gz", ".zst", ".zstd"}) {
    if (path.size() > suffix.size() && path.substr(path.size() - suffix.size()) == suffix) {
      path.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(path);
}

}  // namespace dyad::extract
