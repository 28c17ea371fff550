// The token trie behind PhraseMatcher. Three vocabularies (folded words, stems, words as
// written) give each token a handful of (kind, id) keys; edges live in one open-addressing
// table keyed by (node, kind, gap, id), so a step is a few integer probes. Matching keeps
// a small set of live states (node, start, last token) to honour gap connectors.
#include "dict/matcher.h"

#include <algorithm>
#include <functional>

#include "dict/tokenize.h"
#include "util/hash.h"

namespace dyad::dict {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

size_t RoundPow2(size_t n) {
  size_t c = 16;
  while (c < n) c <<= 1;
  return c;
}

// Strings to dense ids; open addressing with the hash kept in the slot.
class StringIds {
 public:
  uint32_t Intern(std::string_view s) {
    uint32_t found = Find(s);
    if (found != kNone) return found;
    if ((offsets_.size() + 1) * 2 > slots_.size()) Grow();
    uint32_t id = static_cast<uint32_t>(offsets_.size());
    offsets_.push_back(static_cast<uint32_t>(arena_.size()));
    lengths_.push_back(static_cast<uint32_t>(s.size()));
    arena_.append(s);
    Place(Hash(s), id);
    return id;
  }
  uint32_t Find(std::string_view s) const { return Find(s, Hash(s)); }
  // Find(s) for every prefix of `s` from `min_len` to `max_len` bytes long (those present
  // only), calling found(length, id); the prefixes' hashes are built byte by byte.
  template <typename F>
  void FindPrefixes(std::string_view s, size_t min_len, size_t max_len, F found) const {
    if (slots_.empty()) return;
    uint64_t state = kFnv1aSeed;
    const size_t hi = std::min(max_len, s.size());
    for (size_t len = 1; len <= hi; ++len) {
      state = Fnv1aStep(state, static_cast<unsigned char>(s[len - 1]));
      if (len < min_len) continue;
      if (const uint32_t id = Find(s.substr(0, len), SplitMix64Finish(state)); id != kNone) found(len, id);
    }
  }
  uint32_t Find(std::string_view s, uint64_t h) const {
    if (slots_.empty()) return kNone;
    // Most news words are in no dictionary: a 64 KiB bit filter (one bit per word, kept
    // in cache) turns nearly all of them away before the table, which does not fit.
    const uint32_t bit = static_cast<uint32_t>(h >> 45);
    if ((filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return kNone;
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.tag == tag && slot.length == s.size() &&
          std::string_view(arena_).substr(slot.offset, slot.length) == s)
        return slot.id;
    }
  }
  size_t size() const { return offsets_.size(); }
  size_t MemoryBytes() const {
    return arena_.capacity() + slots_.capacity() * sizeof(Slot) + offsets_.capacity() * 8 + filter_.size() * 8;
  }

