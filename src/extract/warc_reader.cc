// The reader keeps a small buffer over the stream: header lines are read up to CRLF,
// a record block is read by its Content-Length exactly, so a record never depends on
// the bytes of the next one. HTTP parsing is just enough for archived responses: the
// status line, Content-Type, Transfer-Encoding and Content-Encoding.
#include "extract/warc_reader.h"

#include <cctype>
#include <map>
#include <optional>

#include "extract/date_text.h"
#include "extract/html_reader.h"
#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxHeaderLine = 64 * 1024;

using Headers = std::map<std::string, std::string>;  // lower-case name -> value

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Parses "Name: value" lines of `block` up to the first empty line; returns the offset
// just past that empty line, or npos when there is none.
size_t ParseHeaderBlock(std::string_view block, Headers* headers, std::string* first_line) {
  size_t pos = 0;
  bool first = true;
  while (pos < block.size()) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) return std::string_view::npos;
    std::string_view line = TrimSpace(block.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) return pos;
    if (first && first_line != nullptr) {
      *first_line = std::string(line);
    } else {
      size_t colon = line.find(':');
      if (colon != std::string_view::npos) {
        (*headers)[AsciiLower(TrimSpace(line.substr(0, colon)))] =
            std::string(TrimSpace(line.substr(colon + 1)));
      }
    }
    first = false;
  }
  return std::string_view::npos;
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = AsciiLower(content_type);
  return t.rfind("text/html", 0) == 0 || t.rfind("application/xhtml+xml", 0) == 0;
}

// Undoes "Transfer-Encoding: chunked". Returns nullopt when the chunk sizes are broken.
std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) return std::nullopt;
    std::string_view size_line = TrimSpace(body.substr(pos, nl - pos));
    size_line = size_line.substr(0, size_line.find(';'));
    size_t size = 0;
    if (size_line.empty()) return std::nullopt;
    for (char c : size_line) {
      if (!std::isxdigit(static_cast<unsigned char>(c)) || size > (size_t{1} << 40)) return std::nullopt;
      size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                   : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
    }
    pos = nl + 1;
    if (size == 0) return out;
    if (size > body.size() - pos) return std::nullopt;
    out.append(body.substr(pos, size));
    pos += size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

class WarcReader : public read::RecordReader {
 public:
  WarcReader(std::unique_ptr<InputStream> in, std::string file, WarcOptions options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  Result<bool> Next(Article* out) override {
    while (!fatal_) {
      ASSIGN_OR_RETURN(bool more, NextRecord());
      if (!more) return false;
      if (Result<bool> taken = TakeRecord(out); !taken.ok() || *taken) return taken;
    }
    return false;
  }

  bool fatal() const override { return fatal_; }
  std::string record() const override { return std::to_string(record_number_); }

  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    return {skipped_.begin(), skipped_.end()};
  }

 private:
  // Makes at least `n` bytes available in buf_ from pos_, unless the stream ends.
  Result<bool> Fill(size_t n) {
    while (buf_.size() - pos_ < n && !eof_) {
      if (pos_ > 0 && pos_ >= buf_.size() / 2) {
        buf_.erase(0, pos_);
        pos_ = 0;
      }
      size_t old = buf_.size();
      size_t want = std::max<size_t>(64 * 1024, n - (buf_.size() - pos_));
      buf_.resize(old + want);
      Result<size_t> got = in_->Read(buf_.data() + old, want);
      if (!got.ok()) {
        buf_.resize(old);
        return got.status();
      }
      buf_.resize(old + *got);
      if (*got == 0) eof_ = true;
    }
    return buf_.size() - pos_ >= n;
  }

