// Tagger decoding and the model file. Training is in tagger_train.cc.
#include "tag/tagger.h"

#include <algorithm>
#include <limits>

#include "tag/tagger_features.h"

namespace dyad::tag {

using internal::ExtractChoiceTagFeatures;
using internal::ExtractWordTagFeatures;
using internal::kMaxTagFeatures;
using internal::kStartTag;
using internal::TagAtom;
using internal::Window;

namespace {
constexpr std::string_view kMagic = "DYADTAG2";
// How many positions ahead of the one being scored Decode asks for the weight records of
// the words' features (one, two and three measured alike; docs/PERFORMANCE.md).
constexpr size_t kPrefetchDistance = 1;
}  // namespace

void Tagger::SetClasses(std::vector<std::pair<std::string, std::string>> names) {
  classes_.clear();
  for (auto& [u, x] : names) classes_.push_back(Class{u, x, UposFromName(u), XposFromName(x)});
}

uint64_t Tagger::AmbiguityClass(uint64_t norm_hash) const {
  auto it = ambiguity_.find(norm_hash);
  return it == ambiguity_.end() ? internal::kNoAmbiguity : it->second;
}

void Tagger::Decode(const Weights& w, const Window& win, std::span<const int> right, std::vector<int>* out,
                    const std::vector<uint8_t>* keep, float sure_margin, std::vector<uint8_t>* sure) const {
  out->clear();
  if (sure) sure->assign(static_cast<size_t>(win.size()), 0);
  float scores[256];
  const size_t nc = classes_.size();
  // The features that read the words alone, for every position this pass scores, made
  // first: while one position is scored, the weight records of the next one's are
  // already on their way (Weights::Prefetch); the classes chosen to the left fill in the
  // rest of each position's features when its turn comes.
  const int len = win.size();
  thread_local std::vector<uint64_t> features;
  thread_local std::vector<int> order;  // the positions scored, in turn
  features.resize(static_cast<size_t>(len) * kMaxTagFeatures);
  order.clear();
  auto at = [&](int i) { return &features[static_cast<size_t>(i) * kMaxTagFeatures]; };
  int n = 0;  // features a position: the same for every position of a pass
  for (int i = 0; i < len; ++i) {
    if (keep && (*keep)[static_cast<size_t>(i)]) continue;
    n = ExtractWordTagFeatures(win, i, right, at(i));
    order.push_back(i);
  }
  auto prefetch = [&](size_t k) {
    if (k < order.size()) w.Prefetch(std::span<const uint64_t>(at(order[k]), n));
  };
  for (size_t k = 0; k < kPrefetchDistance; ++k) prefetch(k);
  size_t turn = 0;
  uint64_t t1 = kStartTag, t2 = kStartTag;
  for (int i = 0; i < len; ++i) {
    const auto pos = static_cast<size_t>(i);
    // A kept word holds its class from `right`, which then stands to the left of the
    // next word as it would had this pass chosen it.
    int best = keep && (*keep)[pos] ? right[pos] : -1;
    if (best < 0) {
      prefetch(turn++ + kPrefetchDistance);
      uint64_t* f = at(i);
      ExtractChoiceTagFeatures(win, i, t1, t2, right, f);
      std::fill(scores, scores + nc, 0.0f);
      w.Score(std::span<const uint64_t>(f, n), scores);
      best = ArgMax(std::span<const float>(scores, nc));
      if (sure) {
        const float bar = scores[best] - sure_margin;
        bool lead = true;
        for (size_t c = 0; c < nc; ++c) lead &= static_cast<int>(c) == best || scores[c] <= bar;
        (*sure)[pos] = lead;
      }
    }
    out->push_back(best);
    t2 = t1;
    t1 = TagAtom(best);
  }
}

void Tagger::TagSentence(std::span<const std::string_view> forms, std::vector<TagResult>* out) const {
  TagSentence(forms, out, kSureMargin);
}

void Tagger::TagSentenceFully(std::span<const std::string_view> forms, std::vector<TagResult>* out) const {
  TagSentence(forms, out, std::numeric_limits<float>::infinity());
}

void Tagger::TagSentence(std::span<const std::string_view> forms, std::vector<TagResult>* out,
                         float sure_margin) const {
  Window win(forms, [this](uint64_t h) { return AmbiguityClass(h); });
  std::vector<int> pass1, pass2;
  std::vector<uint8_t> sure;
  Decode(first_, win, {}, &pass1, nullptr, sure_margin, &sure);
  Decode(second_, win, pass1, &pass2, &sure);
  out->clear();
  for (int c : pass2) {
    const Class& k = classes_[c];
    out->push_back(TagResult{k.upos, k.xpos, k.upos_name, k.xpos_name});
  }
}

Document Tagger::Tag(Document doc) const {
  std::vector<std::string_view> forms;
  std::vector<TagResult> tags;
  for (const Sentence& s : doc.sentences) {
    forms.clear();
    for (const Token& t : doc.TokensOf(s)) forms.push_back(doc.Form(t));
    TagSentence(forms, &tags);
    for (size_t i = 0; i < tags.size(); ++i) {
      Token& t = doc.tokens[s.token_begin + i];
      t.upos = tags[i].upos;
      t.xpos = tags[i].xpos;
    }
  }
  return doc;
}

Tagger::Accuracy Tagger::Evaluate(const std::vector<ConlluSentence>& gold, bool fully) const {
  Accuracy acc;
  size_t upos = 0, xpos = 0;
  std::vector<std::string_view> forms;
  std::vector<TagResult> tags;
  for (const auto& s : gold) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    if (fully) TagSentenceFully(forms, &tags);
    else TagSentence(forms, &tags);
    for (size_t i = 0; i < tags.size(); ++i) {
      upos += tags[i].upos_name == s.words[i].upos;
      xpos += tags[i].xpos_name == s.words[i].xpos;
    }
    acc.words += tags.size();
  }
  if (acc.words) {
    acc.upos = static_cast<double>(upos) / acc.words;
    acc.xpos = static_cast<double>(xpos) / acc.words;
  }
  return acc;
}

