// A stream that replays a saved head, then continues with the stream it wraps and
// reports any error met while the head was being read only after the head is consumed.
#include "read/peek.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace dyad::read {
namespace {

class ReplayStream : public InputStream {
 public:
  ReplayStream(std::string head, std::unique_ptr<InputStream> rest, Status deferred)
      : head_(std::move(head)), rest_(std::move(rest)), deferred_(std::move(deferred)) {
    failed_ = !deferred_.ok();  // after the deferred error the stream is finished
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      std::memcpy(buf, head_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    if (!deferred_.ok()) return std::exchange(deferred_, Status::Ok());
    if (failed_) return size_t{0};
    auto got = rest_->Read(buf, n);
    if (!got.ok()) failed_ = true;  // the underlying stream cannot be read further
    return got;
  }
  uint64_t compressed_offset() const override { return rest_->compressed_offset(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<InputStream> rest_;
  Status deferred_;
  bool failed_ = false;
};

}  // namespace

PeekedStream PeekHead(std::unique_ptr<InputStream> in, size_t n) {
  std::string head(n, '\0');
  size_t len = 0;
  Status deferred;
  while (len < n) {
    auto got = in->Read(head.data() + len, n - len);
    if (!got.ok()) {
      deferred = got.status();
      break;
    }
    if (*got == 0) break;
    len += *got;
  }
  head.resize(len);
  PeekedStream out;
  out.head = head;
  out.stream = std::make_unique<ReplayStream>(std::move(head), std::move(in), std::move(deferred));
  return out;
}

}  // namespace dyad::read