  // Reads one line (without CRLF) into *line; false at end of input.
  Result<bool> ReadLine(std::string* line) {
    for (size_t scanned = 0;;) {
      size_t nl = buf_.find('\n', pos_ + scanned);
      if (nl != std::string::npos) {
        line->assign(buf_, pos_, nl - pos_);
        if (!line->empty() && line->back() == '\r') line->pop_back();
        pos_ = nl + 1;
        return true;
      }
      scanned = buf_.size() - pos_;
      if (scanned > kMaxHeaderLine) return Fatal(DataLoss("header line over 64 KiB"));
      ASSIGN_OR_RETURN(bool more, Fill(scanned + 1));
      if (!more) {
        if (buf_.size() == pos_) return false;
        line->assign(buf_, pos_, std::string::npos);
        pos_ = buf_.size();
        return true;
      }
    }
  }

  // Ends the archive. Messages name neither the file nor the record: the caller has both
  // (file and record()).
  Status Fatal(Status status) {
    fatal_ = true;
    return status;
  }
  Status Fatal(std::string message) { return Fatal(DataLoss(std::move(message))); }

  // Reads the next record's headers and block into headers_ and block_.
  Result<bool> NextRecord() {
    std::string line;
    do {
      Result<bool> more = ReadLine(&line);
      if (!more.ok()) return Fatal(more.status());
      if (!*more) return false;
    } while (TrimSpace(line).empty());
    ++record_number_;
    if (line.rfind("WARC/1.", 0) != 0) {
      std::string start;
      for (char c : line.substr(0, 40)) start += c >= 0x20 && c < 0x7F ? c : '?';
      return Fatal("not a WARC record (starts \"" + start + "\")");
    }
    headers_.clear();
    for (;;) {
      Result<bool> more = ReadLine(&line);
      if (!more.ok()) return Fatal(more.status());
      if (!*more) return Fatal("archive ends inside the record headers");
      if (line.empty()) break;
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      headers_[AsciiLower(TrimSpace(std::string_view(line).substr(0, colon)))] =
          std::string(TrimSpace(std::string_view(line).substr(colon + 1)));
    }
    auto len_it = headers_.find("content-length");
    if (len_it == headers_.end()) return Fatal("no Content-Length");
    size_t length = 0;
    for (char c : len_it->second) {
      if (!std::isdigit(static_cast<unsigned char>(c)) || length > (size_t{1} << 50)) {
        return Fatal("bad Content-Length \"" + len_it->second + "\"");
      }
      length = length * 10 + static_cast<size_t>(c - '0');
    }
    return ReadBlock(length);
  }

  Result<bool> ReadBlock(size_t length) {
    block_.clear();
    oversized_ = length > options_.max_record_bytes;
    size_t left = length;
    while (left > 0) {
      Result<bool> filled = Fill(std::min<size_t>(left, 1 << 20));
      if (!filled.ok()) return Fatal(filled.status());
      size_t avail = std::min(left, buf_.size() - pos_);
      if (avail == 0) {
        return Fatal("archive cut short: block of " + std::to_string(length) + " bytes has only " +
                     std::to_string(length - left));
      }
      if (!oversized_) block_.append(buf_, pos_, avail);
      pos_ += avail;
      left -= avail;
    }
    return true;
  }

  std::string Header(const char* name) const {
    auto it = headers_.find(name);
    return it == headers_.end() ? std::string() : it->second;
  }

  void Skip(const std::string& why) { ++skipped_[why]; }

