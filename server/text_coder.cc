// POST /api/code: body checks, the coding slots with their deadline, and the answer's
// JSON. Events are written by the jsonl writer itself, so the endpoint and `dyad code`
// give the same objects.
#include "server/text_coder.h"

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "write/writer.h"

namespace dyad::server {

using nlohmann::json;

// At most `capacity` holders at once. Shared with the coding threads, which may outlive
// the TextCoder (a request that timed out leaves its coding running to its end).
struct TextCoder::Slots {
  explicit Slots(int capacity) : free(capacity) {}
  // Takes a slot, waiting until `deadline`; false when none freed up in time.
  bool Take(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock<std::mutex> lock(mu);
    if (!cv.wait_until(lock, deadline, [this] { return free > 0; })) return false;
    --free;
    return true;
  }
  void Give() {
    {
      std::lock_guard<std::mutex> lock(mu);
      ++free;
    }
    cv.notify_one();
  }
  std::mutex mu;
  std::condition_variable cv;
  int free;
};

Result<CodeRequest> ParseCodeRequest(std::string_view body) {
  json j = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return InvalidArgument("the body is not valid JSON");
  if (!j.is_object()) return InvalidArgument("the body must be a JSON object: {\"text\": \"...\"}");
  CodeRequest r;
  for (const auto& [key, value] : j.items()) {
    if (key != "text" && key != "date" && key != "title") {
      return InvalidArgument("unknown key '" + key + "' (expected text, date, title)");
    }
    if (!value.is_string()) return InvalidArgument(key + ": must be a string");
  }
  if (!j.contains("text") || j["text"].get_ref<const std::string&>().empty()) {
    return InvalidArgument("text: the text to code is required");
  }
  r.text = j["text"].get<std::string>();
  if (j.contains("title")) r.title = j["title"].get<std::string>();
  if (j.contains("date")) {
    const std::string& d = j["date"].get_ref<const std::string&>();
    r.date = Date::Parse(d);
    if (!r.date || !r.date->valid()) return InvalidArgument("date: '" + d + "' is not a YYYY-MM-DD day");
  }
  return r;
}

std::string CodedTextJson(const pipeline::CodedArticle& a, std::string_view analysis) {
  const std::string& text = a.doc.text;
  auto slice = [&text](uint32_t begin, uint32_t end) {
    if (begin > end || end > text.size()) return std::string();
    return text.substr(begin, end - begin);
  };
  json sentences = json::array();
  for (size_t i = 0; i < a.doc.sentences.size(); ++i) {
    const Sentence& s = a.doc.sentences[i];
    sentences.push_back({{"index", i}, {"begin", s.begin}, {"end", s.end}, {"text", slice(s.begin, s.end)}});
  }
  json mentions = json::array();
  for (const actors::Mention& m : a.mentions) {
    mentions.push_back({{"sentence", m.sentence},
                        {"begin", m.byte_begin},
                        {"end", m.byte_end},
                        {"text", slice(m.byte_begin, m.byte_end)},
                        {"codes", m.codes},
                        {"country", m.country},
                        {"kind", actors::MentionKindName(m.kind)},
                        {"resolution", actors::ResolutionName(m.how)}});
  }
  json head = {{"date", a.date.ToString()}, {"analysis", analysis}};
  // Text cut at byte offsets may end inside a character; such bytes become U+FFFD.
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  std::string out = dump(head);
  out.pop_back();  // the closing brace: the arrays follow
  out += ",\"events\":[";
  for (size_t i = 0; i < a.events.size(); ++i) {
    if (i) out += ',';
    size_t at = out.size();
    write::AppendJsonl(a.events[i], &out);
    while (out.size() > at && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  }
  out += "],\"mentions\":" + dump(mentions) + ",\"sentences\":" + dump(sentences) + "}";
  return out;
}

std::unique_ptr<TextCoder> TextCoder::Load(const pipeline::CoderOptions& coder, const TextCoderOptions& options) {
  Result<std::shared_ptr<const pipeline::Coder>> c = pipeline::Coder::Load(coder);
  if (!c.ok()) return std::make_unique<TextCoder>(nullptr, c.status(), options);
  return std::make_unique<TextCoder>(std::move(c).value(), Status::Ok(), options);
}

TextCoder::TextCoder(std::shared_ptr<const pipeline::Coder> coder, Status why, const TextCoderOptions& options)
    : coder_(std::move(coder)),
      load_status_(coder_ ? Status::Ok() : (why.ok() ? Internal("no coder was given") : std::move(why))),
      options_(options),
      slots_(std::make_shared<Slots>(options.concurrency < 1 ? 1 : options.concurrency)) {}

TextCoder::~TextCoder() = default;

Result<std::string> TextCoder::Code(std::string_view body) const {
  ASSIGN_OR_RETURN(CodeRequest request, ParseCodeRequest(body));
  if (!coder_) return ResourceExhausted("text coding is unavailable: the coder did not load: " + load_status_.ToString());
  const auto deadline = std::chrono::steady_clock::now() + options_.time_limit;
  if (!slots_->Take(deadline)) {
    return ResourceExhausted("text coding is busy: no coder was free within " +
                             std::to_string(options_.time_limit.count()) + " ms");
  }
  // The coding runs on its own thread so the request can give up at the deadline; the
  // thread keeps the coder and the slot until it ends.
  auto done = std::make_shared<std::promise<Result<std::string>>>();
  std::future<Result<std::string>> answer = done->get_future();
  std::thread([coder = coder_, slots = slots_, done, request = std::move(request)]() mutable {
    Article article;
    article.id = "text";
    article.title = std::move(request.title);
    article.text = std::move(request.text);
    if (request.date) article.published = request.date;
    Result<std::string> r = [&]() -> Result<std::string> {
      ASSIGN_OR_RETURN(pipeline::CodedArticle coded, coder->Code(std::move(article)));
      return CodedTextJson(coded, coder->analysis_level());
    }();
    slots->Give();
    done->set_value(std::move(r));
  }).detach();
  if (answer.wait_until(deadline) != std::future_status::ready) {
    return ResourceExhausted("coding the text took longer than " + std::to_string(options_.time_limit.count()) +
                             " ms");
  }
  return answer.get();
}

}  // namespace dyad::server
