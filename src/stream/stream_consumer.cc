// Reply shapes (RESP2): XREADGROUP gives [[stream, entries]] or nil on timeout;
// XAUTOCLAIM gives [cursor, entries] (6.2) or [cursor, entries, deleted ids] (7.0);
// XPENDING's summary form gives [count, first id, last id, consumers].
#include "stream/stream_consumer.h"

#include <string>

namespace dyad::stream {

std::vector<StreamEntry> ParseEntries(const redisReply* list) {
  std::vector<StreamEntry> entries;
  if (list == nullptr || list->type != REDIS_REPLY_ARRAY) return entries;
  for (size_t i = 0; i < list->elements; ++i) {
    const redisReply* e = list->element[i];
    if (e == nullptr || e->type != REDIS_REPLY_ARRAY || e->elements != 2) continue;
    const redisReply* fields = e->element[1];
    if (e->element[0]->type != REDIS_REPLY_STRING) continue;
    StreamEntry entry;
    entry.id = std::string(ReplyText(e->element[0]));
    if (fields == nullptr || fields->type != REDIS_REPLY_ARRAY) continue;  // nil: deleted
    for (size_t f = 0; f + 1 < fields->elements; f += 2) {
      if (ReplyText(fields->element[f]) == "article") {
        entry.article = std::string(ReplyText(fields->element[f + 1]));
        entry.has_article = true;
      }
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

Result<StreamConsumer> StreamConsumer::Join(RedisClient client, ConsumerOptions options) {
  Result<Reply> created =
      client.Command({"XGROUP", "CREATE", options.stream, options.group, "0", "MKSTREAM"});
  if (!created.ok() && created.status().message().rfind("BUSYGROUP", 0) != 0) {
    return created.status().WithContext("creating group " + options.group + " on " + options.stream);
  }
  return StreamConsumer(std::move(client), std::move(options));
}

Result<std::vector<StreamEntry>> StreamConsumer::ReadNew(int count, std::chrono::milliseconds block) {
  ASSIGN_OR_RETURN(Reply r, client_.Command({"XREADGROUP", "GROUP", options_.group, options_.consumer, "COUNT",
                                             std::to_string(count), "BLOCK", std::to_string(block.count()),
                                             "STREAMS", options_.stream, ">"}));
  if (r->type != REDIS_REPLY_ARRAY || r->elements == 0) return std::vector<StreamEntry>{};
  const redisReply* per_stream = r->element[0];
  if (per_stream->type != REDIS_REPLY_ARRAY || per_stream->elements != 2) return std::vector<StreamEntry>{};
  return ParseEntries(per_stream->element[1]);
}

Result<std::vector<StreamEntry>> StreamConsumer::ClaimIdle(std::chrono::milliseconds min_idle, int count) {
  ASSIGN_OR_RETURN(Reply r, client_.Command({"XAUTOCLAIM", options_.stream, options_.group, options_.consumer,
                                             std::to_string(min_idle.count()), "0-0", "COUNT",
                                             std::to_string(count)}));
  if (r->type != REDIS_REPLY_ARRAY || r->elements < 2) return std::vector<StreamEntry>{};
  return ParseEntries(r->element[1]);
}

Status StreamConsumer::Ack(const std::vector<std::string>& ids) {
  if (ids.empty()) return Status::Ok();
  std::vector<std::string> argv = {"XACK", options_.stream, options_.group};
  argv.insert(argv.end(), ids.begin(), ids.end());
  return client_.Command(argv).status();
}

Result<int64_t> StreamConsumer::Pending() {
  ASSIGN_OR_RETURN(Reply r, client_.Command({"XPENDING", options_.stream, options_.group}));
  if (r->type != REDIS_REPLY_ARRAY || r->elements < 1 || r->element[0]->type != REDIS_REPLY_INTEGER) {
    return Status(StatusCode::kInternal, "unexpected XPENDING reply");
  }
  return static_cast<int64_t>(r->element[0]->integer);
}

}  // namespace dyad::stream
