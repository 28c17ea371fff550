// The lemmatizer: "accused"/VBN -> accuse, "went"/VBD -> go, "countries"/NNS -> country.
// A lemma is produced by an edit rule applied to the form: keep its case or lower it,
// strip some bytes from the end, append a string. Words seen in training take the rule
// they took most often there (keyed by the exact form and XPOS, so "i" -> I; then the
// lower-cased form and XPOS; then that form and UPOS, so "laid"/VBN finds "laid"/VBD ->
// lay; then, for a capitalised NN or NNS, the form as NNP or NNPS, so "Britain"/NN keeps
// its capitals as the name training saw); other words get the rule an averaged perceptron predicts from
// their suffixes, shape and tags, preferring among its near-best rules one that yields a
// lemma seen in training ("fled" -> flee rather than "fle"). Trained by `dyad train
// lemmatizer`.
//
// Speed: the table of training words is an immutable open-addressing table of 64-bit keys
// (hashes of the form and a tag), so a seen word costs one to three probes and no
// allocation; the lemma is written straight into the caller's buffer.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "tag/conllu.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"

namespace dyad::tag {

// An edit rule: lemma = Apply(form).
struct LemmaRule {
  bool lower = false;   // lower-case the form (ASCII) before editing
  bool no_commas = false;  // drop commas first: "1,993,045" -> 1993045, as EWT does
  uint32_t strip = 0;   // bytes removed from the end
  std::string append;   // appended after stripping
  std::string Apply(std::string_view form) const;  // the form itself if strip is too long
  void AppendTo(std::string_view form, std::string* out) const;  // *out += Apply(form)
  std::string Encode() const;                      // "L|2|y": a stable text key
  static LemmaRule Decode(std::string_view key);
  // The shortest rule turning `form` into `lemma`, preferring lower-case on ties.
  static LemmaRule Between(std::string_view form, std::string_view lemma);
};

class Lemmatizer {
 public:
  // Trains on the lemmas of `train` (gold tags), reporting dev lemma accuracy with gold
  // tags. Deterministic. InvalidArgument when `train` has no words.
  static Result<Lemmatizer> Train(const std::vector<ConlluSentence>& train,
                                  const std::vector<ConlluSentence>& dev,
                                  const TrainOptions& opts);
  static Result<Lemmatizer> Load(const std::string& path);  // NotFound, IoError, DataLoss
  static Result<Lemmatizer> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // The lemma of one word given its tags. Thread-safe.
  std::string Lemmatize(std::string_view form, std::string_view upos,
                        std::string_view xpos) const;
  // Appends the lemma of `form` tagged (upos, xpos) to *out: the same bytes as
  // Lemmatize(form, UposName(upos), XposName(xpos)). Thread-safe; allocates only when
  // *out must grow.
  void AppendLemma(std::string_view form, Upos upos, uint8_t xpos, std::string* out) const;

  // Returns `doc` with lemmas appended to doc.arena for every tagged token.
  Document Lemmatize(Document doc) const;

  // Fraction of words of `gold` whose lemma comes out right given the gold tags.
  double Evaluate(const std::vector<ConlluSentence>& gold) const;

 private:
  // The model from a reader positioned at its magic string (FromBytes, Load).
  static Result<Lemmatizer> Read(ByteReader* in);
  // Hashes of one tag pair: HashString of each name, and the tag part of the three
  // keys of the table of training words.
  struct TagHashes {
    uint64_t upos = 0, xpos = 0;
    uint64_t form_key = 0, lower_key = 0, upos_key = 0;
  };
  static TagHashes HashTags(std::string_view upos, std::string_view xpos);
  static const TagHashes& CachedTagHashes(Upos upos, uint8_t xpos);
  // Appends the lemma of `form`; AppendAscii, that of a form with no typographic apostrophe.
  void Append(std::string_view form, const TagHashes& tags, std::string* out) const;
  void AppendAscii(std::string_view form, const TagHashes& tags, std::string* out) const;
  int Classify(std::string_view form, const TagHashes& tags) const;
  // The rule of a capitalised form tagged NN (NNS) that training saw only as NNP (NNPS)
  // when that rule keeps its case, else -1.
  int64_t NameRule(std::string_view form, const TagHashes& tags) const;
  bool IsKnownLemma(std::string_view lemma) const {
    return std::binary_search(lemmas_.begin(), lemmas_.end(), HashString(lemma));
  }

  // Immutable open-addressing table: hash(form, tag) -> rule index.
  class KnownTable {
   public:
    explicit KnownTable(const std::vector<std::pair<uint64_t, uint64_t>>& entries = {});
    // The rule index stored under `key`, or -1.
    int64_t Find(uint64_t key) const {
      if (slots_.empty()) return -1;
      for (uint64_t s = key & mask_;; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.rule == kEmpty) return -1;
        if (slot.key == key) return slot.rule;
      }
    }
    std::vector<std::pair<uint64_t, uint64_t>> Sorted() const;  // the entries, by key
    size_t size() const { return size_; }

   private:
    static constexpr uint32_t kEmpty = ~0u;
    struct Slot {
      uint64_t key = 0;
      uint32_t rule = kEmpty;
    };
    std::vector<Slot> slots_;
    uint64_t mask_ = 0;
    size_t size_ = 0;
  };

  std::vector<LemmaRule> rules_;
  KnownTable known_;
  Weights weights_;
  std::vector<uint64_t> lemmas_;  // sorted HashString of every training lemma
  // The classifier's rule gives way to one scoring at most this much lower whose lemma
  // is in lemmas_; 0: never.
  float lexicon_margin_ = 0;
};

}  // namespace dyad::tag
