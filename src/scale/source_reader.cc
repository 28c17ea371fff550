// SourceReader: one file's records from a chosen position (see source_reader.h).
#include "scale/source_reader.h"

#include <utility>

#include "read/peek.h"
#include "util/input.h"

namespace dyad::scale {

Result<std::unique_ptr<SourceReader>> SourceReader::Open(const std::string& path, std::string_view forced) {
  if (path == "-") return InvalidArgument("a shard is read from a file, not from stdin");
  auto in = OpenInput(path);
  if (!in.ok()) return in.status();
  read::PeekedStream peeked = read::PeekHead(std::move(in).value(), read::kSniffBytes);
  auto format = read::ChooseFormat(path, peeked.head, forced);
  if (!format.ok()) return format.status();
  std::unique_ptr<SourceReader> r(new SourceReader());
  r->path_ = path;
  r->known_ = !forced.empty() || read::KnownInput(path, peeked.head);
  r->reader_ = (*format)->open(std::move(peeked.stream), path);
  return r;
}

SourceReader::Kind SourceReader::Next(Article* article, read::RecordError* error,
                                      std::vector<read::RecordError>* warnings) {
  if (ended_) return Kind::kEnd;
  auto more = reader_->Next(article);
  std::vector<read::RecordError> w = reader_->TakeWarnings();
  if (warnings != nullptr) warnings->insert(warnings->end(), w.begin(), w.end());
  if (!more.ok()) {
    ++position_;
    *error = {path_, reader_->record(), more.status()};
    if (reader_->fatal()) ended_ = true;
    return Kind::kError;
  }
  if (!*more) {
    ended_ = true;
    return Kind::kEnd;
  }
  ++position_;
  return Kind::kArticle;
}

Status SourceReader::SkipTo(uint64_t position) {
  if (position < position_)
    return InvalidArgument(path_ + ": cannot go back from record " + std::to_string(position_) + " to " +
                           std::to_string(position));
  Article article;
  read::RecordError error;
  while (position_ < position && Next(&article, &error, nullptr) != Kind::kEnd) {
  }
  return Status::Ok();
}

Result<uint64_t> CountRecords(const std::string& path, std::string_view forced) {
  auto reader = SourceReader::Open(path, forced);
  if (!reader.ok()) return reader.status();
  Article article;
  read::RecordError error;
  while ((*reader)->Next(&article, &error, nullptr) != SourceReader::Kind::kEnd) {
  }
  return (*reader)->position();
}

}  // namespace dyad::scale
