// Parsing with a trained model (greedily, or with a beam: parse/beam.cc), and the model
// file. Training is in parser_train.cc.
#include "parse/parser.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parse/arc_hybrid.h"
#include "parse/beam.h"
#include "parse/greedy_choice.h"
#include "parse/name_chunks.h"
#include "parse/parser_features.h"
#include "tag/row_add.h"

namespace dyad::parse {
namespace {

// A greedy model's file; a beam model's adds its width after the root label; a split
// model's (Train's split_labels) holds its kind table, then its label table; a model
// trained with word dropout has its width and then its word list after the root label; a
// lean model has its width, its joint feature parts (parse::JointPart bits) and its word
// list (perhaps empty) there.
constexpr std::string_view kMagic = "DYADPAR1", kMagicBeam = "DYADPAR2", kMagicSplit = "DYADPAR3",
                           kMagicWords = "DYADPAR4", kMagicParts = "DYADPAR5";

// Sums over a table's classes (tag::Weights::classes, empty: every move) spread over the
// moves: a move the table has no weight for scores 0, as its sum would.
void Spread(std::span<const uint8_t> classes, const float* sums, float* scores, int moves) {
  if (classes.empty()) {
    std::copy(sums, sums + moves, scores);
    return;
  }
  std::fill(scores, scores + moves, 0.0f);
  for (size_t j = 0; j < classes.size(); ++j) scores[classes[j]] = sums[j];
}

}  // namespace

int Parser::JointParts() const { return lean_ ? kJointLean : kJointAll; }

void Parser::ParseSentence(std::span<const std::string_view> forms,
                           std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, int beam,
                           std::vector<int>* heads, std::vector<int>* labels) const {
  if (beam <= 1) {
    if (split_) return ParseGreedySplit(forms, upos, xpos, heads, labels);
    return ParseGreedy(forms, upos, xpos, heads, labels);
  }
  BeamParseSentence(forms, upos, xpos, beam, heads, labels);
}

void Parser::MendNames(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                       std::span<const std::string_view> xpos, std::vector<int>* heads,
                       std::vector<int>* labels) const {
  for (const NameChunk& c : FindNameChunks(forms, upos, xpos)) RepairNameChunk(c, forms, upos, labels_, heads, labels);
  RepairSubjectPair(upos, labels_, heads, labels);
}

void Parser::BeamParseSentence(std::span<const std::string_view> forms,
                               std::span<const std::string_view> upos,
                               std::span<const std::string_view> xpos, int width,
                               std::vector<int>* heads, std::vector<int>* labels) const {
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos, &known_);
  const ArcHybrid system(static_cast<int>(labels_.size()), root_label_);
  const int moves = system.num_moves();
  const int n = static_cast<int>(forms.size());
  // A split model (this one or the companion), or a companion that reads other words as
  // shapes or joint features this model does not, scores each state whole; two models of
  // labelled moves that read the same atoms share their feature keys and the reuse of slot
  // sums (a lean companion of a full model finds no weights for the keys it does not read,
  // as for any key it never saw).
  const bool other_words = companion_ != nullptr && companion_->known_ != known_;
  const bool more_features = companion_ != nullptr && (companion_->JointParts() & ~JointParts()) != 0;
  if (split_ || (companion_ != nullptr && companion_->split_) || other_words || more_features) {
    float theirs[256];
    const SentenceAtoms their_atoms =
        other_words ? ComputeSentenceAtoms(forms, upos, xpos, &companion_->known_) : SentenceAtoms{};
    BeamParse(system, n,
              [&](const State& s, float* scores) {
                MoveScores(s, atoms, scores);
                if (companion_ == nullptr) return;
                companion_->MoveScores(s, other_words ? their_atoms : atoms, theirs);
                for (int c = 0; c < moves; ++c) scores[c] += companion_weight_ * theirs[c];
              },
              width, heads, labels);
    MendNames(forms, upos, xpos, heads, labels);
    return;
  }
  thread_local MoveScorer scorer(nullptr, 0);
  const int classes = weights_.num_classes();  // moves, or fewer (weights_.classes())
  if (companion_ == nullptr) {
    scorer.Bind([this](std::span<const uint64_t> keys, float* const* outs) { weights_.ScoreEach(keys, outs); },
                classes, JointParts());
  } else {
    scorer.Bind([this](std::span<const uint64_t> keys, float* const* outs) { ScoreWithCompanion(keys, outs); },
                classes, JointParts());
  }
  scorer.Reset(&atoms);
  BeamParse(system, n,
            [this, moves](const State& s, float* scores) {
              float sums[256];
              scorer.Score(s, sums);
              Spread(weights_.classes(), sums, scores, moves);
            },
            width, heads, labels);
  MendNames(forms, upos, xpos, heads, labels);
}