  // Turns the current record into an article when it holds an HTML page.
  Result<bool> TakeRecord(Article* out) {
    std::string type = AsciiLower(Header("warc-type"));
    if (oversized_) {
      Skip("records over the size limit");
      return ResourceExhausted("block over " +
                      std::to_string(options_.max_record_bytes) + " bytes, skipped");
    }
    std::string body;
    if (type == "response") {
      Headers http;
      std::string status_line;
      size_t body_at = ParseHeaderBlock(block_, &http, &status_line);
      if (body_at == std::string::npos || status_line.rfind("HTTP/", 0) != 0) {
        Skip("response records without HTTP headers");
        return false;
      }
      size_t sp = status_line.find(' ');
      std::string code = sp == std::string::npos ? "" : status_line.substr(sp + 1, 3);
      if (code.empty() || code[0] != '2') {
        Skip("responses with HTTP status " + (code.empty() ? std::string("?") : code));
        return false;
      }
      if (!IsHtmlType(http["content-type"])) {
        Skip("responses that are not HTML");
        return false;
      }
      body = block_.substr(body_at);
      if (AsciiLower(http["transfer-encoding"]).find("chunked") != std::string::npos) {
        std::optional<std::string> plain = Dechunk(body);
        if (!plain) return DataLoss("broken chunked transfer encoding");
        body = std::move(*plain);
      }
      std::string encoding = AsciiLower(http["content-encoding"]);
      if (encoding == "gzip" || encoding == "x-gzip") {
        std::unique_ptr<InputStream> gz = OpenMemory(body);
        Result<std::string> plain = ReadAll(*gz, options_.max_record_bytes);
        if (!plain.ok()) return plain.status().WithContext("gzip content encoding");
        body = std::move(*plain);
      }
      out_charset_ = http["content-type"];
    } else if (type == "resource" && IsHtmlType(Header("content-type"))) {
      body = std::move(block_);
      out_charset_ = Header("content-type");
    } else {
      Skip((type.empty() ? std::string("untyped") : type) + " records");
      return false;
    }
    FillArticle(std::move(body), out);
    return true;
  }

  void FillArticle(std::string body, Article* out) {
    *out = Article();
    std::string id = Header("warc-record-id");
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    if (id.rfind("urn:uuid:", 0) == 0) id = id.substr(9);
    out->origin = file_ + ":" + std::to_string(record_number_);
    out->id = id.empty() ? SourceBaseName(file_) + ":" + std::to_string(record_number_) : id;
    out->url = Header("warc-target-uri");
    if (out->url.size() >= 2 && out->url.front() == '<' && out->url.back() == '>') {
      out->url = out->url.substr(1, out->url.size() - 2);
    }
    out->published = ParseLooseDate(Header("warc-date"));
    out->content_type = ContentType::kHtml;
    // An HTTP charset that the page itself does not state is kept by prefixing the page
    // with a <meta charset>, which the HTML path honours like any other declaration.
    std::string charset;
    if (size_t cs = AsciiLower(out_charset_).find("charset="); cs != std::string::npos) {
      charset = out_charset_.substr(cs + 8);
    }
    bool bom = body.rfind("\xEF\xBB\xBF", 0) == 0 || body.rfind("\xFF\xFE", 0) == 0 ||
               body.rfind("\xFE\xFF", 0) == 0;
    if (!charset.empty() && !bom &&
        AsciiLower(body.substr(0, 16384)).find("charset") == std::string::npos) {
      body.insert(0, "<meta charset=\"" + std::string(TrimSpace(charset)) + "\">");
    }
    out->raw = std::move(body);
  }

  std::unique_ptr<InputStream> in_;
  std::string file_;
  WarcOptions options_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool fatal_ = false;
  bool oversized_ = false;
  uint64_t record_number_ = 0;
  Headers headers_;
  std::string block_;
  std::string out_charset_;
  std::map<std::string, uint64_t> skipped_;
};

}  // namespace

bool SniffWarc(std::string_view head) {
  size_t i = 0;
  while (i < head.size() && (head[i] == '\r' || head[i] == '\n')) ++i;
  return head.substr(i).rfind("WARC/1.", 0) == 0;
}

std::unique_ptr<read::RecordReader> OpenWarc(std::unique_ptr<InputStream> in, std::string file,
                                             WarcOptions options) {
  return std::make_unique<WarcReader>(std::move(in), std::move(file), options);
}

std::unique_ptr<read::RecordReader> OpenWarc(std::unique_ptr<InputStream> in, std::string file) {
  return OpenWarc(std::move(in), std::move(file), WarcOptions{});
}

}  // namespace dyad::extract
