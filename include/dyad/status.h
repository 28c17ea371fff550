// Status and Result<T>: how dyad reports expected failures (bad input, missing files,
// unreadable records). A Status is cheap when OK (one enum) and carries a message
// otherwise; Result<T> holds either a value or a non-OK Status. Asserts are kept for
// programmer errors only.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something malformed (bad option, bad query)
  kNotFound,         // a file, record or key that does not exist
  kDataLoss,         // input is corrupt or truncated (bad gzip, invalid UTF-8, broken JSON)
  kUnsupported,      // a format or feature dyad does not handle
  kIoError,          // the operating system refused a read or write
  kResourceExhausted,  // a size or time limit was hit
  kInternal,         // a bug in dyad
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "data loss: news.jsonl.gz: truncated gzip stream" style text for people.
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context` and ": ", e.g. a file name.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
inline Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
inline Status DataLoss(std::string msg) { return {StatusCode::kDataLoss, std::move(msg)}; }
inline Status Unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }
inline Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
inline Status ResourceExhausted(std::string msg) { return {StatusCode::kResourceExhausted, std::move(msg)}; }
inline Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

// Either a T or a non-OK Status. Constructing a Result from an OK Status is a
// programmer error and becomes an Internal status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT: implicit by design
    if (std::get<Status>(v_).ok()) v_ = Internal("Result constructed from an OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  // Requires ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#define DYAD_CONCAT_INNER(a, b) a##b
#define DYAD_CONCAT(a, b) DYAD_CONCAT_INNER(a, b)

// Returns the Status from the enclosing function if `expr` is not OK.
#define RETURN_IF_ERROR(expr)                        \
  do {                                               \
    ::dyad::Status dyad_status_ = (expr);            \
    if (!dyad_status_.ok()) return dyad_status_;     \
  } while (0)

// `ASSIGN_OR_RETURN(auto x, MakeX())`: binds the value or returns the error.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(DYAD_CONCAT(dyad_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.status();         \
  lhs = std::move(tmp).value()
