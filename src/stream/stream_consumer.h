// One member of a Redis stream consumer group: reads new entries (XREADGROUP), claims
// entries another member took but has not acknowledged for a while (XAUTOCLAIM, Redis
// >= 6.2), acknowledges entries once their results are safely stored (XACK), and reports
// how many entries the group still has pending. An entry stays pending, and so is redone
// by another member after its owner dies, until it is acknowledged: at-least-once
// delivery, which the idempotent store turns into exactly-once results.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "stream/redis_client.h"

namespace dyad::stream {

// One stream entry: its id and the value of its `article` field (one JSON record).
struct StreamEntry {
  std::string id;
  std::string article;
  bool has_article = false;  // false: the entry has no `article` field
};

// The entries of a reply array [[id, [field, value, ...]], ...] as XRANGE, XREADGROUP
// (per stream) and XAUTOCLAIM return them. Nil entries (deleted while pending) and
// malformed ones are left out.
std::vector<StreamEntry> ParseEntries(const redisReply* list);

struct ConsumerOptions {
  std::string stream;    // the stream key
  std::string group;     // the consumer group
  std::string consumer;  // this member's name, unique in the group
};

class StreamConsumer {
 public:
  // Joins the group, creating it (and the stream, MKSTREAM) when missing; a new group
  // starts at the beginning of the stream, so entries added before any worker ran are
  // read too. Errors: the client's, or the server's refusal (a key of another type).
  static Result<StreamConsumer> Join(RedisClient client, ConsumerOptions options);

  // Up to `count` entries never delivered to the group, waiting up to `block` for one.
  // Empty when none came.
  Result<std::vector<StreamEntry>> ReadNew(int count, std::chrono::milliseconds block);
  // Up to `count` entries pending for longer than `min_idle` with any member, now owned
  // by this one.
  Result<std::vector<StreamEntry>> ClaimIdle(std::chrono::milliseconds min_idle, int count);
  // Acknowledges entries: they leave the group's pending list for good.
  Status Ack(const std::vector<std::string>& ids);
  // Entries delivered to some member of the group and not yet acknowledged.
  Result<int64_t> Pending();

  const ConsumerOptions& options() const { return options_; }

 private:
  StreamConsumer(RedisClient client, ConsumerOptions options)
      : client_(std::move(client)), options_(std::move(options)) {}
  RedisClient client_;
  ConsumerOptions options_;
};

}  // namespace dyad::stream