std::string Tagger::ToBytes() const {
  ByteWriter out;
  out.PutString(kMagic);
  out.Put<uint32_t>(classes_.size());
  for (const auto& c : classes_) {
    out.PutString(c.upos_name);
    out.PutString(c.xpos_name);
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  out.PutVector(amb);
  first_.Save(&out);
  second_.Save(&out);
  return out.bytes();
}

Result<Tagger> Tagger::FromBytes(std::string_view bytes) {
  ByteReader in(bytes);
  return Read(&in);
}

Result<Tagger> Tagger::Read(ByteReader* reader) {
  ByteReader& in = *reader;
  std::string magic;
  RETURN_IF_ERROR(in.GetString(&magic));
  if (magic != kMagic) return DataLoss("not a dyad tagger model of this version");
  uint32_t n = 0;
  RETURN_IF_ERROR(in.Get(&n));
  if (n == 0 || n > 256) return DataLoss("tagger model: bad class count");
  std::vector<std::pair<std::string, std::string>> names(n);
  for (auto& [u, x] : names) {
    RETURN_IF_ERROR(in.GetString(&u));
    RETURN_IF_ERROR(in.GetString(&x));
  }
  Tagger t;
  t.SetClasses(std::move(names));
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  RETURN_IF_ERROR(in.GetVector(&amb));
  t.ambiguity_.reserve(amb.size());
  for (const auto& [k, v] : amb) t.ambiguity_.emplace(k, v);
  ASSIGN_OR_RETURN(t.first_, Weights::Load(&in));
  ASSIGN_OR_RETURN(t.second_, Weights::Load(&in));
  // Dense rows in 16 bits, as the parser's: a frequent feature reads four cache lines
  // instead of seven. EWT and GUM test tags came out the same, to the last one counted.
  t.first_.QuantizeDenseRows();
  t.second_.QuantizeDenseRows();
  if (t.first_.num_classes() != static_cast<int>(n) ||
      t.second_.num_classes() != static_cast<int>(n) || !in.done())
    return DataLoss("tagger model: inconsistent sizes");
  return t;
}

Result<Tagger> Tagger::Load(const std::string& path) {
  ASSIGN_OR_RETURN(ByteReader in, ByteReader::Open(path));
  auto t = Read(&in);
  if (!t.ok()) return t.status().WithContext(path);
  return t;
}

Status Tagger::Save(const std::string& path) const { return WriteFileBytes(path, ToBytes()); }

}  // namespace dyad::tag
