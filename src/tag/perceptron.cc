// Averaged perceptron training and the frozen weight table.
#include "tag/perceptron.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>
#include <type_traits>

#include <sys/mman.h>
#include <emmintrin.h>

namespace dyad::tag {

// Four lanes at a time: the largest allowed score first, then the first allowed class
// that has it, which is the class the plain scan (ties to the lowest index) returns. A NaN
// score (only a damaged model's weights could give one) never wins, and when every allowed
// score is NaN the first allowed class is the answer.
int ArgMax(std::span<const float> scores, std::span<const bool> allowed) {
  const size_t n = scores.size();
  const bool all = allowed.empty();
  const __m128 lowest = _mm_set1_ps(-std::numeric_limits<float>::infinity());
  // All ones in the lanes whose class is allowed.
  auto lanes_allowed = [&](size_t c) {
    if (all) return _mm_castsi128_ps(_mm_set1_epi32(-1));
    int32_t four;
    static_assert(sizeof(bool) == 1);
    std::memcpy(&four, &allowed[c], 4);
    const __m128i bytes = _mm_cvtsi32_si128(four);
    const __m128i words = _mm_unpacklo_epi8(bytes, _mm_setzero_si128());
    const __m128i dwords = _mm_unpacklo_epi16(words, _mm_setzero_si128());
    return _mm_castsi128_ps(_mm_cmpgt_epi32(dwords, _mm_setzero_si128()));
  };
  size_t c = 0;
  __m128 top = lowest;
  bool any = false;
  for (; c + 4 <= n; c += 4) {
    const __m128 ok = lanes_allowed(c);
    any = any || _mm_movemask_ps(ok) != 0;
    top = _mm_max_ps(top, _mm_or_ps(_mm_and_ps(ok, _mm_loadu_ps(&scores[c])), _mm_andnot_ps(ok, lowest)));
  }
  float best_score = -std::numeric_limits<float>::infinity();
  {
    alignas(16) float t[4];
    _mm_store_ps(t, top);
    for (float v : t) best_score = std::max(best_score, v);
  }
  for (size_t r = c; r < n; ++r) {
    if (!all && !allowed[r]) continue;
    any = true;
    best_score = std::max(best_score, scores[r]);
  }
  if (!any) return -1;
  const __m128 want = _mm_set1_ps(best_score);
  size_t k = 0;
  for (; k + 4 <= n; k += 4) {
    const int hit = _mm_movemask_ps(_mm_and_ps(lanes_allowed(k), _mm_cmpeq_ps(_mm_loadu_ps(&scores[k]), want)));
    if (hit != 0) return static_cast<int>(k) + std::countr_zero(static_cast<unsigned>(hit));
  }
  for (; k < n; ++k)
    if ((all || allowed[k]) && scores[k] == best_score) return static_cast<int>(k);
  // Every allowed score is NaN.
  return all ? 0 : static_cast<int>(std::find(allowed.begin(), allowed.end(), true) - allowed.begin());
}

void Weights::ScoreBatch(std::span<const uint64_t> keys, float* scores) const {
  ScoreStaged(keys, [scores](size_t) { return scores; });
}

void Weights::ScoreBatch(std::span<const uint64_t> keys, float* const* outs) const {
  ScoreStaged(keys, [outs](size_t i) { return outs[i]; });
}

template <class Out>
void Weights::ScoreProbed(std::span<const uint64_t> keys, Out out) const {
  uint32_t where[128];
  const size_t n = keys.size();
  Prefetch(keys);
  const bool q16 = !dense16_.empty();
  const size_t row_bytes = q16 ? (num_classes_ + 2) * sizeof(int16_t)
                               : static_cast<size_t>(num_classes_) * sizeof(float);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t fp = Fingerprint(keys[i]);
    uint32_t at = 0;  // no entries
    for (uint64_t slot = keys[i] & mask_;; slot = (slot + 1) & mask_) {
      const Probe p = probe_[slot];
      if (p.fp == 0) break;
      if (p.fp == fp) {
        at = p.where;
        break;
      }
    }
    where[i] = at;
    if (at & kProbeDense) {
      const uint32_t r = at & ~kProbeDense;
      const char* row = q16 ? reinterpret_cast<const char*>(Row16At(r))
                            : reinterpret_cast<const char*>(&dense_[size_t{r} * num_classes_]);
      for (size_t b = 0; b < row_bytes; b += 64) __builtin_prefetch(row + b);
    } else if (at != 0) {
      const Block block = BlockAt(at);
      __builtin_prefetch(block.weights);
      __builtin_prefetch(block.classes + block.count - 1);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const uint32_t at = where[i];
    if (at == 0) continue;
    float* scores = out(i);
    if (at & kProbeDense) {
      const uint32_t r = at & ~kProbeDense;
      if (q16) {
        Add16(Row16At(r), scores);
      } else {
        AddRow(&dense_[size_t{r} * num_classes_], scores, num_classes_);
      }
      continue;
    }
    const Block block = BlockAt(at);
    for (uint32_t e = 0; e < block.count; ++e)
      scores[block.classes[e]] += std::bit_cast<float>(block.weights[e]);
  }
}

namespace {

// Frees a vector's memory (`v = {}` would keep its capacity).
template <class T>
void Release(internal::LargeVector<T>& v) {
  internal::LargeVector<T>().swap(v);
}

}  // namespace

uint32_t Weights::WriteBlock(uint32_t at, const float* weights, const uint8_t* classes, uint32_t count) {
  uint32_t* block = &blocks_[at];
  for (uint32_t e = 0; e < count; ++e) block[e] = std::bit_cast<uint32_t>(weights[e]);
  std::fill(block + count, block + BlockWords(count), 0u);
  std::copy_n(classes, count, reinterpret_cast<uint8_t*>(block + count));
  return count << kProbeCountShift | at;
}

void Weights::BuildProbes() {
  probe_.clear();
  blocks_.clear();
  if (keys_.empty() || num_classes_ >= kDenseRow) return;
  size_t words = 0;
  for (size_t s = 0; s < keys_.size(); ++s) {
    const uint32_t count = first_[s + 1] - first_[s];
    if (count >= (1u << (31 - kProbeCountShift))) return;
    if (count > 0 && cls_[first_[s]] != kDenseRow) words += BlockWords(count);
  }
  if (words >= (1u << kProbeCountShift)) return;
  probe_.resize(keys_.size());
  blocks_.resize(words);
  uint32_t next = 0;
  for (size_t s = 0; s < keys_.size(); ++s) {
    const uint32_t begin = first_[s], count = first_[s + 1] - begin;
    uint32_t where = 0;
    if (count == 1 && cls_[begin] == kDenseRow) {
      where = kProbeDense | std::bit_cast<uint32_t>(w_[begin]) / static_cast<uint32_t>(num_classes_);
    } else if (count > 0) {
      where = WriteBlock(next, &w_[begin], &cls_[begin], count);
      next += BlockWords(count);
    }
    probe_[s] = Probe{keys_[s], where};
  }
  Release(keys_);
  Release(first_);
  Release(cls_);
  Release(w_);
}

template <class Out>
void Weights::ScoreStaged(std::span<const uint64_t> keys, Out out) const {
  if (!probe_.empty()) return ScoreProbed(keys, out);
  uint32_t begin[128], end[128];
  const size_t n = keys.size();
  for (uint64_t k : keys) {
    __builtin_prefetch(&keys_[k & mask_]);
    __builtin_prefetch(&first_[k & mask_]);
  }
  for (size_t i = 0; i < n; ++i) {
    Find(keys[i], &begin[i], &end[i]);
    if (begin[i] < end[i]) {
      __builtin_prefetch(&cls_[begin[i]]);
      __builtin_prefetch(&w_[begin[i]]);
    }
  }
  const bool q16 = !dense16_.empty();
  if (!dense_.empty()) {
    const size_t row_bytes = q16 ? (num_classes_ + 2) * sizeof(int16_t)
                                 : static_cast<size_t>(num_classes_) * sizeof(float);
    for (size_t i = 0; i < n; ++i) {
      if (begin[i] == end[i] || cls_[begin[i]] != kDenseRow) continue;
      const uint32_t offset = std::bit_cast<uint32_t>(w_[begin[i]]);
      const char* row = q16 ? reinterpret_cast<const char*>(Row16(offset))
                            : reinterpret_cast<const char*>(&dense_[offset]);
      for (size_t b = 0; b < row_bytes; b += 64) __builtin_prefetch(row + b);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    uint32_t e = begin[i];
    if (e == end[i]) continue;
    float* scores = out(i);
    if (cls_[e] == kDenseRow && q16) {  // a frequent feature: one 16-bit dense row
      Add16(Row16(std::bit_cast<uint32_t>(w_[e])), scores);
      continue;
    }
    if (cls_[e] == kDenseRow) {  // a frequent feature: one dense row
      AddRow(&dense_[std::bit_cast<uint32_t>(w_[e])], scores, num_classes_);
      continue;
    }
    for (; e < end[i]; ++e) scores[cls_[e]] += w_[e];
  }
}

void WeightsTrainer::Score(std::span<const uint64_t> keys, float* scores) const {
  for (uint64_t k : keys) {
    auto it = table_.find(k);
    if (it == table_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void WeightsTrainer::Update(std::span<const uint64_t> keys, int truth, int guess) {
  if (truth == guess) return;
  auto bump = [&](std::vector<Entry>& row, int cls, float delta) {
    for (Entry& e : row) {
      if (e.cls == cls) {
        e.total += static_cast<double>(time_ - e.last) * e.w;
        e.last = time_;
        e.w += delta;
        return;
      }
    }
    row.push_back(Entry{static_cast<uint8_t>(cls), time_, delta, 0.0});
  };
  for (uint64_t k : keys) {
    auto& row = table_[k];
    bump(row, truth, 1.0f);
    if (guess >= 0) bump(row, guess, -1.0f);
  }
}

void WeightsTrainer::Add(std::span<const uint64_t> keys, int cls, float delta) {
  for (uint64_t k : keys) {
    auto& row = table_[k];
    auto e = std::find_if(row.begin(), row.end(), [&](const Entry& x) { return x.cls == cls; });
    if (e == row.end()) {
      row.push_back(Entry{static_cast<uint8_t>(cls), time_, delta, 0.0});
      continue;
    }
    e->total += static_cast<double>(time_ - e->last) * e->w;
    e->last = time_;
    e->w += delta;
  }
}

Weights WeightsTrainer::Freeze(float prune) const {
  struct Kept {
    uint64_t key;
    std::vector<std::pair<uint8_t, float>> entries;
  };
  std::vector<Kept> kept;
  kept.reserve(table_.size());
  for (const auto& [key, row] : table_) {
    Kept k{key, {}};
    for (const Entry& e : row) {
      double total = e.total + static_cast<double>(time_ - e.last) * e.w;
      float avg = static_cast<float>(total / time_);
      if (avg != 0.0f && std::fabs(avg) >= prune) k.entries.emplace_back(e.cls, avg);
    }
    if (k.entries.empty()) continue;
    std::sort(k.entries.begin(), k.entries.end());
    kept.push_back(std::move(k));
  }
  std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });

  Weights w;
  w.num_classes_ = num_classes_;
  w.num_features_ = kept.size();
  uint64_t cap = 16;
  while (cap < kept.size() + kept.size() / 2) cap <<= 1;
  w.mask_ = cap - 1;
  w.keys_.assign(cap, 0);
  std::vector<int64_t> owner(cap, -1);  // slot -> index into kept
  for (size_t i = 0; i < kept.size(); ++i) {
    const uint64_t key = kept[i].key;
    uint64_t slot = key & w.mask_;
    while (w.keys_[slot] != 0) slot = (slot + 1) & w.mask_;
    w.keys_[slot] = Weights::Fingerprint(key);
    owner[slot] = static_cast<int64_t>(i);
  }
  w.first_.assign(cap + 1, 0);
  for (uint64_t s = 0; s < cap; ++s) {
    w.first_[s] = static_cast<uint32_t>(w.cls_.size());
    if (owner[s] < 0) continue;
    for (const auto& [cls, val] : kept[owner[s]].entries) {
      w.cls_.push_back(cls);
      w.w_.push_back(val);
    }
  }
  w.first_[cap] = static_cast<uint32_t>(w.cls_.size());
  w.Densify();
  return w;
}

void Weights::Densify() {
  if (num_classes_ >= kDenseRow || keys_.empty()) return;
  const uint32_t min_len = std::max(8, num_classes_ / 6);
  const size_t slots = keys_.size();
  size_t rows = 0;
  for (size_t s = 0; s < slots; ++s) rows += first_[s + 1] - first_[s] >= min_len;
  if (rows == 0) return BuildProbes();
  dense_.assign(rows * num_classes_, 0.0f);
  // Compacts the entry arrays in place: a dense row replaces at least min_len entries
  // with one, so an entry's new index never exceeds its old one.
  uint32_t out = 0, off = 0;
  for (size_t s = 0; s < slots; ++s) {
    const uint32_t begin = first_[s], end = first_[s + 1];
    first_[s] = out;
    if (end - begin >= min_len) {
      float* row = &dense_[off];
      for (uint32_t e = begin; e < end; ++e) row[cls_[e]] = w_[e];
      cls_[out] = kDenseRow;
      w_[out++] = std::bit_cast<float>(off);
      off += static_cast<uint32_t>(num_classes_);
      continue;
    }
    for (uint32_t e = begin; e < end; ++e, ++out) {
      cls_[out] = cls_[e];
      w_[out] = w_[e];
    }
  }
  first_[slots] = out;
  cls_.resize(out);
  w_.resize(out);
  BuildProbes();  // which then releases the arrays
}

void Weights::QuantizeDenseRows() {
  if (dense_.empty() || num_classes_ + 2 > static_cast<int>(kRow16)) return;
  const size_t rows = dense_.size() / num_classes_;
  dense16_.assign(rows * kRow16 + 32, 0);
  // The first value at a 64-byte boundary: 2-byte values, so 32 of them at most.
  q16_begin_ = (64 - reinterpret_cast<uintptr_t>(dense16_.data()) % 64) % 64 / sizeof(int16_t);
  for (size_t r = 0; r < rows; ++r) {
    const float* row = &dense_[r * num_classes_];
    float max_abs = 0.0f;
    for (int c = 0; c < num_classes_; ++c) max_abs = std::max(max_abs, std::fabs(row[c]));
    const float scale = max_abs / 32767.0f;
    int16_t* q = &dense16_[q16_begin_ + r * kRow16];
    std::memcpy(q, &scale, sizeof scale);
    if (scale == 0.0f) continue;
    for (int c = 0; c < num_classes_; ++c)
      q[2 + c] = static_cast<int16_t>(std::lrint(row[c] / scale));
  }
}

namespace internal {

void* AllocateHuge(size_t bytes) {
  const size_t page = kHugePage;
  const size_t size = (bytes + page - 1) / page * page;
  // Over-allocates by a page and unmaps what lies outside the aligned range.
  void* raw = mmap(nullptr, size + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const uintptr_t begin = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (begin + page - 1) / page * page;
  if (aligned > begin) munmap(raw, aligned - begin);
  if (const uintptr_t tail = begin + size + page - (aligned + size); tail > 0)
    munmap(reinterpret_cast<void*>(aligned + size), tail);
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);  // a hint: failure is fine
#endif
  return reinterpret_cast<void*>(aligned);
}

void FreeHuge(void* p, size_t bytes) {
  const size_t page = kHugePage;
  munmap(p, (bytes + page - 1) / page * page);
}

}  // namespace internal

Weights Weights::Sparse() const {
  if (dense_.empty() && probe_.empty()) return *this;
  Weights out;
  out.num_classes_ = num_classes_;
  out.num_features_ = num_features_;
  out.mask_ = mask_;
  const size_t slots = probe_.empty() ? keys_.size() : probe_.size();
  out.keys_.resize(slots);
  out.first_.assign(slots + 1, 0);
  auto add_dense = [&](uint32_t offset) {
    const float* row = &dense_[offset];
    for (int c = 0; c < num_classes_; ++c) {  // Freeze never keeps a zero weight
      if (row[c] == 0.0f) continue;
      out.cls_.push_back(static_cast<uint8_t>(c));
      out.w_.push_back(row[c]);
    }
  };
  for (size_t s = 0; s < slots; ++s) {
    out.first_[s] = static_cast<uint32_t>(out.cls_.size());
    if (!probe_.empty()) {
      const Probe p = probe_[s];
      out.keys_[s] = p.fp;
      if (p.where & kProbeDense) {
        add_dense((p.where & ~kProbeDense) * static_cast<uint32_t>(num_classes_));
      } else if (p.where != 0) {
        const Block block = BlockAt(p.where);
        for (uint32_t e = 0; e < block.count; ++e) {
          out.cls_.push_back(block.classes[e]);
          out.w_.push_back(std::bit_cast<float>(block.weights[e]));
        }
      }
      continue;
    }
    out.keys_[s] = keys_[s];
    for (uint32_t e = first_[s]; e < first_[s + 1]; ++e) {
      if (cls_[e] != kDenseRow) {
        out.cls_.push_back(cls_[e]);
        out.w_.push_back(w_[e]);
        continue;
      }
      add_dense(std::bit_cast<uint32_t>(w_[e]));
    }
  }
  out.first_[slots] = static_cast<uint32_t>(out.cls_.size());
  if (!classes_.empty()) {  // back to the file's classes
    for (uint8_t& c : out.cls_) c = classes_[c];
    out.num_classes_ = file_classes_;
  }
  return out;
}

Weights Weights::Pruned(float min_abs) const {
  const Weights src = Sparse();
  Weights w = src;
  w.cls_.clear();
  w.w_.clear();
  w.num_features_ = 0;
  for (size_t s = 0; s < src.keys_.size(); ++s) {
    w.first_[s] = static_cast<uint32_t>(w.cls_.size());
    for (uint32_t e = src.first_[s]; e < src.first_[s + 1]; ++e) {
      if (std::fabs(src.w_[e]) < min_abs) continue;
      w.cls_.push_back(src.cls_[e]);
      w.w_.push_back(src.w_[e]);
    }
    if (src.keys_[s] != 0 && w.first_[s] != w.cls_.size()) ++w.num_features_;
  }
  if (!src.keys_.empty()) w.first_[src.keys_.size()] = static_cast<uint32_t>(w.cls_.size());
  w.Densify();
  return w;
}

// The file layout. The in-memory table is mostly empty slots and offsets that grow by one
// class count at a time, neither of which zstd packs well as it stands; so the file holds,
// after the shape, a bit per slot (occupied or not), then for the occupied slots in order
// their fingerprints and entry counts, then the entries. Load rebuilds the same table.
// The mark first names the layout and the feature keys: -2 for the keys of Feature as it
// is now. Tables of the keys before it (mark -1, or the earlier layout, whose first field
// was the class count) would find none of today's features: Load refuses them.
namespace {
constexpr int32_t kPackedLayout = -2;  // never a class count
constexpr int32_t kEarlierKeys = -1;
}  // namespace

void Weights::Save(ByteWriter* out) const {
  if (!dense_.empty() || !probe_.empty()) return Sparse().Save(out);
  const size_t cap = keys_.size();
  std::vector<uint8_t> occupied((cap + 7) / 8, 0);
  std::vector<uint32_t> keys;
  std::vector<uint16_t> counts;
  std::vector<uint8_t> cls;
  std::vector<float> w;
  keys.reserve(num_features_);
  counts.reserve(num_features_);
  cls.reserve(cls_.size());
  w.reserve(w_.size());
  for (size_t s = 0; s < cap; ++s) {
    if (keys_[s] == 0) continue;  // Score never reads entries under an empty slot
    occupied[s / 8] |= static_cast<uint8_t>(1u << (s % 8));
    keys.push_back(keys_[s]);
    counts.push_back(static_cast<uint16_t>(first_[s + 1] - first_[s]));
    cls.insert(cls.end(), cls_.begin() + first_[s], cls_.begin() + first_[s + 1]);
    w.insert(w.end(), w_.begin() + first_[s], w_.begin() + first_[s + 1]);
  }
  out->Put<int32_t>(kPackedLayout);
  out->Put<int32_t>(num_classes_);
  out->Put<uint64_t>(num_features_);
  out->Put<uint64_t>(cap);
  out->PutVector(occupied);
  out->PutVector(keys);
  out->PutVector(counts);
  out->PutVector(cls);
  out->PutVector(w);
}

Result<bool> Weights::BuildFromPacked(size_t cap, std::span<const uint8_t> occupied,
                                      std::span<const uint32_t> keys, std::span<const uint16_t> counts,
                                      bool drop_empty_classes) {
  const auto inconsistent = [] { return DataLoss("model weights are inconsistent"); };
  if (cls_.size() != w_.size() || keys.size() >= std::max<size_t>(cap, 1)) return inconsistent();
  for (uint8_t c : cls_)
    if (c >= num_classes_) return inconsistent();
  // The same dense rows, in the same order, as Densify makes of the arrays.
  const uint32_t min_len = std::max(8, num_classes_ / 6);
  uint64_t total = 0, words = 0, rows = 0;
  for (uint16_t n : counts) {
    total += n;
    if (n >= min_len) ++rows;
    else if (n > 0) words += BlockWords(n);
  }
  if (total != cls_.size()) return inconsistent();
  if (words >= (1u << kProbeCountShift)) return false;  // 128 MB of sparse weights: the arrays
  if (drop_empty_classes) {
    // Class numbers in increasing order, so every feature's entries stay sorted; the
    // dense rows are those of the file's class count (min_len above), so the same
    // features are dense with the same weights.
    std::array<uint8_t, 256> to{};
    std::array<bool, 256> used{};
    for (uint8_t c : cls_) used[c] = true;
    for (int c = 0; c < num_classes_; ++c)
      if (used[c]) {
        to[c] = static_cast<uint8_t>(classes_.size());
        classes_.push_back(static_cast<uint8_t>(c));
      }
    if (classes_.size() == static_cast<size_t>(num_classes_) || classes_.empty()) {
      classes_.clear();
    } else {
      for (uint8_t& c : cls_) c = to[c];
      file_classes_ = num_classes_;
      num_classes_ = static_cast<int>(classes_.size());
    }
  }
  probe_.resize(cap);
  blocks_.resize(words);
  dense_.assign(rows * num_classes_, 0.0f);
  size_t next = 0, entry = 0;
  uint32_t word = 0, row = 0;
  for (size_t s = 0; s < cap; ++s) {
    if (!(occupied[s / 8] >> (s % 8) & 1)) {
      probe_[s] = Probe{0, 0};
      continue;
    }
    if (next == keys.size() || keys[next] == 0) return inconsistent();
    const uint32_t count = counts[next];
    uint32_t where = 0;
    if (count >= min_len) {
      float* dense = &dense_[size_t{row} * num_classes_];
      for (uint32_t e = 0; e < count; ++e) dense[cls_[entry + e]] = w_[entry + e];
      where = kProbeDense | row++;
    } else if (count > 0) {
      where = WriteBlock(word, &w_[entry], &cls_[entry], count);
      word += BlockWords(count);
    }
    probe_[s] = Probe{keys[next++], where};
    entry += count;
  }
  if (next != keys.size()) return inconsistent();
  Release(cls_);
  Release(w_);
  return true;
}

Result<Weights> Weights::Load(ByteReader* in, bool drop_empty_classes) {
  Weights w;
  int32_t layout = 0;
  RETURN_IF_ERROR(in->Get(&layout));
  if (layout == kEarlierKeys || layout > 0)
    return DataLoss("model weights keyed by an earlier feature hash (before 2026-12-02): train the model again");
  if (layout != kPackedLayout) return DataLoss("model weights are inconsistent");
  int32_t nc = 0;
  RETURN_IF_ERROR(in->Get(&nc));
  w.num_classes_ = nc;
  RETURN_IF_ERROR(in->Get(&w.num_features_));
  {  // the file's slot arrays, freed before the table's invariants are checked
    uint64_t cap = 0;
    RETURN_IF_ERROR(in->Get(&cap));
    // A power of two, whose bits the file must then hold (so a damaged size cannot ask for
    // more memory than the file's length covers).
    if (cap != 0 && (cap & (cap - 1)) != 0) return DataLoss("model weights are inconsistent");
    w.mask_ = cap == 0 ? 0 : cap - 1;
    std::vector<uint8_t> occupied;
    std::vector<uint32_t> keys;
    std::vector<uint16_t> counts;
    RETURN_IF_ERROR(in->GetVector(&occupied));
    RETURN_IF_ERROR(in->GetVector(&keys));
    RETURN_IF_ERROR(in->GetVector(&counts));
    RETURN_IF_ERROR(in->GetVector(&w.cls_));
    RETURN_IF_ERROR(in->GetVector(&w.w_));
    // (That at least one slot stays empty is checked with the other invariants below.)
    if (occupied.size() != (cap + 7) / 8 || keys.size() != counts.size())
      return DataLoss("model weights are inconsistent");
    if (nc > 0 && nc < kDenseRow) {
      ASSIGN_OR_RETURN(const bool built, w.BuildFromPacked(cap, occupied, keys, counts, drop_empty_classes));
      if (built) return w;
    }
    w.keys_.assign(cap, 0);
    w.first_.assign(cap == 0 ? 0 : cap + 1, 0);
    uint64_t next = 0, total = 0;
    for (size_t s = 0; s < cap; ++s) {
      w.first_[s] = static_cast<uint32_t>(total);
      if (!(occupied[s / 8] >> (s % 8) & 1)) continue;
      if (next == keys.size() || keys[next] == 0) return DataLoss("model weights are inconsistent");
      w.keys_[s] = keys[next];
      total += counts[next++];
      if (total > w.cls_.size()) return DataLoss("model weights are inconsistent");
    }
    if (cap) w.first_[cap] = static_cast<uint32_t>(total);
    if (next != keys.size() || total != w.cls_.size()) return DataLoss("model weights are inconsistent");
  }
  // Check the invariants Score relies on, so a damaged file cannot index out of range.
  const size_t cap = w.keys_.size();
  bool ok = nc > 0 && nc <= 256 && (cap == 0 || (w.mask_ + 1 == cap && (cap & w.mask_) == 0)) &&
            w.first_.size() == (cap == 0 ? 0 : cap + 1) && w.cls_.size() == w.w_.size();
  for (size_t s = 0; ok && s < cap; ++s) ok = w.first_[s] <= w.first_[s + 1];
  if (ok && cap) ok = w.first_[cap] == w.cls_.size();
  for (size_t e = 0; ok && e < w.cls_.size(); ++e) ok = w.cls_[e] < nc;
  if (ok && cap) ok = std::count(w.keys_.begin(), w.keys_.end(), 0u) > 0;
  if (!ok) return DataLoss("model weights are inconsistent");
  w.Densify();
  return w;
}

}  // namespace dyad::tag
