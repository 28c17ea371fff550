// Sparse averaged perceptron: the linear model behind the tagger, the lemmatizer and the
// parser. A feature is a 64-bit hash of a template id and the atoms it combines (word,
// tag, suffix, ...); each feature holds weights only for the classes it was ever updated
// for, so a model with a hundred classes and millions of features stays small.
//
// Training uses WeightsTrainer (a hash map with lazy averaging, Collins 2002); Freeze()
// turns it into Weights, an immutable open-addressing table keyed by a 32-bit fingerprint
// whose entries are stored slot by slot, so scoring one feature is one probe and a short
// contiguous scan. Weights is what model files hold and what all threads share.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "tag/model_io.h"
#include "tag/row_add.h"
#include "util/hash.h"

namespace dyad::tag {

// Feature hashing: stable across platforms and runs (no std::hash), so model files and
// training are reproducible.
inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  return h;
}
inline uint64_t HashString(std::string_view s) { return Fnv1a(s); }
// A feature key from a template id and up to three atoms: the template's constant and the
// atoms, each turned by a different amount, folded by xor, then the splitmix64 finaliser (a
// bijection) for the bits a table reads (its low bits for the slot, its high ones for the
// fingerprint). Atoms are hashes or small integers (tags, labels, counts); the xor keeps
// different atoms apart (a ^ rotl(b, 21) is one to one for b fixed, and equal for swapped
// atoms only when they are equal), and the template constants differ between any two
// templates below 300 in bits that atoms below 2^16 cannot reach whatever their places
// (FeatureTest.TemplatesStayApart). A third of the work of mixing each atom in turn
// (docs/PERFORMANCE.md, "Cheaper feature keys").
inline uint64_t Feature(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  return SplitMix64Finish((templ + 1) * 0x9e3779b97f4a7c15ULL ^ a ^ std::rotl(b, 21) ^ std::rotl(c, 42));
}

// Index of the highest score among the classes with allowed[c] (all when empty); ties go
// to the lowest index. Returns -1 when nothing is allowed.
int ArgMax(std::span<const float> scores, std::span<const bool> allowed = {});

namespace internal {

// Allocates arrays of 2 MB and more on 2 MB boundaries and asks the kernel to back them
// with 2 MB pages (Linux transparent huge pages), so that the scattered probes of a large
// weight table miss the TLB less often; smaller arrays come from std::allocator.
inline constexpr size_t kHugePage = size_t{2} << 20;
void* AllocateHuge(size_t bytes);  // whole 2 MB pages; throws std::bad_alloc
void FreeHuge(void* p, size_t bytes);

template <class T>
struct LargeAllocator {
  using value_type = T;
  LargeAllocator() = default;
  template <class U>
  LargeAllocator(const LargeAllocator<U>&) {}
  // resize() leaves new elements uninitialised, as a file read is about to fill them;
  // assign() and the other constructors still set the values they are given.
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return std::allocator<T>().allocate(n);
    return static_cast<T*>(AllocateHuge(bytes));
  }
  void deallocate(T* p, size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return std::allocator<T>().deallocate(p, n);
    FreeHuge(p, bytes);
  }
  template <class U>
  bool operator==(const LargeAllocator<U>&) const { return true; }
};
template <class T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

}  // namespace internal

class Weights {
 public:
  Weights() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_entries() const { return Sparse().cls_.size(); }

  // Adds the weights of feature `key` to scores[0, num_classes). Unknown keys add nothing.
  void Score(uint64_t key, float* scores) const { Score(std::span<const uint64_t>(&key, 1), scores); }
  // Scores many features, with the same sums as scoring them one by one in order. The
  // work goes in stages over a batch of keys so that the cache misses of a large table
  // overlap instead of queueing one after another: prefetch every key's slot record, then
  // find each and prefetch the weights it names (a dense row or a block), then add.
  void Score(std::span<const uint64_t> keys, float* scores) const {
    if (empty()) return;
    constexpr size_t kBatch = 128;
    for (size_t done = 0; done < keys.size(); done += kBatch)
      ScoreBatch(keys.subspan(done, std::min(kBatch, keys.size() - done)), scores);
  }

