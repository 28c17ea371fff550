// Parsing with a trained model (greedily, or with a beam: parse/beam.cc), and the model
// file. Training is in parser_train.cc.
#include "parse/parser.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parse/arc_hybrid.h"
#include "parse/beam.h"
#include "parse/name_chunks.h"
#include "parse/parser_features.h"

namespace dyad::parse {
namespace {

// A greedy model's file; a beam model's adds its width after the root label.
constexpr std::string_view kMagic = "DYADPAR1", kMagicBeam = "DYADPAR2";
}  // namespace

void Parser::ParseSentence(std::span<const std::string_view> forms,
                           std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, int beam,
                           std::vector<int>* heads, std::vector<int>* labels) const {
  if (beam <= 1) return ParseGreedy(forms, upos, xpos, heads, labels);
  BeamParseSentence(forms, upos, xpos, beam, heads, labels);
}

void Parser::MendNames(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                       std::span<const std::string_view> xpos, std::vector<int>* heads,
                       std::vector<int>* labels) const {
  for (const NameChunk& c : FindNameChunks(forms, upos, xpos)) RepairNameChunk(c, forms, upos, labels_, heads, labels);
}

void Parser::BeamParseSentence(std::span<const std::string_view> forms,
                               std::span<const std::string_view> upos,
                               std::span<const std::string_view> xpos, int width,
                               std::vector<int>* heads, std::vector<int>* labels) const {
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos);
  const ArcHybrid system(static_cast<int>(labels_.size()), root_label_);
  thread_local MoveScorer scorer(nullptr, 0);
  const int moves = system.num_moves();
  if (companion_ == nullptr) {
    scorer.Bind([this](std::span<const uint64_t> keys, float* const* outs) { weights_.ScoreEach(keys, outs); },
                moves);
  } else {
    scorer.Bind([this, moves](std::span<const uint64_t> keys,
                              float* const* outs) { ScoreWithCompanion(keys, outs, moves); },
                moves);
  }
  BeamParse(system, atoms, &scorer, width, heads, labels);
  MendNames(forms, upos, xpos, heads, labels);
}

void Parser::ParseGreedy(std::span<const std::string_view> forms,
                           std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, std::vector<int>* heads,
                           std::vector<int>* labels) const {
  const int n = static_cast<int>(forms.size());
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos);
  const ArcHybrid system(static_cast<int>(labels_.size()), root_label_);
  const int moves = system.num_moves();
  State s(n);
  // The summed scores of a word's slot features (parser_features.h), one row per slot
  // and word (or absent word), scored the first time the word is seen at the slot (with
  // its dependents so far) and reused for every later state that holds it there
  // unchanged: a state then probes the weight table only for its joint features and for
  // the slots that changed.
  const size_t stride = (static_cast<size_t>(moves) + 15) & ~size_t{15};
  const size_t words_per_slot = static_cast<size_t>(n) + 2;
  thread_local std::vector<float> slot_scores;
  thread_local std::vector<int> ready;  // per row: SlotVersion + 1 of its scores, 0: none
  slot_scores.resize(kNumParseSlots * words_per_slot * stride);
  ready.assign(kNumParseSlots * words_per_slot, 0);
  uint64_t f[kMaxParseFeatures];
  float* out[kMaxParseFeatures];
  float scores[256];
  bool allowed[256];
  int words[kNumParseSlots];
  const float* rows[kNumParseSlots];
  while (!s.Terminal()) {
    system.Allowed(s, std::span<bool>(allowed, moves));
    // A state with one legal move (the first shift, the last attachment to the root)
    // needs no scores: the weight-table probes are most of a transition's cost.
    const int first = static_cast<int>(std::find(allowed, allowed + moves, true) - allowed);
    if (std::find(allowed + first + 1, allowed + moves, true) == allowed + moves) {
      system.Apply(s, first);
      continue;
    }
    ParseSlotWords(s, words);
    int nf = 0;
    for (int slot = 0; slot < kNumParseSlots; ++slot) {
      const size_t row = slot * words_per_slot + static_cast<size_t>(words[slot] + 1);
      float* r = &slot_scores[row * stride];
      rows[slot] = r;
      const int version = SlotVersion(s, slot, words[slot]) + 1;
      if (ready[row] == version) continue;
      ready[row] = version;
      std::fill(r, r + moves, 0.0f);
      const int k = ExtractSlotFeatures(slot, words[slot], s, atoms, f + nf);
      std::fill(out + nf, out + nf + k, r);
      nf += k;
    }
    const int joint = ExtractJointFeatures(s, atoms, f + nf);
    std::fill(out + nf, out + nf + joint, static_cast<float*>(scores));
    nf += joint;
    std::fill(scores, scores + moves, 0.0f);
    weights_.ScoreEach(std::span<const uint64_t>(f, nf), out);
    for (const float* r : rows)
      for (int c = 0; c < moves; ++c) scores[c] += r[c];
    system.Apply(s, tag::ArgMax(std::span<const float>(scores, moves),
                                std::span<const bool>(allowed, moves)));
  }
  heads->assign(s.head.begin() + 1, s.head.end());
  labels->assign(s.label.begin() + 1, s.label.end());
  MendNames(forms, upos, xpos, heads, labels);
}