 private:
  // Offset and length live in the slot so that a hit costs one probe and one compare.
  struct Slot {
    uint32_t tag = 0;
    uint32_t id = kNone;
    uint32_t offset = 0, length = 0;
  };
  // FNV-1a over the bytes, then a finaliser so that the low bits (the slot) and the high ones
  // (the filter bit, the tag) are all mixed: a hash that can be extended byte by byte, for
  // the stems that are prefixes of one word.
  static uint64_t Hash(std::string_view s) { return SplitMix64Finish(Fnv1a(s)); }
  std::string_view View(uint32_t id) const { return std::string_view(arena_).substr(offsets_[id], lengths_[id]); }
  void Place(uint64_t h, uint32_t id) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = {static_cast<uint32_t>(h >> 32), id, offsets_[id], lengths_[id]};
    const uint32_t bit = static_cast<uint32_t>(h >> 45);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  void Grow() {
    if (filter_.empty()) filter_.assign(kFilterWords, 0);
    slots_.assign(RoundPow2((offsets_.size() + 1) * 2 + 1), Slot{});
    for (uint32_t id = 0; id < offsets_.size(); ++id) Place(Hash(View(id)), id);
  }
  std::string arena_;
  std::vector<uint32_t> offsets_, lengths_;
  std::vector<Slot> slots_;
  std::vector<uint64_t> filter_;  // allocated with the first word
  static constexpr size_t kFilterWords = (size_t{1} << 19) / 64;
};

// uint64 keys to uint32 values, open addressing; ~0 is the empty key.
class U64Map {
 public:
  void Insert(uint64_t key, uint32_t value) {
    if ((count_ + 1) * 2 > cells_.size()) Grow();
    size_t i = Slot(key);
    if (cells_[i].key != kEmpty) {
      cells_[i].value = value;
      return;
    }
    cells_[i] = {key, value};
    ++count_;
  }
  uint32_t Find(uint64_t key) const {
    if (cells_.empty()) return kNone;
    size_t i = Slot(key);
    return cells_[i].key == kEmpty ? kNone : cells_[i].value;
  }
  size_t MemoryBytes() const { return cells_.capacity() * sizeof(Cell); }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  // Key and value side by side: a probe touches one cache line.
  struct Cell {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  size_t Slot(uint64_t key) const {
    const size_t mask = cells_.size() - 1;
    size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
    while (cells_[i].key != kEmpty && cells_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<Cell> old = std::move(cells_);
    cells_.assign(RoundPow2((count_ + 1) * 2 + 1), Cell{});
    for (const Cell& c : old) {
      if (c.key != kEmpty) cells_[Slot(c.key)] = c;
    }
  }
  std::vector<Cell> cells_;
  size_t count_ = 0;
};

uint64_t EdgeKey(uint32_t node, WordMatch kind, bool gap, uint32_t word) {
  return (uint64_t{node} << 32) | (uint64_t{static_cast<uint8_t>(kind)} << 30) |
         (uint64_t{gap} << 29) | (word & 0x1FFFFFFFu);
}

struct Key {
  WordMatch kind;
  uint32_t word;
  uint8_t gaps;  // bit g set: some edge (kind, gap g, word) exists
};

struct Live {
  uint32_t node, start, last;
};

}  // namespace

struct PhraseMatcher::Impl {
  StringIds words, stems, cased;
  U64Map edges;
  std::vector<uint8_t> gap_ok;            // per node: reached through a gap connector
  std::vector<uint32_t> payload_offsets;  // per node + 1, into payloads
  std::vector<uint32_t> payloads;
  int max_gap = kDefaultMaxGap;
  uint32_t min_stem = kNone, max_stem = 0;
  // Per vocabulary word: bit (kind * 2 + gap) set when some edge carries that word with
  // that kind and gap. Small enough to stay in cache, it spares most edge probes.
  std::vector<uint8_t> word_flags, stem_flags, cased_flags;

  static uint8_t Flags(const std::vector<uint8_t>& f, uint32_t id) { return id < f.size() ? f[id] : 0; }
  void Push(std::vector<Key>* keys, WordMatch kind, uint32_t id, const std::vector<uint8_t>& flags) const {
    uint8_t bits = (Flags(flags, id) >> (static_cast<int>(kind) * 2)) & 3;
    if (bits != 0) keys->push_back({kind, id, bits});
  }