  // Adds the weights of keys[i] to outs[i][0, num_classes) for every i, in stages as
  // Score does: for features whose scores go to different arrays.
  void ScoreEach(std::span<const uint64_t> keys, float* const* outs) const {
    if (empty()) return;
    constexpr size_t kBatch = 128;
    for (size_t done = 0; done < keys.size(); done += kBatch)
      ScoreBatch(keys.subspan(done, std::min(kBatch, keys.size() - done)), outs + done);
  }

  // Asks the memory system for the slot records of `keys` without waiting for them: for
  // keys that a later Score or ScoreEach will probe (which asks for its own this way too).
  // The hint is for the outer caches (prefetcht1): each record is read once, a moment
  // later, and the core's first-level cache keeps the rows being added.
  void Prefetch(std::span<const uint64_t> keys) const {
    if (probe_.empty()) return;
    for (uint64_t k : keys) __builtin_prefetch(&probe_[k & mask_], 0, 2);
  }

  // From now on scores the dense rows from a copy held as 16-bit integers with a scale
  // per row: a frequent feature reads four cache lines instead of seven, and each weight
  // it adds differs from the float one by at most 1/65534 of its row's largest
  // magnitude. Files are unchanged: Save writes the float weights.
  void QuantizeDenseRows();

  // A copy without the entries whose magnitude is below `min_abs`, over every class of the
  // file (classes() empty). Slots stay where they are (a fingerprint is not enough to
  // re-hash), so only the entry arrays shrink.
  Weights Pruned(float min_abs) const;

  // Files hold the occupied slots only (a bit per slot, then their fingerprints and entry
  // counts, then the entries), which compress to four fifths of the table as it lies in
  // memory; Load rebuilds that table, and still reads files of the earlier layout.
  void Save(ByteWriter* out) const;
  // With `drop_empty_classes`, a class that no feature has a weight for (a parser's move
  // never seen in training: its score is always 0) is left out of the table, so that
  // every dense row is that much narrower; classes() then says which classes remain.
  static Result<Weights> Load(ByteReader* in, bool drop_empty_classes = false);

  // The classes this table scores, as classes of its file, when Load dropped some: the
  // sums of key i go to scores[j] for file class classes()[j], j < num_classes(), and the
  // others' sums are 0. Empty when the table scores every class of its file.
  std::span<const uint8_t> classes() const { return classes_; }
  int file_classes() const { return classes_.empty() ? num_classes_ : file_classes_; }

