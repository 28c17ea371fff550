// Lemma edit rules, the table of words seen in training, the rule classifier for other
// words, and the model file.
#include "tag/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <random>

#include "tag/word_shape.h"

namespace dyad::tag {
namespace {

constexpr std::string_view kMagic = "DYADLEM2";
constexpr int kMaxClasses = 255;
constexpr int kMaxFeatures = 24;

uint64_t KnownKey(std::string_view lower_form, char kind, std::string_view tag) {
  return Mix(HashString(lower_form), Mix(static_cast<uint64_t>(kind), HashString(tag)));
}

// The classifier's features of `form` with the tags hashed as HashString(name).
int Extract(std::string_view form, uint64_t u, uint64_t x, uint64_t* f) {
  int n = 0;
  f[n++] = Feature(0, x);
  f[n++] = Feature(1, u);
  for (size_t k = 1; k <= 6; ++k) {
    const uint64_t suf = HashLower(form.substr(form.size() > k ? form.size() - k : 0));
    f[n++] = Feature(10 + k, suf, x);
    f[n++] = Feature(20 + k, suf, u);
  }
  f[n++] = Feature(2, HashShape(form), x);
  f[n++] = Feature(3, !form.empty() && form[0] >= 'A' && form[0] <= 'Z', u);
  f[n++] = Feature(4, std::min<size_t>(form.size(), 12), x);
  f[n++] = Feature(5, HashLower(form), x);
  return n;
}

// True when cutting `s` to its first `n` bytes would split a UTF-8 character: a rule
// learned on ASCII words ("'re" -> be) must not cut into "’re".
bool CutsCharacter(std::string_view s, size_t n) {
  return n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80;
}

}  // namespace

std::string LemmaRule::Apply(std::string_view form) const {
  if (strip > form.size()) return std::string(form);
  std::string out = lower ? AsciiLower(form) : std::string(form);
  if (no_commas) std::erase(out, ',');
  if (strip > out.size() || CutsCharacter(out, out.size() - strip)) return std::string(form);
  out.resize(out.size() - strip);
  out += append;
  return out;
}

void LemmaRule::AppendTo(std::string_view form, std::string* out) const {
  if (strip > form.size()) {
    out->append(form);
    return;
  }
  const size_t start = out->size();
  for (char c : form) {
    if (no_commas && c == ',') continue;
    out->push_back(lower && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (strip > out->size() - start || CutsCharacter(std::string_view(*out).substr(start), out->size() - start - strip)) {
    out->resize(start);
    out->append(form);
    return;
  }
  out->resize(out->size() - strip);
  out->append(append);
}

std::string LemmaRule::Encode() const {
  return std::string(no_commas ? "N" : lower ? "L" : "K") + "|" + std::to_string(strip) + "|" + append;
}

LemmaRule LemmaRule::Decode(std::string_view key) {
  LemmaRule r;
  r.lower = !key.empty() && (key[0] == 'L' || key[0] == 'N');
  r.no_commas = !key.empty() && key[0] == 'N';
  size_t bar2 = key.find('|', 2);
  if (key.size() < 4 || bar2 == std::string_view::npos) return r;
  std::from_chars(key.data() + 2, key.data() + bar2, r.strip);
  r.append = std::string(key.substr(bar2 + 1));
  return r;
}

LemmaRule LemmaRule::Between(std::string_view form, std::string_view lemma) {
  auto make = [&](bool lower) {
    const std::string base = lower ? AsciiLower(form) : std::string(form);
    size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    return LemmaRule{lower, false, static_cast<uint32_t>(base.size() - common),
                     std::string(lemma.substr(common))};
  };
  if (form.find(',') != std::string_view::npos && form.size() > 2) {
    std::string bare = AsciiLower(form);
    std::erase(bare, ',');
    if (bare == lemma) return LemmaRule{true, true, 0, ""};
  }
  LemmaRule lower = make(true), keep = make(false);
  return keep.strip < lower.strip ? keep : lower;
}

Lemmatizer::KnownTable::KnownTable(const std::vector<std::pair<uint64_t, uint64_t>>& entries) {
  if (entries.empty()) return;
  uint64_t cap = 16;
  while (cap < 2 * entries.size()) cap <<= 1;  // at most half full: short probe runs
  mask_ = cap - 1;
  slots_.resize(cap);
  for (const auto& [key, rule] : entries) {
    uint64_t s = key & mask_;
    while (slots_[s].rule != kEmpty && slots_[s].key != key) s = (s + 1) & mask_;
    if (slots_[s].rule != kEmpty) continue;  // a repeated key: the first one holds
    ++size_;
    slots_[s] = Slot{key, static_cast<uint32_t>(rule)};
  }
}

std::vector<std::pair<uint64_t, uint64_t>> Lemmatizer::KnownTable::Sorted() const {
  std::vector<std::pair<uint64_t, uint64_t>> out;
  out.reserve(size_);
  for (const Slot& s : slots_)
    if (s.rule != kEmpty) out.emplace_back(s.key, s.rule);
  std::sort(out.begin(), out.end());
  return out;
}

Lemmatizer::TagHashes Lemmatizer::HashTags(std::string_view upos, std::string_view xpos) {
  TagHashes h;
  h.upos = HashString(upos);
  h.xpos = HashString(xpos);
  h.form_key = Mix(static_cast<uint64_t>('f'), h.xpos);
  h.lower_key = Mix(static_cast<uint64_t>('x'), h.xpos);
  h.upos_key = Mix(static_cast<uint64_t>('u'), h.upos);
  return h;
}

const Lemmatizer::TagHashes& Lemmatizer::CachedTagHashes(Upos upos, uint8_t xpos) {
  static const std::vector<TagHashes> table = [] {
    std::vector<TagHashes> t(kNumUpos * kNumXpos);
    for (int u = 0; u < kNumUpos; ++u)
      for (int x = 0; x < kNumXpos; ++x)
        t[u * kNumXpos + x] = HashTags(UposName(static_cast<Upos>(u)), XposName(x));
    return t;
  }();
  const int u = static_cast<int>(upos), x = xpos;
  if (u < kNumUpos && x < kNumXpos) return table[u * kNumXpos + x];
  thread_local TagHashes other;  // out-of-range indexes: hash the names they print as
  other = HashTags(UposName(upos), XposName(xpos));
  return other;
}

int Lemmatizer::Classify(std::string_view form, const TagHashes& tags) const {
  uint64_t f[kMaxFeatures];
  int n = Extract(form, tags.upos, tags.xpos, f);
  float scores[256] = {};
  weights_.Score(std::span<const uint64_t>(f, n), scores);
  const int best = ArgMax(std::span<const float>(scores, weights_.num_classes()));
  if (lexicon_margin_ <= 0 || best < 0) return best;
  std::string lemma;
  rules_[best].AppendTo(form, &lemma);
  if (IsKnownLemma(lemma)) return best;
  // The best-scoring rule within the margin whose lemma was seen in training.
  int pick = best;
  for (int c = 0; c < weights_.num_classes(); ++c) {
    if (c == best || scores[c] < scores[best] - lexicon_margin_) continue;
    if (pick != best && scores[c] <= scores[pick]) continue;
    lemma.clear();
    rules_[c].AppendTo(form, &lemma);
    if (IsKnownLemma(lemma)) pick = c;
  }
  if (pick != best) return pick;
  // An inflected verb whose lemma is still unknown: a regular inflection's stem that is a
  // known lemma, when exactly one is ("blamed" -> blame, not "blam"; "traded" -> trade;
  // "monitoring" -> monitor). Its rule is among the classifier's (one of its classes).
  static const uint64_t kVerbTags[] = {HashString("VBD"), HashString("VBN"), HashString("VBG")};
  if (std::find(std::begin(kVerbTags), std::end(kVerbTags), tags.xpos) == std::end(kVerbTags)) return pick;
  const std::string lower = AsciiLower(form);
  std::vector<std::string> stems;
  auto add_stems = [&](std::string_view suffix) {
    if (lower.size() <= suffix.size() + 1 || !std::string_view(lower).ends_with(suffix)) return;
    const std::string stem = lower.substr(0, lower.size() - suffix.size());
    stems.push_back(stem);
    stems.push_back(stem + "e");
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) stems.push_back(stem.substr(0, stem.size() - 1));
    if (suffix == "ed" && stem.back() == 'i') stems.push_back(stem.substr(0, stem.size() - 1) + "y");
  };
  add_stems("ed");
  add_stems("ing");
  const std::string predicted = AsciiLower(rules_[pick].Apply(form));
  std::string found;
  for (const std::string& st : stems)
    if (st != predicted && IsKnownLemma(st) && st != found) {
      if (!found.empty()) return pick;  // two known stems: leave the classifier's
      found = st;
    }
  if (found.empty()) return pick;
  for (int c = 0; c < weights_.num_classes(); ++c) {
    if (AsciiLower(rules_[c].Apply(form)) == found) return c;
  }
  return pick;
}

void Lemmatizer::Append(std::string_view form, const TagHashes& tags, std::string* out) const {
  // A typographic apostrophe is read as the ASCII one that EWT's lemmas use: "’ll" is
  // "'ll" (will), "n’t" is "n't" (not).
  if (form.find("\u2019") != std::string_view::npos) {
    std::string ascii(form);
    for (size_t at; (at = ascii.find("\u2019")) != std::string::npos;) ascii.replace(at, 3, "'");
    return AppendAscii(ascii, tags, out);
  }
  AppendAscii(form, tags, out);
}

void Lemmatizer::AppendAscii(std::string_view form, const TagHashes& tags, std::string* out) const {
  // The three keys in turn: exact form and XPOS, lower-cased form and XPOS, lower-cased
  // form and UPOS (KnownKey of training).
  int64_t rule = known_.Find(Mix(HashString(form), tags.form_key));
  if (rule < 0) {
    const uint64_t lower = HashLower(form);
    rule = known_.Find(Mix(lower, tags.lower_key));
    if (rule < 0) rule = known_.Find(Mix(lower, tags.upos_key));
  }
  if (rule < 0) rule = NameRule(form, tags);
  if (rule >= 0) return rules_[rule].AppendTo(form, out);
  if (weights_.num_classes() == 0) return LemmaRule{true, false, 0, ""}.AppendTo(form, out);
  rules_[Classify(form, tags)].AppendTo(form, out);
}

int64_t Lemmatizer::NameRule(std::string_view form, const TagHashes& tags) const {
  // Only a capitalised common noun the tables do not know under its own tags, neither as
  // written nor lower-cased: "Britain" tagged NN, seen in training as NNP keeping its
  // case, is a name, and UD lemmas keep a name's capitals.
  if (form.empty() || form[0] < 'A' || form[0] > 'Z') return -1;
  static const TagHashes kNn = HashTags("NOUN", "NN"), kNns = HashTags("NOUN", "NNS");
  static const TagHashes kNnp = HashTags("PROPN", "NNP"), kNnps = HashTags("PROPN", "NNPS");
  const TagHashes* name = tags.xpos == kNn.xpos    ? &kNnp
                          : tags.xpos == kNns.xpos ? &kNnps
                                                   : nullptr;
  if (name == nullptr) return -1;
  const int64_t rule = known_.Find(Mix(HashString(form), name->form_key));
  return rule >= 0 && !rules_[rule].lower ? rule : -1;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view upos,
                                  std::string_view xpos) const {
  std::string out;
  Append(form, HashTags(upos, xpos), &out);
  return out;
}

void Lemmatizer::AppendLemma(std::string_view form, Upos upos, uint8_t xpos,
                             std::string* out) const {
  Append(form, CachedTagHashes(upos, xpos), out);
}

Document Lemmatizer::Lemmatize(Document doc) const {
  size_t bytes = 0;  // the lemmas are about as long as the forms
  for (const Token& t : doc.tokens) bytes += t.end - t.begin;
  doc.arena.reserve(doc.arena.size() + bytes + bytes / 8);
  for (Token& t : doc.tokens) {
    if (t.upos == Upos::kNone) continue;
    t.lemma_begin = static_cast<uint32_t>(doc.arena.size());
    // The form may itself live in the arena, which appending can move: copy it first
    // when it does.
    if (t.normalised) {
      const std::string form(doc.Form(t));
      AppendLemma(form, t.upos, t.xpos, &doc.arena);
    } else {
      AppendLemma(doc.Form(t), t.upos, t.xpos, &doc.arena);
    }
    t.lemma_end = static_cast<uint32_t>(doc.arena.size());
  }
  return doc;
}

double Lemmatizer::Evaluate(const std::vector<ConlluSentence>& gold) const {
  size_t right = 0, total = 0;
  for (const auto& s : gold)
    for (const auto& w : s.words) {
      right += Lemmatize(w.form, w.upos, w.xpos) == w.lemma;
      ++total;
    }
  return total ? static_cast<double>(right) / total : 0.0;
}

Result<Lemmatizer> Lemmatizer::Train(const std::vector<ConlluSentence>& train,
                                     const std::vector<ConlluSentence>& dev,
                                     const TrainOptions& opts) {
  // Rule counts per known key and per (form, upos, xpos) type.
  std::map<uint64_t, std::map<std::string, int>> by_key;
  std::map<std::tuple<std::string, std::string, std::string>, std::map<std::string, int>> by_type;
  std::map<std::string, int> rule_count;
  std::vector<uint64_t> lemmas;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      lemmas.push_back(HashString(w.lemma));
      const std::string rule = LemmaRule::Between(w.form, w.lemma).Encode();
      const std::string lower = AsciiLower(w.form);
      ++by_key[KnownKey(w.form, 'f', w.xpos)][rule];
      ++by_key[KnownKey(lower, 'x', w.xpos)][rule];
      ++by_key[KnownKey(lower, 'u', w.upos)][rule];
      ++by_type[{w.form, w.upos, w.xpos}][rule];
    }
  if (by_type.empty()) return InvalidArgument("lemmatizer training data has no lemmas");
  auto most_frequent = [](const std::map<std::string, int>& m) {
    return std::max_element(m.begin(), m.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })->first;
  };
  for (const auto& [type, rules] : by_type) ++rule_count[most_frequent(rules)];
  // Rules by type frequency; the classifier predicts the most frequent ones.
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [r, n] : rule_count) ranked.emplace_back(-n, r);
  for (const auto& [key, rules] : by_key)
    if (!rule_count.count(most_frequent(rules))) ranked.emplace_back(0, most_frequent(rules));
  std::sort(ranked.begin(), ranked.end());
  ranked.erase(std::unique(ranked.begin(), ranked.end()), ranked.end());
  Lemmatizer lem;
  std::map<std::string, uint32_t> rule_id;
  for (const auto& [neg, r] : ranked) {
    if (rule_id.count(r)) continue;
    rule_id[r] = static_cast<uint32_t>(lem.rules_.size());
    lem.rules_.push_back(LemmaRule::Decode(r));
  }
  std::vector<std::pair<uint64_t, uint64_t>> known;
  for (const auto& [key, rules] : by_key) known.emplace_back(key, rule_id[most_frequent(rules)]);
  lem.known_ = KnownTable(known);
  int classes = 0;
  while (classes < kMaxClasses && classes < static_cast<int>(ranked.size()) &&
         -ranked[classes].first >= 2)
    ++classes;
  classes = std::max(classes, 1);

  // The classifier learns from word types, which resemble unseen words better than tokens.
  struct Instance {
    std::string form, upos, xpos;
    int rule;
  };
  std::vector<Instance> data;
  for (const auto& [type, rules] : by_type) {
    int id = static_cast<int>(rule_id[most_frequent(rules)]);
    if (id < classes)
      data.push_back({std::get<0>(type), std::get<1>(type), std::get<2>(type), id});
  }
  WeightsTrainer trainer(classes);
  std::mt19937_64 rng(opts.seed);
  uint64_t f[kMaxFeatures];
  float scores[256];
  for (int e = 1; e <= opts.epochs; ++e) {
    for (size_t i = data.size(); i > 1; --i) std::swap(data[i - 1], data[rng() % i]);
    size_t correct = 0;
    for (const Instance& in : data) {
      int n = Extract(in.form, HashString(in.upos), HashString(in.xpos), f);
      std::fill(scores, scores + classes, 0.0f);
      trainer.Score(std::span<const uint64_t>(f, n), scores);
      int guess = ArgMax(std::span<const float>(scores, classes));
      trainer.Update(std::span<const uint64_t>(f, n), in.rule, guess);
      trainer.Tick();
      correct += guess == in.rule;
    }
    if (opts.progress)
      opts.progress("epoch " + std::to_string(e) + ": rule classifier train " +
                    std::to_string(100.0 * correct / std::max<size_t>(data.size(), 1)) + " %");
  }
  lem.weights_ = trainer.Freeze();
  std::sort(lemmas.begin(), lemmas.end());
  lemmas.erase(std::unique(lemmas.begin(), lemmas.end()), lemmas.end());
  lem.lemmas_ = std::move(lemmas);
  // The margin within which a rule yielding a training lemma wins: the best on dev of
  // none and a few sizes (scores are sums of averaged perceptron weights).
  if (!dev.empty()) {
    double best_acc = lem.Evaluate(dev);
    float best_margin = 0;
    if (opts.progress)
      opts.progress("dev lemma accuracy (gold tags) without the lemma lexicon " +
                    std::to_string(100 * best_acc) + " %");
    for (float margin : {1.0f, 2.0f, 4.0f, 8.0f, 16.0f, 32.0f}) {
      lem.lexicon_margin_ = margin;
      const double acc = lem.Evaluate(dev);
      if (opts.progress)
        opts.progress("lemma lexicon margin " + std::to_string(margin) +
                      ": dev lemma accuracy (gold tags) " + std::to_string(100 * acc) + " %");
      if (acc > best_acc) {
        best_acc = acc;
        best_margin = margin;
      }
    }
    lem.lexicon_margin_ = best_margin;
  } else {
    lem.lexicon_margin_ = opts.lexicon_margin;
  }
  return lem;
}

