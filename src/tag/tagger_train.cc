// Tagger training: classes and ambiguity classes from the training words, then the first
// pass (left context only), jackknifed first-pass tags for the training sentences (each
// half tagged by a model trained on the other half, so the second pass learns from tags
// with realistic errors), and the second pass, keeping the epoch best on dev.
#include <map>
#include <optional>
#include <random>

#include "tag/tagger.h"
#include "tag/tagger_features.h"

namespace dyad::tag {

using internal::ExtractTagFeatures;
using internal::kMaxTagFeatures;
using internal::kStartTag;
using internal::TagAtom;
using internal::Window;

namespace {

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f %%", 100 * x);
  return buf;
}

}  // namespace

Result<Tagger> Tagger::Train(const std::vector<ConlluSentence>& train,
                             const std::vector<ConlluSentence>& dev, const TrainOptions& opts) {
  std::map<std::pair<std::string, std::string>, int> class_ids;
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>> word_tags;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      class_ids[{w.upos, w.xpos}] = 0;
      ++word_tags[NormalizeWord(w.form)][{w.upos, w.xpos}];
    }
  if (class_ids.empty()) return InvalidArgument("tagger training data has no words");
  if (class_ids.size() > 256) return InvalidArgument("more than 256 UPOS+XPOS classes");
  Tagger tagger;
  std::vector<std::pair<std::string, std::string>> names;
  for (auto& [k, id] : class_ids) {
    id = static_cast<int>(names.size());
    names.push_back(k);
  }
  tagger.SetClasses(names);
  // A word's ambiguity class: the classes it took at least 5 % of the time, for words
  // seen at least 10 times (rarer words would let the model memorise training tags).
  for (const auto& [word, tags] : word_tags) {
    int total = 0;
    for (const auto& [k, n] : tags) total += n;
    if (total < 10) continue;
    uint64_t h = 5;
    for (const auto& [k, n] : tags)
      if (n * 20 >= total) h = Mix(h, TagAtom(class_ids[k]));
    tagger.ambiguity_[HashString(word)] = h;
  }

  // Each training sentence's window and gold classes, computed once.
  std::vector<Window> windows;
  std::vector<std::vector<int>> gold(train.size());
  windows.reserve(train.size());
  std::vector<std::string_view> forms;
  for (size_t si = 0; si < train.size(); ++si) {
    forms.clear();
    for (const auto& w : train[si].words) {
      forms.push_back(w.form);
      gold[si].push_back(class_ids[{w.upos, w.xpos}]);
    }
    windows.emplace_back(forms, [&](uint64_t h) { return tagger.AmbiguityClass(h); });
  }

  const int nc = static_cast<int>(names.size());
  std::mt19937_64 rng(opts.seed);
  std::vector<std::vector<int>> right(train.size());  // jackknifed first-pass classes
  // One epoch over `sents` in a fresh seeded order; returns training accuracy.
  auto epoch = [&](WeightsTrainer& tr, std::vector<size_t>& sents, bool second) {
    for (size_t i = sents.size(); i > 1; --i) std::swap(sents[i - 1], sents[rng() % i]);
    size_t correct = 0, total = 0;
    float scores[256];
    uint64_t f[kMaxTagFeatures];
    for (size_t si : sents) {
      uint64_t t1 = kStartTag, t2 = kStartTag;
      for (int i = 0; i < windows[si].size(); ++i) {
        int n = ExtractTagFeatures(windows[si], i, t1, t2,
                                   second ? std::span<const int>(right[si]) : std::span<const int>(), f);
        std::fill(scores, scores + nc, 0.0f);
        tr.Score(std::span<const uint64_t>(f, n), scores);
        int guess = ArgMax(std::span<const float>(scores, nc));
        tr.Update(std::span<const uint64_t>(f, n), gold[si][i], guess);
        tr.Tick();
        correct += guess == gold[si][i];
        ++total;
        t2 = t1;
        t1 = TagAtom(guess);
      }
    }
    return static_cast<double>(correct) / std::max<size_t>(total, 1);
  };
  WeightsTrainer first_trainer(nc);
  auto train_first = [&](std::vector<size_t> sents, const std::string& label) {
    WeightsTrainer tr(nc);
    for (int e = 1; e <= opts.epochs; ++e) {
      double acc = epoch(tr, sents, false);
      if (opts.progress)
        opts.progress(label + " epoch " + std::to_string(e) + ": train " + Percent(acc));
    }
    Weights frozen = tr.Freeze();
    first_trainer = std::move(tr);
    return frozen;
  };

  for (int fold = 0; fold < 2; ++fold) {
    std::vector<size_t> rest;
    for (size_t si = 0; si < train.size(); ++si)
      if (static_cast<int>(si % 2) != fold) rest.push_back(si);
    Weights w = train_first(rest, "first pass, fold " + std::to_string(fold + 1) + "/2,");
    for (size_t si = fold; si < train.size(); si += 2) tagger.Decode(w, windows[si], {}, &right[si]);
  }
  std::vector<size_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  tagger.first_ = train_first(all, "first pass,");

  WeightsTrainer second(nc);
  double best_dev = -1;
  Weights best;
  std::optional<WeightsTrainer> best_trainer;
  for (int e = 1; e <= opts.epochs; ++e) {
    double acc = epoch(second, all, true);
    tagger.second_ = second.Freeze();
    Accuracy d = tagger.Evaluate(dev, /*fully=*/true);
    if (opts.progress)
      opts.progress("second pass epoch " + std::to_string(e) + ": train " + Percent(acc) +
                    ", dev UPOS " + Percent(d.upos) + " XPOS " + Percent(d.xpos));
    if (dev.empty() || d.upos + d.xpos > best_dev) {
      best_dev = d.upos + d.xpos;
      best = tagger.second_;
      best_trainer = second;
    }
  }
  tagger.second_ = std::move(best);
  // Drop small weights of both passes while dev UPOS stays within 0.05 points.
  if (!dev.empty()) {
    const double full = tagger.Evaluate(dev, /*fully=*/true).upos;
    Tagger kept = tagger;
    for (float prune : {0.25f, 0.5f, 0.75f, 1.0f, 1.5f}) {
      tagger.first_ = first_trainer.Freeze(prune);
      tagger.second_ = best_trainer->Freeze(prune);
      Accuracy d = tagger.Evaluate(dev, /*fully=*/true);
      if (opts.progress)
        opts.progress("pruning weights below " + std::to_string(prune) + ": dev UPOS " +
                      Percent(d.upos) + ", " + std::to_string(tagger.num_features()) +
                      " features");
      if (d.upos < full - 0.0005) break;
      kept = tagger;
    }
    tagger = std::move(kept);
  } else if (opts.prune > 0) {
    tagger.first_ = first_trainer.Freeze(opts.prune);
    tagger.second_ = best_trainer->Freeze(opts.prune);
  }
  return tagger;
}

}  // namespace dyad::tag