void Parser::ScoreWithCompanion(std::span<const uint64_t> keys, float* const* outs, int moves) const {
  weights_.ScoreEach(keys, outs);
  // The companion's sums go to rows of their own, one for each distinct output row (a
  // state's keys share a handful), and are then added to those rows scaled.
  thread_local std::vector<float*> targets, rows_of_keys;
  thread_local std::vector<float> rows;
  thread_local std::vector<size_t> which;
  targets.clear();
  rows_of_keys.resize(keys.size());
  which.resize(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t t = 0;
    while (t < targets.size() && targets[t] != outs[i]) ++t;
    if (t == targets.size()) targets.push_back(outs[i]);
    which[i] = t;
  }
  rows.assign(targets.size() * moves, 0.0f);
  for (size_t i = 0; i < keys.size(); ++i) rows_of_keys[i] = &rows[which[i] * moves];
  companion_->weights_.ScoreEach(keys, rows_of_keys.data());
  for (size_t t = 0; t < targets.size(); ++t)
    for (int c = 0; c < moves; ++c) targets[t][c] += companion_weight_ * rows[t * moves + c];
}

Status Parser::SetCompanion(const Parser* companion, float weight) {
  if (companion != nullptr && companion->labels_ != labels_)
    return InvalidArgument("the companion parser has other labels");
  companion_ = weight == 0 ? nullptr : companion;
  companion_weight_ = weight;
  return Status::Ok();
}

Document Parser::Parse(Document doc) const {
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int> heads, labels;
  for (const Sentence& sent : doc.sentences) {
    forms.clear();
    upos.clear();
    xpos.clear();
    for (const Token& t : doc.TokensOf(sent)) {
      forms.push_back(doc.Form(t));
      upos.push_back(UposName(t.upos));
      xpos.push_back(XposName(t.xpos));
    }
    ParseSentence(forms, upos, xpos, &heads, &labels);
    for (size_t i = 0; i < heads.size(); ++i) {
      Token& t = doc.tokens[sent.token_begin + i];
      t.head = heads[i] == 0 ? -1 : static_cast<int32_t>(sent.token_begin) + heads[i] - 1;
      t.deprel = DeprelFromName(LabelName(labels[i]));
    }
  }
  return doc;
}

std::string Parser::ToBytes() const {
  tag::ByteWriter out;
  out.PutString(beam_ > 1 ? kMagicBeam : kMagic);
  out.Put<uint32_t>(labels_.size());
  for (const auto& l : labels_) out.PutString(l);
  out.Put<int32_t>(root_label_);
  if (beam_ > 1) out.Put<uint32_t>(beam_);
  weights_.Save(&out);
  return out.bytes();
}

Result<Parser> Parser::FromBytes(std::string_view bytes) {
  tag::ByteReader in(bytes);
  return Read(&in);
}

Result<Parser> Parser::Read(tag::ByteReader* reader) {
  tag::ByteReader& in = *reader;
  std::string magic;
  RETURN_IF_ERROR(in.GetString(&magic));
  if (magic != kMagic && magic != kMagicBeam)
    return DataLoss("not a dyad parser model of this version");
  Parser p;
  uint32_t n = 0;
  RETURN_IF_ERROR(in.Get(&n));
  if (n == 0 || n > 127) return DataLoss("parser model: bad label count");  // 1 + 2n moves <= 256
  p.labels_.resize(n);
  for (auto& l : p.labels_) RETURN_IF_ERROR(in.GetString(&l));
  int32_t root = 0;
  RETURN_IF_ERROR(in.Get(&root));
  if (root < 0 || root >= static_cast<int32_t>(n)) return DataLoss("parser model: bad root label");
  p.root_label_ = root;
  if (magic == kMagicBeam) {
    uint32_t beam = 0;
    RETURN_IF_ERROR(in.Get(&beam));
    if (beam < 2 || beam > 1024) return DataLoss("parser model: bad beam width");
    p.beam_ = static_cast<int>(beam);
  }
  ASSIGN_OR_RETURN(p.weights_, tag::Weights::Load(&in));
  p.weights_.QuantizeDenseRows();
  if (p.weights_.num_classes() != static_cast<int>(1 + 2 * n) || !in.done())
    return DataLoss("parser model: inconsistent sizes");
  return p;
}

Result<Parser> Parser::Load(const std::string& path) {
  ASSIGN_OR_RETURN(tag::ByteReader in, tag::ByteReader::Open(path));
  auto p = Read(&in);
  if (!p.ok()) return p.status().WithContext(path);
  return p;
}

Status Parser::Save(const std::string& path) const { return tag::WriteFileBytes(path, ToBytes()); }

}  // namespace dyad::parse