  // Keys under which token `form` (as written) can follow an edge.
  void KeysFor(std::string_view form, std::string* folded, std::vector<Key>* keys) const {
    keys->clear();
    folded->clear();
    FoldCaseInto(form, folded);
    std::string_view f = *folded;
    if (uint32_t id = words.Find(f); id != kNone) {
      Push(keys, WordMatch::kExact, id, word_flags);
      Push(keys, WordMatch::kEndings, id, word_flags);
    }
    auto base = [&](std::string_view b) {
      if (b.empty()) return;
      if (uint32_t id = words.Find(b); id != kNone) Push(keys, WordMatch::kEndings, id, word_flags);
    };
    if (f.size() > 1 && f.back() == 's') {
      base(f.substr(0, f.size() - 1));
      if (f.size() > 2 && f[f.size() - 2] == 'e') base(f.substr(0, f.size() - 2));
      if (f.size() > 2 && f[f.size() - 2] == '\'') base(f.substr(0, f.size() - 2));
      if (f.size() >= 3 && f.substr(f.size() - 3) == "ies") {
        std::string y(f.substr(0, f.size() - 3));
        y.push_back('y');
        base(y);
      }
    }
    if (max_stem > 0)
      stems.FindPrefixes(f, min_stem, max_stem,
                         [&](size_t, uint32_t id) { Push(keys, WordMatch::kStem, id, stem_flags); });
    if (cased.size() > 0) {
      if (uint32_t id = cased.Find(form); id != kNone) Push(keys, WordMatch::kCased, id, cased_flags);
    }
  }
};

struct PhraseMatcher::Builder::State {
  Impl impl;
  std::vector<std::vector<uint32_t>> ids;  // per node
};

PhraseMatcher::Builder::Builder(int max_gap) : s_(std::make_unique<State>()) {
  s_->impl.max_gap = max_gap;
  s_->impl.gap_ok.push_back(0);
  s_->ids.emplace_back();
}

PhraseMatcher::Builder::~Builder() = default;

bool PhraseMatcher::Builder::Add(std::span<const Word> words, uint32_t id) {
  if (words.empty()) return false;
  for (const Word& w : words) {
    if (w.text.empty()) return false;
  }
  Impl& m = s_->impl;
  uint32_t node = 0;
  for (const Word& w : words) {
    uint32_t wid = 0;
    std::vector<uint8_t>* flags = &m.word_flags;
    switch (w.match) {
      case WordMatch::kExact:
      case WordMatch::kEndings:
        wid = m.words.Intern(FoldCase(w.text));
        break;
      case WordMatch::kStem: {
        std::string f = FoldCase(w.text);
        wid = m.stems.Intern(f);
        flags = &m.stem_flags;
        m.min_stem = std::min<uint32_t>(m.min_stem, static_cast<uint32_t>(f.size()));
        m.max_stem = std::max<uint32_t>(m.max_stem, static_cast<uint32_t>(f.size()));
        break;
      }
      case WordMatch::kCased:
        wid = m.cased.Intern(w.text);
        flags = &m.cased_flags;
        break;
    }
    if (flags->size() <= wid) flags->resize(wid + 1, 0);
    (*flags)[wid] |= static_cast<uint8_t>(1u << (static_cast<int>(w.match) * 2 + (w.gap_after ? 1 : 0)));
    // The gap bit belongs to the edge into the child: it says whether the child may wait.
    const uint64_t key = EdgeKey(node, w.match, w.gap_after, wid);
    uint32_t child = m.edges.Find(key);
    if (child == kNone) {
      child = static_cast<uint32_t>(m.gap_ok.size());
      m.gap_ok.push_back(w.gap_after ? 1 : 0);
      s_->ids.emplace_back();
      m.edges.Insert(key, child);
    }
    node = child;
  }
  auto& ids = s_->ids[node];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return true;
}

PhraseMatcher PhraseMatcher::Builder::Finish() {
  Impl& m = s_->impl;
  m.payload_offsets.reserve(s_->ids.size() + 1);
  for (auto& ids : s_->ids) {
    m.payload_offsets.push_back(static_cast<uint32_t>(m.payloads.size()));
    std::sort(ids.begin(), ids.end());
    m.payloads.insert(m.payloads.end(), ids.begin(), ids.end());
  }
  m.payload_offsets.push_back(static_cast<uint32_t>(m.payloads.size()));
  PhraseMatcher out;
  out.impl_ = std::make_unique<Impl>(std::move(m));
  s_ = std::make_unique<State>();
  s_->impl.gap_ok.push_back(0);
  s_->ids.emplace_back();
  return out;
}

PhraseMatcher::PhraseMatcher() : impl_(std::make_unique<Impl>()) {
  impl_->gap_ok.push_back(0);
  impl_->payload_offsets = {0, 0};
}
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

namespace {

// The words of a token that joins words with underscores ("Dol_Amroth"), as dictionary
// phrases are written: empty unless it has two or more.
std::vector<std::string_view> UnderscoreWords(std::string_view token) {
  std::vector<std::string_view> words;
  if (token.find('_') == std::string_view::npos) return words;
  for (size_t i = 0; i <= token.size();) {
    const size_t j = std::min(token.find('_', i), token.size());
    if (j > i) words.push_back(token.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 2) words.clear();
  return words;
}

}  // namespace

void PhraseMatcher::FindAll(std::span<const std::string_view> tokens,
                            std::vector<PhraseMatch>* out) const {
  // A text may join a multi-word name with underscores, as the dictionaries do ("the Prince
  // of Dol_Amroth"): such a token is matched as its words, and a phrase must begin and end
  // on a token's edges.
  bool joined = false;  // (a loop of its own: a call to memchr per short token costs more)
  for (std::string_view t : tokens)
    for (char c : t) joined |= c == '_';
  if (!joined) return FindAllWords(tokens, out);
  std::vector<std::string_view> words;
  std::vector<uint32_t> token_of, first_word;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    first_word.push_back(static_cast<uint32_t>(words.size()));
    std::vector<std::string_view> parts = UnderscoreWords(tokens[t]);
    if (parts.empty()) parts.push_back(tokens[t]);
    for (std::string_view w : parts) {
      words.push_back(w);
      token_of.push_back(t);
    }
  }
  first_word.push_back(static_cast<uint32_t>(words.size()));
  std::vector<PhraseMatch> found;
  FindAllWords(words, &found);
  const size_t first_out = out->size();
  for (const PhraseMatch& f : found) {
    const uint32_t begin = token_of[f.begin], last = token_of[f.end - 1];
    if (first_word[begin] != f.begin || first_word[last + 1] != f.end) continue;
    out->push_back({begin, last + 1, f.id});
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first_out), out->end());
  out->erase(std::unique(out->begin() + static_cast<std::ptrdiff_t>(first_out), out->end()), out->end());
}

void PhraseMatcher::FindAllWords(std::span<const std::string_view> tokens, std::vector<PhraseMatch>* out) const {
  const Impl& m = *impl_;
  const size_t first_out = out->size();
  std::string folded;
  std::vector<Key> keys;
  std::vector<Live> live, next;
  const uint32_t gap = static_cast<uint32_t>(m.max_gap);
  for (uint32_t p = 0; p < tokens.size(); ++p) {
    m.KeysFor(tokens[p], &folded, &keys);
    next.clear();
    auto add = [&](uint32_t node, uint32_t start) {
      for (Live& l : next) {
        if (l.node == node && l.start == start) {
          l.last = p;
          return;
        }
      }
      next.push_back({node, start, p});
    };
    auto step = [&](uint32_t node, uint32_t start) {
      for (const Key& k : keys) {
        for (int g = 0; g < 2; ++g) {
          if ((k.gaps & (1 << g)) == 0) continue;
          uint32_t child = m.edges.Find(EdgeKey(node, k.kind, g != 0, k.word));
          if (child == kNone) continue;
          for (uint32_t i = m.payload_offsets[child]; i < m.payload_offsets[child + 1]; ++i) {
            out->push_back({start, p + 1, m.payloads[i]});
          }
          add(child, start);
        }
      }
    };
    if (!keys.empty()) {
      step(0, p);
      for (const Live& l : live) {
        if (p == l.last + 1 || (m.gap_ok[l.node] && p - l.last - 1 <= gap)) step(l.node, l.start);
      }
    }
    // States behind a gap connector may wait for a later token.
    for (const Live& l : live) {
      if (!m.gap_ok[l.node] || p + 1 - l.last - 1 > gap) continue;
      bool dup = false;
      for (const Live& n : next) dup |= (n.node == l.node && n.start == l.start);
      if (!dup) next.push_back(l);
    }
    live.swap(next);
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first_out), out->end());
  out->erase(std::unique(out->begin() + static_cast<std::ptrdiff_t>(first_out), out->end()), out->end());
}

std::vector<PhraseMatch> PhraseMatcher::LeftmostLongest(std::span<const PhraseMatch> matches) {
  std::vector<PhraseMatch> kept;
  uint32_t covered = 0;
  size_t i = 0;
  while (i < matches.size()) {
    uint32_t begin = matches[i].begin;
    size_t best = i;
    size_t j = i;
    for (; j < matches.size() && matches[j].begin == begin; ++j) {
      if (matches[j].end > matches[best].end) best = j;
    }
    if (begin >= covered) {
      kept.push_back(matches[best]);
      covered = matches[best].end;
    }
    i = j;
  }
  return kept;
}

size_t PhraseMatcher::node_count() const { return impl_->gap_ok.size(); }
size_t PhraseMatcher::vocabulary_size() const {
  return impl_->words.size() + impl_->stems.size() + impl_->cased.size();
}
size_t PhraseMatcher::MemoryBytes() const {
  const Impl& m = *impl_;
  return m.words.MemoryBytes() + m.stems.MemoryBytes() + m.cased.MemoryBytes() + m.edges.MemoryBytes() +
         m.gap_ok.capacity() + m.payload_offsets.capacity() * 4 + m.payloads.capacity() * 4;
}

}  // namespace dyad::dict
