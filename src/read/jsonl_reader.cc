// The JSON Lines reader. Each line is copied into a padded buffer (simdjson reads a
// few bytes past the end of its input) and walked once with the On-Demand API, field
// by field, so unknown fields cost only the structural scan.
#include "read/jsonl_reader.h"

#include <simdjson.h>

#include <utility>

#include "read/utf8_check.h"

namespace dyad::read {
namespace {

using simdjson::ondemand::json_type;

std::string_view TrimSpace(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

Status JsonError(simdjson::error_code e) {
  return DataLoss(std::string("invalid JSON: ") + simdjson::error_message(e));
}

Status WrongType(std::string_view key, std::string_view want) {
  return InvalidArgument("field \"" + std::string(key) + "\" is not " + std::string(want));
}

// A string value, or for `allow_number` also a number's literal text.
Status ScalarText(simdjson::ondemand::value& v, std::string_view key, bool allow_number,
                  std::string* out) {
  json_type type;
  if (auto e = v.type().get(type)) return JsonError(e);
  if (type == json_type::number && allow_number) {
    std::string_view raw = TrimSpace(v.raw_json_token());
    out->assign(raw);
    return Status::Ok();
  }
  if (type != json_type::string) return WrongType(key, allow_number ? "a string or number" : "a string");
  std::string_view s;
  if (auto e = v.get_string().get(s)) return JsonError(e);
  out->assign(s);
  return Status::Ok();
}

// Authors: a string, or an array of strings joined by ", ".
Status Authors(simdjson::ondemand::value& v, std::string_view key, std::string* out) {
  json_type type;
  if (auto e = v.type().get(type)) return JsonError(e);
  if (type != json_type::array) return ScalarText(v, key, false, out);
  simdjson::ondemand::array arr;
  if (auto e = v.get_array().get(arr)) return JsonError(e);
  out->clear();
  for (auto element : arr) {
    std::string_view s;
    if (auto e = element.get_string().get(s)) {
      if (e == simdjson::INCORRECT_TYPE) return WrongType(key, "an array of strings");
      return JsonError(e);
    }
    if (s.empty()) continue;
    if (!out->empty()) out->append(", ");
    out->append(s);
  }
  return Status::Ok();
}

class JsonlReader : public RecordReader {
 public:
  JsonlReader(std::unique_ptr<InputStream> in, std::string file, JsonlOptions options)
      : in_(std::move(in)), file_(std::move(file)), name_(SourceName(file_)), options_(options),
        lines_(*in_, options.max_line_bytes) {}

  Result<bool> Next(Article* out) override {
    if (fatal_) return false;
    for (;;) {
      std::string_view line;
      auto more = lines_.Next(&line);
      line_ = lines_.line_number();
      if (!more.ok()) {
        if (more.status().code() == StatusCode::kResourceExhausted)
          return ResourceExhausted("line longer than the record limit of " +
                                   std::to_string(options_.max_line_bytes) + " bytes; skipped");
        fatal_ = true;
        return more.status();
      }
      if (!*more) return false;
      if (line_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
      if (TrimSpace(line).empty()) continue;
      buf_.assign(line);
      if (Status s = RepairUtf8InPlace(&buf_, "line"); !s.ok()) Warn({file_, record(), s});
      size_t len = buf_.size();
      buf_.resize(len + simdjson::SIMDJSON_PADDING);
      *out = Article();
      RETURN_IF_ERROR(Parse(len, out));
      if (out->id.empty()) out->id = name_ + ":" + record();
      out->origin = file_ + ":" + record();
      return true;
    }
  }

  bool fatal() const override { return fatal_; }
  std::string record() const override { return std::to_string(line_); }

 private:
  Status Parse(size_t len, Article* out) {
    simdjson::ondemand::document doc;
    if (auto e = parser_.iterate(buf_.data(), len, buf_.size()).get(doc)) return JsonError(e);
    simdjson::ondemand::object obj;
    if (auto e = doc.get_object().get(obj)) {
      if (e == simdjson::INCORRECT_TYPE) return InvalidArgument("line is not a JSON object");
      return JsonError(e);
    }
    bool has_text = false;
    bool has_html = false;
    std::string date;
    for (auto field : obj) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return JsonError(e);
      simdjson::ondemand::value v;
      if (auto e = field.value().get(v)) return JsonError(e);
      json_type type;
      if (auto e = v.type().get(type)) return JsonError(e);
      if (type == json_type::null) continue;
      if (key == "text") {
        RETURN_IF_ERROR(ScalarText(v, key, false, &out->text));
        has_text = true;
      } else if (key == "html") {
        RETURN_IF_ERROR(ScalarText(v, key, false, &out->raw));
        has_html = true;
      } else if (key == "id") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, true, &out->id), &out->id));
      } else if (key == "date" || key == "published") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, true, &date), &date));
      } else if (key == "title") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, false, &out->title), &out->title));
      } else if (key == "url") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, false, &out->url), &out->url));
      } else if (key == "source") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, false, &out->source), &out->source));
      } else if (key == "authors" || key == "author" || key == "byline") {
        RETURN_IF_ERROR(Metadata(Authors(v, key, &out->byline), &out->byline));
      } else if (key == "language" || key == "lang") {
        RETURN_IF_ERROR(Metadata(ScalarText(v, key, false, &out->language), &out->language));
      }
    }
    const char* trailing = nullptr;
    if (doc.current_location().get(trailing) == simdjson::SUCCESS)
      return DataLoss("invalid JSON: content after the closing brace");
    if (!has_text && !has_html) return InvalidArgument("record has neither \"text\" nor \"html\"");
    out->content_type = has_text ? ContentType::kText : ContentType::kHtml;
    if (!date.empty()) {
      out->published = Date::Parse(date);
      if (!out->published)
        Warn({file_, record(), InvalidArgument("unrecognised date \"" + date + "\"; left empty")});
    }
    return Status::Ok();
  }

  // A metadata field of the wrong type is a warning, not a lost article: the field is
  // cleared and the record kept. Malformed JSON stays an error.
  Status Metadata(Status s, std::string* field) {
    if (s.ok() || s.code() != StatusCode::kInvalidArgument) return s;
    field->clear();
    Warn({file_, record(), s.WithContext("ignored")});
    return Status::Ok();
  }

  std::unique_ptr<InputStream> in_;
  std::string file_;
  std::string name_;
  JsonlOptions options_;
  LineReader lines_;
  simdjson::ondemand::parser parser_;
  std::string buf_;
  uint64_t line_ = 0;
  bool fatal_ = false;
};

}  // namespace

bool SniffJsonl(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = head.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && head[i] == '{';
}

std::unique_ptr<RecordReader> OpenJsonl(std::unique_ptr<InputStream> in, std::string file,
                                        JsonlOptions options) {
  return std::make_unique<JsonlReader>(std::move(in), std::move(file), options);
}

}  // namespace dyad::read