std::string Lemmatizer::ToBytes() const {
  ByteWriter out;
  out.PutString(kMagic);
  out.Put<uint32_t>(rules_.size());
  for (const auto& r : rules_) out.PutString(r.Encode());
  out.PutVector(known_.Sorted());
  weights_.Save(&out);
  out.PutVector(lemmas_);
  out.Put<float>(lexicon_margin_);
  return out.bytes();
}

Result<Lemmatizer> Lemmatizer::FromBytes(std::string_view bytes) {
  ByteReader in(bytes);
  return Read(&in);
}

Result<Lemmatizer> Lemmatizer::Read(ByteReader* reader) {
  ByteReader& in = *reader;
  std::string magic;
  RETURN_IF_ERROR(in.GetString(&magic));
  if (magic != kMagic) return DataLoss("not a dyad lemmatizer model of this version");
  Lemmatizer lem;
  uint32_t n = 0;
  RETURN_IF_ERROR(in.Get(&n));
  for (uint32_t i = 0; i < n; ++i) {
    std::string key;
    RETURN_IF_ERROR(in.GetString(&key));
    lem.rules_.push_back(LemmaRule::Decode(key));
  }
  std::vector<std::pair<uint64_t, uint64_t>> known;
  RETURN_IF_ERROR(in.GetVector(&known));
  for (const auto& [k, v] : known)
    if (v >= n) return DataLoss("lemmatizer model: rule index out of range");
  lem.known_ = KnownTable(known);
  ASSIGN_OR_RETURN(lem.weights_, Weights::Load(&in));
  RETURN_IF_ERROR(in.GetVector(&lem.lemmas_));
  RETURN_IF_ERROR(in.Get(&lem.lexicon_margin_));
  if (!std::is_sorted(lem.lemmas_.begin(), lem.lemmas_.end()))
    return DataLoss("lemmatizer model: lemma hashes out of order");
  if (lem.weights_.num_classes() > static_cast<int>(n) || !in.done())
    return DataLoss("lemmatizer model: inconsistent sizes");
  return lem;
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ByteReader in, ByteReader::Open(path));
  auto lem = Read(&in);
  if (!lem.ok()) return lem.status().WithContext(path);
  return lem;
}

Status Lemmatizer::Save(const std::string& path) const { return WriteFileBytes(path, ToBytes()); }

}  // namespace dyad::tag