void Parser::ScoreLabels(const State& s, const SentenceAtoms& atoms, bool left, float* scores) const {
  uint64_t f[kMaxLabelFeatures];
  const int dep = s.S(0), head = left ? s.B(0) : s.S(1);
  const int nf = ExtractLabelFeatures(s, atoms, head, dep, left, f);
  std::fill(scores, scores + labels_.size(), 0.0f);
  label_weights_.Score(std::span<const uint64_t>(f, nf), scores);
}

void Parser::MoveScores(const State& s, const SentenceAtoms& atoms, float* scores) const {
  uint64_t f[kMaxParseFeatures];
  const int nf = ExtractParseFeatures(s, atoms, f, JointParts());
  const int num_labels = static_cast<int>(labels_.size());
  if (!split_) {
    float sums[256] = {};
    weights_.Score(std::span<const uint64_t>(f, nf), sums);
    Spread(weights_.classes(), sums, scores, 1 + 2 * num_labels);
    return;
  }
  float kinds[3] = {0, 0, 0};
  weights_.Score(std::span<const uint64_t>(f, nf), kinds);
  scores[0] = kinds[0];
  // The label scores of an arc that cannot be made (no s0, or no head for it) are never
  // read: Allowed rules those moves out.
  const bool has_left = s.stack.size() >= 2 && s.b <= s.n, has_right = s.stack.size() >= 2;
  for (int kind = 1; kind <= 2; ++kind) {
    float* row = scores + 1 + (kind - 1) * num_labels;
    if (kind == 1 ? has_left : has_right) {
      ScoreLabels(s, atoms, kind == 1, row);
    } else {
      std::fill(row, row + num_labels, 0.0f);
    }
    for (int l = 0; l < num_labels; ++l) row[l] += kinds[kind];
  }
}

namespace {

// The summed scores of a word's slot features (parser_features.h), one row per slot and
// word (or absent word), scored the first time the word is seen at the slot (with its
// dependents so far) and reused for every later state that holds it there unchanged: a
// state then probes the weight table only for the joint features that read both sides
// and for the slots that changed. kSlotStack and kSlotBuffer hold the joint features of
// one side, keyed by s0 and b0. The rows are the thread's own, reused from sentence to
// sentence.
class SlotSums {
 public:
  // Rows of `width` scores for a sentence of n words.
  SlotSums(int n, int width)
      : width_(width),
        stride_((static_cast<size_t>(width) + 15) & ~size_t{15}),
        words_per_slot_(static_cast<size_t>(n) + 2) {
    // Grown, never shrunk: a row is zeroed when it is first scored (Gather), so what an
    // earlier sentence left in it is never read, and resizing down and up again would
    // zero the whole array at every longer sentence.
    const size_t size = kNumScoredSlots * words_per_slot_ * stride_;
    if (scores_.size() < size) scores_.resize(size);
    ready_.assign(kNumScoredSlots * words_per_slot_, 0);
  }
  // Points rows[slot] at the row of every slot of `s`; for the rows not yet scored, zeroes
  // them and writes their features into f and the row to add each to into out. Returns
  // the number of features written, and ParseSlotWords of `s` into words (with the words
  // of kSlotStack and kSlotBuffer: kNumScoredSlots entries).
  int Gather(const State& s, const SentenceAtoms& atoms, uint64_t* f, float** out, const float** rows,
             int* words) {
    ParseSlotWords(s, words);
    words[kSlotStack] = words[kSlotS0];
    words[kSlotBuffer] = words[kSlotN0];
    int nf = 0;
    for (int slot = 0; slot < kNumScoredSlots; ++slot) {
      const size_t row = slot * words_per_slot_ + static_cast<size_t>(words[slot] + 1);
      float* r = &scores_[row * stride_];
      rows[slot] = r;
      const int version = SlotVersion(s, slot, words[slot]) + 1;
      if (ready_[row] == version) continue;
      ready_[row] = version;
      std::fill(r, r + width_, 0.0f);
      const int k = ExtractSlotFeatures(slot, words[slot], s, atoms, f + nf, words);
      std::fill(out + nf, out + nf + k, r);
      nf += k;
    }
    return nf;
  }

