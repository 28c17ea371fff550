// The plain-text reader: the whole file is one article.
#include "read/text_reader.h"

#include <utility>

#include "read/utf8_check.h"
#include "util/utf8.h"

namespace dyad::read {
namespace {

constexpr size_t kMaxHeadline = 300;

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\f\v");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\f\v");
  return s.substr(b, e - b + 1);
}

class TextReader : public RecordReader {
 public:
  TextReader(std::unique_ptr<InputStream> in, std::string file, TextOptions options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  Result<bool> Next(Article* out) override {
    if (done_) return false;
    done_ = true;
    auto bytes = dyad::ReadAll(*in_, options_.max_bytes);
    if (!bytes.ok()) {
      fatal_ = true;
      if (bytes.status().code() == StatusCode::kResourceExhausted)
        return ResourceExhausted("plain-text file larger than " +
                                 std::to_string(options_.max_bytes >> 20) +
                                 " MiB; split it or convert it to JSON Lines");
      return bytes.status();
    }
    std::string text = std::move(bytes).value();
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      ++empty_;
      return false;
    }
    if (Status s = RepairUtf8InPlace(&text, "file"); !s.ok()) Warn({file_, "", s});
    *out = Article();
    out->id = RepairUtf8(SourceName(file_));  // file names need not be UTF-8
    out->origin = file_;
    out->title = std::string(TextHeadline(text));
    out->text = std::move(text);
    out->content_type = ContentType::kText;
    return true;
  }

  bool fatal() const override { return fatal_; }

  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    if (empty_ == 0) return {};
    return {{"empty file", empty_}};
  }

 private:
  std::unique_ptr<InputStream> in_;
  std::string file_;
  TextOptions options_;
  bool done_ = false;
  bool fatal_ = false;
  uint64_t empty_ = 0;
};

}  // namespace

std::string_view TextHeadline(std::string_view text) {
  size_t nl = text.find('\n');
  if (nl == std::string_view::npos) return {};
  std::string_view first = Trim(text.substr(0, nl));
  if (first.empty() || first.size() > kMaxHeadline) return {};
  std::string_view rest = text.substr(nl + 1);
  size_t nl2 = rest.find('\n');
  std::string_view second = nl2 == std::string_view::npos ? rest : rest.substr(0, nl2);
  // A blank second line followed by nothing at all is a one-line file, not a headline.
  if (!IsBlank(second) || nl2 == std::string_view::npos) return {};
  return first;
}

std::unique_ptr<RecordReader> OpenText(std::unique_ptr<InputStream> in, std::string file,
                                       TextOptions options) {
  return std::make_unique<TextReader>(std::move(in), std::move(file), options);
}

}  // namespace dyad::read
