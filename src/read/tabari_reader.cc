// Adapts TabariRecordReader to the RecordReader interface.
#include "read/tabari_reader.h"

#include <utility>

#include "read/tabari_records.h"
#include "read/utf8_check.h"
#include "util/utf8.h"

namespace dyad::read {
namespace {

class TabariReader : public RecordReader {
 public:
  TabariReader(std::unique_ptr<InputStream> in, std::string file)
      : in_(std::move(in)), file_(std::move(file)), name_(SourceName(file_)), records_(*in_) {}

  Result<bool> Next(Article* out) override {
    for (;;) {
      TabariRecord rec;
      auto more = records_.Next(&rec);
      if (!more.ok() || !*more) return more;
      if (rec.text.empty()) {
        ++without_text_;
        continue;
      }
      *out = Article();
      out->id = RepairUtf8(rec.id.empty() ? name_ + ":" + record() : rec.id);
      out->origin = file_ + ":" + record();
      if (Status s = RepairUtf8InPlace(&rec.text, "record text"); !s.ok()) Warn({file_, record(), s});
      out->published = rec.date;
      if (!rec.date)
        Warn({file_, record(), InvalidArgument("unrecognised date \"" + rec.date_text + "\"; left empty")});
      out->text = std::move(rec.text);
      return true;
    }
  }

  bool fatal() const override { return records_.failed(); }
  std::string record() const override { return std::to_string(records_.line()); }

  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    if (without_text_ == 0) return {};
    return {{"record without text", without_text_}};
  }

 private:
  std::unique_ptr<InputStream> in_;
  std::string file_;
  std::string name_;
  TabariRecordReader records_;
  uint64_t without_text_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> OpenTabari(std::unique_ptr<InputStream> in, std::string file) {
  return std::make_unique<TabariReader>(std::move(in), std::move(file));
}

}  // namespace dyad::read