 private:
  int width_;
  size_t stride_, words_per_slot_;
  static thread_local std::vector<float> scores_;
  static thread_local std::vector<int> ready_;  // per row: SlotVersion + 1 of its scores, 0: none
};
thread_local std::vector<float> SlotSums::scores_;
thread_local std::vector<int> SlotSums::ready_;

// The scores of every class of `weights` for `s` into scores[0, width): the sum of its
// joint features of both sides (`cross`: kJointCross, or kJointCrossTags for a lean
// model) plus each slot's row, added in slot order.
void ScoreState(const tag::Weights& weights, SlotSums& slots, const State& s,
                const SentenceAtoms& atoms, int cross, int width, float* scores) {
  uint64_t f[kMaxParseFeatures];
  float* out[kMaxParseFeatures];
  const float* rows[kNumScoredSlots];
  int words[kNumScoredSlots];
  int nf = slots.Gather(s, atoms, f, out, rows, words);
  const int joint = ExtractJointFeatures(s, atoms, words, f + nf, cross);
  std::fill(out + nf, out + nf + joint, scores);
  nf += joint;
  std::fill(scores, scores + width, 0.0f);
  weights.ScoreEach(std::span<const uint64_t>(f, nf), out);
  tag::AddRows(rows, kNumScoredSlots, scores, width);
}

// A state with one legal move (the first shift, the last attachment to the root) needs
// no scores: the weight-table probes are most of a move's cost. Returns that move, or -1.
int OnlyMove(const bool* allowed, int moves) {
  const int first = static_cast<int>(std::find(allowed, allowed + moves, true) - allowed);
  return std::find(allowed + first + 1, allowed + moves, true) == allowed + moves ? first : -1;
}

}  // namespace

void Parser::ParseGreedy(std::span<const std::string_view> forms,
                         std::span<const std::string_view> upos,
                         std::span<const std::string_view> xpos, std::vector<int>* heads,
                         std::vector<int>* labels) const {
  const int n = static_cast<int>(forms.size());
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos, &known_);
  const ArcHybrid system(static_cast<int>(labels_.size()), root_label_);
  const std::span<const uint8_t> classes = weights_.classes();
  const int width = weights_.num_classes();  // moves, or fewer: classes
  State s(n);
  SlotSums slots(n, width);
  GreedyChoice choice(system, classes);  // a state with one legal move is not scored
  float sums[256];
  while (!s.Terminal()) {
    const int kinds = ArcHybrid::LegalKinds(s);
    if (const int only = choice.OnlyMove(kinds); only >= 0) {
      system.Apply(s, only);
      continue;
    }
    ScoreState(weights_, slots, s, atoms, JointParts() & kJointCross, width, sums);
    system.Apply(s, choice.Best(kinds, sums));
  }
  heads->assign(s.head.begin() + 1, s.head.end());
  labels->assign(s.label.begin() + 1, s.label.end());
  MendNames(forms, upos, xpos, heads, labels);
}

void Parser::ParseGreedySplit(std::span<const std::string_view> forms,
                              std::span<const std::string_view> upos,
                              std::span<const std::string_view> xpos, std::vector<int>* heads,
                              std::vector<int>* labels) const {
  const int n = static_cast<int>(forms.size());
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos, &known_);
  const int num_labels = static_cast<int>(labels_.size());
  const ArcHybrid system(num_labels, root_label_);
  const int moves = system.num_moves();
  State s(n);
  SlotSums slots(n, 3);
  float scores[256];
  bool allowed[256];
  auto any = [&](int begin, int end) { return std::find(allowed + begin, allowed + end, true) != allowed + end; };
  while (!s.Terminal()) {
    system.Allowed(s, std::span<bool>(allowed, moves));
    if (const int only = OnlyMove(allowed, moves); only >= 0) {
      system.Apply(s, only);
      continue;
    }
    // The kind (0 shift, 1 left arc, 2 right arc), scored where more than one is legal.
    bool kinds[3] = {allowed[0], any(1, 1 + num_labels), any(1 + num_labels, moves)};
    int kind = kinds[0] ? 0 : kinds[1] ? 1 : 2;
    if (kinds[0] + kinds[1] + kinds[2] > 1) {
      ScoreState(weights_, slots, s, atoms, JointParts() & kJointCross, 3, scores);
      kind = tag::ArgMax(std::span<const float>(scores, 3), std::span<const bool>(kinds, 3));
    }
    if (kind == 0) {
      system.Apply(s, 0);
      continue;
    }
    const bool left = kind == 1;
    ScoreLabels(s, atoms, left, scores);
    const bool* legal = allowed + (left ? 1 : 1 + num_labels);
    const int label = tag::ArgMax(std::span<const float>(scores, num_labels),
                                  std::span<const bool>(legal, num_labels));
    system.Apply(s, system.Move(left ? MoveKind::kLeft : MoveKind::kRight, label));
  }
  heads->assign(s.head.begin() + 1, s.head.end());
  labels->assign(s.label.begin() + 1, s.label.end());
  MendNames(forms, upos, xpos, heads, labels);
}

