// TextCoder: POST /api/code, which codes pasted text without storing it. The coder
// (pipeline::Coder: dictionary, models, gazetteer) is loaded once when the server starts
// and shared by every request; when loading fails the endpoint answers 503 with the reason
// and the rest of the server is unaffected. Requests are bounded three ways: the body's
// size, how many texts are coded at once, and a time limit after which the client gets
// 503 (the coding itself runs on to its end in the background, holding its slot, so a
// flood of slow requests cannot pile up work beyond the slots).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/date.h"
#include "dyad/status.h"
#include "pipeline/coder.h"

namespace dyad::server {

struct TextCoderOptions {
  size_t max_body_bytes = 256 * 1024;  // larger bodies get 413 (checked by the HTTP layer)
  int concurrency = 2;                 // texts coded at once; more wait for a slot
  std::chrono::milliseconds time_limit{10000};  // waiting for a slot and coding, together
};

// A POST /api/code body, checked.
struct CodeRequest {
  std::string text;
  std::optional<Date> date;
  std::string title;
};
// InvalidArgument naming what is wrong: not a JSON object, an unknown key, a value of the
// wrong type, no (or empty) text, a date that is not YYYY-MM-DD.
Result<CodeRequest> ParseCodeRequest(std::string_view body);

// The answer for one coded text (see TextCoder::Code). `analysis`: the coder's level.
std::string CodedTextJson(const pipeline::CodedArticle& a, std::string_view analysis);

class TextCoder {
 public:
  // Loads the coder with `coder`; never fails: a failed load is kept and reported by
  // every Code call (and by load_status()).
  static std::unique_ptr<TextCoder> Load(const pipeline::CoderOptions& coder, const TextCoderOptions& options);
  // Uses an already loaded coder (tests, or a server that shares one); null with `why`
  // behaves as a failed load.
  TextCoder(std::shared_ptr<const pipeline::Coder> coder, Status why, const TextCoderOptions& options);
  ~TextCoder();

  // Codes the request body {"text": "...", "date": "YYYY-MM-DD"?, "title": "..."?} and
  // answers {"date", "analysis", "events", "mentions", "sentences"}: events in dyad's
  // native JSON (write/writer.h AppendJsonl), mentions and sentences with byte offsets
  // into the coded text (after extraction, which for plain text is the text itself).
  // InvalidArgument for a malformed body (not JSON, unknown or mistyped keys, no text,
  // a bad date), checked first; ResourceExhausted (503) when the coder did not load, when no slot freed
  // up or the coding did not finish within the time limit.
  Result<std::string> Code(std::string_view body) const;

  const Status& load_status() const { return load_status_; }
  const TextCoderOptions& options() const { return options_; }

 private:
  struct Slots;
  std::shared_ptr<const pipeline::Coder> coder_;
  Status load_status_;
  TextCoderOptions options_;
  std::shared_ptr<Slots> slots_;
};

}  // namespace dyad::server