 private:
  friend class WeightsTrainer;
  static uint32_t Fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }
  bool empty() const { return keys_.empty() && probe_.empty(); }
  // The entries of `key`: [*begin, *end), empty when the key is absent.
  void Find(uint64_t key, uint32_t* begin, uint32_t* end) const {
    const uint32_t fp = Fingerprint(key);
    for (uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      const uint32_t k = keys_[slot];
      if (k == 0) break;
      if (k == fp) {
        *begin = first_[slot];
        *end = first_[slot + 1];
        return;
      }
    }
    *begin = *end = 0;
  }
  void ScoreBatch(std::span<const uint64_t> keys, float* scores) const;  // at most 128 keys
  void ScoreBatch(std::span<const uint64_t> keys, float* const* outs) const;  // key i to outs[i]
  template <class Out>
  void ScoreStaged(std::span<const uint64_t> keys, Out out) const;  // out(i): key i's scores
  template <class Out>
  void ScoreProbed(std::span<const uint64_t> keys, Out out) const;  // the same from probe_
  // In memory, a row with many entries is replaced by one entry of class kDenseRow whose
  // weight holds (bit for bit) the offset of a dense row of num_classes_ weights in
  // dense_: contiguous adds instead of scattered ones. Files keep the sparse form.
  static constexpr uint8_t kDenseRow = 255;
  void Densify();
  Weights Sparse() const;  // the file form: dense rows turned back into entries
  internal::LargeVector<float> dense_;
  // QuantizeDenseRows's copy: the dense row at dense_ offset o is the row o / num_classes_
  // of kRow16 int16 values from q16_begin_: its float scale (in its first two values),
  // then one value per class. Rows start on 64-byte boundaries.
  static constexpr size_t kRow16 = 128;
  internal::LargeVector<int16_t> dense16_;
  size_t q16_begin_ = 0;
  const int16_t* Row16(uint32_t offset) const { return Row16At(offset / static_cast<uint32_t>(num_classes_)); }
  const int16_t* Row16At(uint32_t row) const { return &dense16_[q16_begin_ + size_t{row} * kRow16]; }
  void Add16(const int16_t* row, float* scores) const {
    float scale;
    std::memcpy(&scale, row, sizeof scale);
    AddScaledRow(row + 2, scale, scores, num_classes_);
  }

  int num_classes_ = 0;
  size_t num_features_ = 0;
  uint64_t mask_ = 0;
  // The form scoring reads, built from the arrays below once dense rows are set apart
  // (Densify), which then releases them: per slot one 8-byte record holding the
  // fingerprint and where the feature's weights lie, so that finding a feature reads one
  // cache line instead of two and the dense-row test reads none; the sparse weights of a
  // feature lie together in blocks_, its `count` weights and then their `count` classes
  // (a byte each, padded to a word), one or two cache lines instead of two or three.
  // `where`: 0 for no weights; kProbeDense | row for a dense row; otherwise
  // count << kProbeCountShift | the word of blocks_ where the block starts. Tables whose
  // entries do not fit those bits (or of 255 classes and more, which have no dense rows)
  // keep the arrays and score from them.
  struct Probe {
    uint32_t fp;  // 0: an empty slot
    uint32_t where;
  };
  static constexpr uint32_t kProbeDense = 1u << 31;
  static constexpr int kProbeCountShift = 25;
  void BuildProbes();
  // A sparse feature's block: its `count` weights, then their classes.
  struct Block {
    const uint32_t* weights;  // float bits
    const uint8_t* classes;
    uint32_t count;
  };
  Block BlockAt(uint32_t where) const {
    const uint32_t* w = &blocks_[where & ((1u << kProbeCountShift) - 1)];
    const uint32_t count = where >> kProbeCountShift;
    return Block{w, reinterpret_cast<const uint8_t*>(w + count), count};
  }
  // Writes the block of `count` entries at word `at` of blocks_; returns its `where`.
  uint32_t WriteBlock(uint32_t at, const float* weights, const uint8_t* classes, uint32_t count);
  static uint32_t BlockWords(uint32_t count) { return count + (count + 3) / 4; }
  // Load's way for the file's layout: the probe form straight from the occupied slots'
  // fingerprints and entry counts, with cls_ and w_ holding the entries (released once
  // used). False, with nothing changed, when the entries do not fit the probe form.
  Result<bool> BuildFromPacked(size_t cap, std::span<const uint8_t> occupied,
                               std::span<const uint32_t> keys, std::span<const uint16_t> counts,
                               bool drop_empty_classes);
  std::vector<uint8_t> classes_;  // Load's drop_empty_classes: the file class of each class
  int file_classes_ = 0;
  internal::LargeVector<Probe> probe_;
  internal::LargeVector<uint32_t> blocks_;
  internal::LargeVector<uint32_t> keys_;   // per slot: fingerprint, 0 when empty
  internal::LargeVector<uint32_t> first_;  // per slot + 1: entries of slot s are [first_[s], first_[s+1])
  internal::LargeVector<uint8_t> cls_;
  internal::LargeVector<float> w_;
};

class WeightsTrainer {
 public:
  explicit WeightsTrainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  // Adds the current (not averaged) weights of `keys` to scores[0, num_classes).
  void Score(std::span<const uint64_t> keys, float* scores) const;
  // Moves `keys` towards class `truth` and away from `guess` (no-op when equal).
  void Update(std::span<const uint64_t> keys, int truth, int guess);
  // Adds `delta` to the weights of `keys` for class `cls` (one side of a structured
  // update, whose two paths reach different states).
  void Add(std::span<const uint64_t> keys, int cls, float delta);
  // Ends one training instance; averaging weighs weights by instances survived.
  void Tick() { ++time_; }

  // The averaged weights; entries whose average magnitude is below `prune` are dropped.
  Weights Freeze(float prune = 0.0f) const;

 private:
  struct Entry {
    uint8_t cls;
    uint32_t last;   // time of the last change
    float w;
    double total;    // sum of w over time up to `last`
  };
  int num_classes_;
  uint32_t time_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> table_;
};

}  // namespace dyad::tag