void Parser::ScoreWithCompanion(std::span<const uint64_t> keys, float* const* outs) const {
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
  // (A class of the companion's goes to the row index companion_index_ gives it.)
  const size_t theirs = companion_index_.size();
  rows.assign(targets.size() * theirs, 0.0f);
  for (size_t i = 0; i < keys.size(); ++i) rows_of_keys[i] = &rows[which[i] * theirs];
  companion_->weights_.ScoreEach(keys, rows_of_keys.data());
  for (size_t t = 0; t < targets.size(); ++t)
    for (size_t c = 0; c < theirs; ++c) targets[t][companion_index_[c]] += companion_weight_ * rows[t * theirs + c];
}

Status Parser::SetCompanion(const Parser* companion, float weight) {
  if (companion != nullptr && companion->labels_ != labels_)
    return InvalidArgument("the companion parser has other labels");
  std::vector<int> index;
  if (companion != nullptr && weight != 0 && !companion->split_ && !split_) {
    // Where each of the companion's classes lies in this table's rows.
    const std::span<const uint8_t> ours = weights_.classes(), theirs = companion->weights_.classes();
    for (int c = 0; c < companion->weights_.num_classes(); ++c) {
      const int move = theirs.empty() ? c : theirs[static_cast<size_t>(c)];
      const auto at = std::find(ours.begin(), ours.end(), static_cast<uint8_t>(move));
      if (!ours.empty() && at == ours.end())
        return InvalidArgument("the companion parser scores a move this one has no weight for");
      index.push_back(ours.empty() ? move : static_cast<int>(at - ours.begin()));
    }
  }
  companion_ = weight == 0 ? nullptr : companion;
  companion_weight_ = weight;
  companion_index_ = std::move(index);
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
  const std::string_view magic = split_          ? kMagicSplit
                                 : lean_          ? kMagicParts
                                 : !known_.empty() ? kMagicWords
                                 : beam_ > 1       ? kMagicBeam
                                                   : kMagic;
  out.PutString(magic);
  out.Put<uint32_t>(labels_.size());
  for (const auto& l : labels_) out.PutString(l);
  out.Put<int32_t>(root_label_);
  if (magic == kMagicBeam || magic == kMagicWords || magic == kMagicParts) out.Put<uint32_t>(beam_);
  if (magic == kMagicParts) out.Put<uint32_t>(static_cast<uint32_t>(JointParts()));
  if (magic == kMagicWords || magic == kMagicParts) known_.Save(&out);
  weights_.Save(&out);
  if (split_) label_weights_.Save(&out);
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
  if (magic != kMagic && magic != kMagicBeam && magic != kMagicSplit && magic != kMagicWords && magic != kMagicParts)
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
  if (magic == kMagicBeam || magic == kMagicWords || magic == kMagicParts) {
    uint32_t beam = 0;
    RETURN_IF_ERROR(in.Get(&beam));
    if (beam < (magic == kMagicBeam ? 2u : 1u) || beam > 1024) return DataLoss("parser model: bad beam width");
    p.beam_ = static_cast<int>(beam);
  }
  if (magic == kMagicParts) {
    uint32_t parts = 0;
    RETURN_IF_ERROR(in.Get(&parts));
    // The feature sets there are: every joint feature, or the lean set.
    if (parts != static_cast<uint32_t>(kJointAll) && parts != static_cast<uint32_t>(kJointLean))
      return DataLoss("parser model: unknown joint features");
    p.lean_ = parts == static_cast<uint32_t>(kJointLean);
  }
  if (magic == kMagicWords || magic == kMagicParts) {
    ASSIGN_OR_RETURN(p.known_, WordList::Load(&in));
    if (magic == kMagicWords && p.known_.empty()) return DataLoss("parser model: an empty word list");
  }
  // A greedy model's moves without a weight (never made in training) are dropped from
  // its rows; the beam's and the split models' files keep every class.
  ASSIGN_OR_RETURN(p.weights_, tag::Weights::Load(&in, p.beam_ == 1 && magic != kMagicSplit));
  p.weights_.QuantizeDenseRows();
  p.split_ = magic == kMagicSplit;
  if (p.split_) {
    ASSIGN_OR_RETURN(p.label_weights_, tag::Weights::Load(&in));
    p.label_weights_.QuantizeDenseRows();
  }
  // A split model: three kinds and a class per label; else a class per labelled move.
  const int classes = p.split_ ? 3 : static_cast<int>(1 + 2 * n);
  if (p.weights_.file_classes() != classes ||
      (p.split_ && p.label_weights_.num_classes() != static_cast<int>(n)) || !in.done())
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
