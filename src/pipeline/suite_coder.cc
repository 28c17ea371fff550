// The pipeline as a validation-suite coder (see suite_coder.h).
#include "pipeline/suite_coder.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace dyad::pipeline {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

SuiteCoderOptions OptionsFor(const std::vector<code::SuiteRecord>& records) {
  SuiteCoderOptions out;
  out.discards = std::any_of(records.begin(), records.end(),
                             [](const code::SuiteRecord& r) { return r.expect == code::Expect::kDiscard; });
  return out;
}

SuiteCoder::SuiteCoder(std::shared_ptr<const Coder> coder, SuiteCoderOptions options)
    : coder_(std::move(coder)), options_(options) {
  for (const dict::Agent& a : coder_->dictionary().model().agents) {
    for (size_t i = 0; i + 3 <= a.code.size(); i += 3) {
      const std::string chunk = a.code.substr(i, 3);
      if (std::all_of(chunk.begin(), chunk.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        agent_codes_.insert(chunk);
    }
  }
}

void SuiteCoder::SetOption(std::string_view line) {
  const size_t eq = line.find('=');
  if (eq != std::string_view::npos && Lower(Trim(line.substr(0, eq))) == "require_dyad") {
    options_.require_dyad = Lower(Trim(line.substr(eq + 1))) != "false";
    return;
  }
  ++ignored_options_;
}

std::string SuiteCoder::SuiteCode(std::string_view code) const {
  if (code.empty()) return "---";
  if (code.size() % 3 != 0) return std::string(code);
  for (size_t i = 0; i < code.size(); i += 3) {
    if (!agent_codes_.contains(code.substr(i, 3))) return std::string(code);
  }
  return "---" + std::string(code);
}

code::CodedRecord SuiteCoder::Code(const code::SuiteRecord& record) {
  code::CodedRecord out;
  Result<CodedArticle> coded = coder_->CodeText(record.text, record.date);
  if (!coded.ok()) {
    if (errors_++ == 0) first_error_ = record.id + ": " + coded.status().ToString();
    return out;
  }
  if (options_.discards) {
    std::vector<std::string_view> forms;
    forms.reserve(coded->doc.tokens.size());
    for (const Token& t : coded->doc.tokens) forms.push_back(coded->doc.Form(t));
    out.discarded = !coder_->dictionary().FindDiscards(forms).empty();
  }
  for (Event& e : coded->events) {
    if (options_.require_dyad && (e.source.code.empty() || e.target.code.empty())) continue;
    e.source.code = SuiteCode(e.source.code);
    e.target.code = SuiteCode(e.target.code);
    out.events.push_back(std::move(e));
  }
  return out;
}

}  // namespace dyad::pipeline
