// Names for mention kinds and resolutions, and the token -> mentions index.
#include "actors/mention.h"

#include <algorithm>

namespace dyad::actors {

std::string_view MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kState: return "state";
    case MentionKind::kIgo: return "igo";
    case MentionKind::kGroup: return "group";
    case MentionKind::kPerson: return "person";
    case MentionKind::kAgentOnly: return "agent";
    case MentionKind::kPronoun: return "pronoun";
    case MentionKind::kReference: return "reference";
    case MentionKind::kCompound: return "compound";
    case MentionKind::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string_view ResolutionName(Resolution r) {
  switch (r) {
    case Resolution::kPhrase: return "phrase";
    case Resolution::kComposed: return "composed";
    case Resolution::kAgent: return "agent";
    case Resolution::kReference: return "reference";
    case Resolution::kCompound: return "compound";
    case Resolution::kUnresolved: return "unresolved";
  }
  return "unresolved";
}

MentionIndex::MentionIndex(std::span<const Mention> mentions, size_t num_tokens)
    : mentions_(mentions), offsets_(num_tokens + 1, 0), head_of_(num_tokens, -1) {
  // Counting sort of (token, mention) pairs by token.
  for (const Mention& m : mentions) {
    for (uint32_t t = m.begin; t < m.end && t < num_tokens; ++t) ++offsets_[t + 1];
  }
  for (size_t t = 0; t < num_tokens; ++t) offsets_[t + 1] += offsets_[t];
  covering_.resize(offsets_[num_tokens]);
  std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    for (uint32_t t = m.begin; t < m.end && t < num_tokens; ++t) covering_[fill[t]++] = i;
    if (m.head < num_tokens) {
      int32_t& h = head_of_[m.head];
      if (h < 0 || m.end - m.begin > mentions[h].end - mentions[h].begin) h = static_cast<int32_t>(i);
    }
  }
  for (size_t t = 0; t < num_tokens; ++t) {
    std::stable_sort(covering_.begin() + offsets_[t], covering_.begin() + offsets_[t + 1],
                     [&](uint32_t a, uint32_t b) {
                       return mentions[a].end - mentions[a].begin > mentions[b].end - mentions[b].begin;
                     });
  }
}

std::span<const uint32_t> MentionIndex::Covering(uint32_t token) const {
  if (token + 1 >= offsets_.size()) return {};
  return std::span<const uint32_t>(covering_).subspan(offsets_[token], offsets_[token + 1] - offsets_[token]);
}

int32_t MentionIndex::Outermost(uint32_t token) const {
  for (uint32_t i : Covering(token)) {
    if (mentions_[i].coded()) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t MentionIndex::WithHead(uint32_t token) const {
  return token < head_of_.size() ? head_of_[token] : -1;
}

}  // namespace dyad::actors
