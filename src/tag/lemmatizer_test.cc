// Lemma edit rules, the shipped lemmatizer on the verb forms event coding depends on, and
// its fast path against a straightforward reference reading of the same model file.
#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "tag/test_data.h"
#include "tag/word_shape.h"

namespace dyad::tag {
namespace {

// The lemmatizer's lookups written plainly, as they were before the open-addressing table
// and the allocation-free features: a hash map of the model's keys, strings built for the
// lower-cased form and the shape.
class ReferenceLemmatizer {
 public:
  static Result<ReferenceLemmatizer> FromBytes(std::string_view bytes) {
    ByteReader in(bytes);
    std::string magic;
    RETURN_IF_ERROR(in.GetString(&magic));
    ReferenceLemmatizer r;
    uint32_t n = 0;
    RETURN_IF_ERROR(in.Get(&n));
    for (uint32_t i = 0; i < n; ++i) {
      std::string key;
      RETURN_IF_ERROR(in.GetString(&key));
      r.rules_.push_back(LemmaRule::Decode(key));
    }
    std::vector<std::pair<uint64_t, uint64_t>> known;
    RETURN_IF_ERROR(in.GetVector(&known));
    for (const auto& [k, v] : known) r.known_.emplace(k, static_cast<uint32_t>(v));
    ASSIGN_OR_RETURN(r.weights_, Weights::Load(&in));
    std::vector<uint64_t> lemmas;
    RETURN_IF_ERROR(in.GetVector(&lemmas));
    r.lemmas_.insert(lemmas.begin(), lemmas.end());
    RETURN_IF_ERROR(in.Get(&r.margin_));
    return r;
  }

  // Which way the lemma was found: 0 by the exact form, 1 and 2 by the lower-cased form,
  // 3 as a name (a capitalised NN or NNS form known as NNP or NNPS with its case kept), 4 by
  // the classifier.
  // (A typographic apostrophe is read as the ASCII one.)
  std::string Lemmatize(std::string_view typed, std::string_view upos, std::string_view xpos, int* way) const {
    std::string ascii(typed);
    for (size_t at; (at = ascii.find("\u2019")) != std::string::npos;) ascii.replace(at, 3, "'");
    const std::string_view form = ascii;
    const std::string lower = AsciiLower(form);
    const std::pair<std::string_view, std::pair<char, std::string_view>> keys[] = {
        {form, {'f', xpos}}, {lower, {'x', xpos}}, {lower, {'u', upos}}};
    for (*way = 0; *way < 3; ++*way) {
      const auto& [word, tag] = keys[*way];
      auto it = known_.find(
          Mix(HashString(word), Mix(static_cast<uint64_t>(tag.first), HashString(tag.second))));
      if (it != known_.end()) return rules_[it->second].Apply(form);
    }
    const std::string_view name = xpos == "NN" ? "NNP" : xpos == "NNS" ? "NNPS" : "";
    if (!name.empty() && !form.empty() && form[0] >= 'A' && form[0] <= 'Z') {
      auto it = known_.find(Mix(HashString(form), Mix(static_cast<uint64_t>('f'), HashString(name))));
      if (it != known_.end() && !rules_[it->second].lower) return rules_[it->second].Apply(form);
    }
    ++*way;
    const uint64_t x = HashString(xpos), u = HashString(upos);
    std::vector<uint64_t> f = {Feature(0, x), Feature(1, u)};
    for (size_t k = 1; k <= 6; ++k) {
      const uint64_t suf = HashString(std::string_view(lower).substr(lower.size() > k ? lower.size() - k : 0));
      f.push_back(Feature(10 + k, suf, x));
      f.push_back(Feature(20 + k, suf, u));
    }
    f.push_back(Feature(2, HashString(WordShape(form)), x));
    f.push_back(Feature(3, !form.empty() && form[0] >= 'A' && form[0] <= 'Z', u));
    f.push_back(Feature(4, std::min<size_t>(lower.size(), 12), x));
    f.push_back(Feature(5, HashString(lower), x));
    std::vector<float> scores(weights_.num_classes(), 0.0f);
    weights_.Score(f, scores.data());
    // The classes by score, best first (ties: lower index first); the first whose lemma
    // was seen in training, among those within the margin of the best, when the best's
    // lemma was not.
    std::vector<int> order(scores.size());
    for (size_t c = 0; c < order.size(); ++c) order[c] = static_cast<int>(c);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores[a] > scores[b]; });
    const std::string best = rules_[order[0]].Apply(form);
    if (margin_ <= 0 || lemmas_.count(HashString(best))) return best;
    for (int c : order) {
      if (scores[c] < scores[order[0]] - margin_) break;
      const std::string lemma = rules_[c].Apply(form);
      if (lemmas_.count(HashString(lemma))) return lemma;
    }
    // An -ed or -ing verb: the one regular stem that is a known lemma, by the first class
    // that gives it.
    if (xpos != "VBD" && xpos != "VBN" && xpos != "VBG") return best;
    std::vector<std::string> stems;
    for (const std::string suffix : {"ed", "ing"}) {
      if (lower.size() <= suffix.size() + 1 || lower.substr(lower.size() - suffix.size()) != suffix) continue;
      const std::string stem = lower.substr(0, lower.size() - suffix.size());
      stems.push_back(stem);
      stems.push_back(stem + "e");
      if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) stems.push_back(stem.substr(0, stem.size() - 1));
      if (suffix == "ed" && stem.back() == 'i') stems.push_back(stem.substr(0, stem.size() - 1) + "y");
    }
    std::set<std::string> known;
    for (const std::string& st : stems)
      if (st != AsciiLower(best) && lemmas_.count(HashString(st))) known.insert(st);
    if (known.size() != 1) return best;
    for (size_t c = 0; c < scores.size(); ++c)
      if (AsciiLower(rules_[c].Apply(form)) == *known.begin()) return rules_[c].Apply(form);
    return best;
  }

 private:
  std::vector<LemmaRule> rules_;
  std::unordered_map<uint64_t, uint32_t> known_;
  Weights weights_;
  std::unordered_set<uint64_t> lemmas_;
  float margin_ = 0;
};

// Every word of EWT dev with its gold tags and with four other tag pairs (so that many
// go through the classifier), through the string and the Document entry points.
TEST(LemmatizerTest, FastPathGivesTheReferenceLemmas) {
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/models/lemmatizer.bin";
  auto bytes = ReadFileBytes(path);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto lem = Lemmatizer::FromBytes(*bytes);
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  auto ref = ReferenceLemmatizer::FromBytes(*bytes);
  ASSERT_TRUE(ref.ok()) << ref.status().ToString();
  auto dev = testing::LoadTreebank(testing::EwtPath("dev"));
  if (dev.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  const std::pair<Upos, uint8_t> kOther[] = {
      {Upos::kVERB, XposFromName("VBD")}, {Upos::kNOUN, XposFromName("NNS")},
      {Upos::kPROPN, XposFromName("NNP")}, {Upos::kADJ, XposFromName("JJR")},
      {Upos::kNOUN, XposFromName("NN")}};
  size_t ways[5] = {}, compared = 0;
  for (const auto& s : dev) {
    Document doc;
    for (const auto& w : s.words) {
      int way = 0;
      EXPECT_EQ(lem->Lemmatize(w.form, w.upos, w.xpos), ref->Lemmatize(w.form, w.upos, w.xpos, &way))
          << w.form << "/" << w.xpos;
      for (const auto& [u, x] : kOther) {
        Token t;
        t.begin = static_cast<uint32_t>(doc.text.size());
        doc.text += w.form;
        t.end = static_cast<uint32_t>(doc.text.size());
        doc.text += ' ';
        t.upos = u;
        t.xpos = x;
        doc.tokens.push_back(t);
      }
    }
    doc = lem->Lemmatize(std::move(doc));
    for (const Token& t : doc.tokens) {
      int way = 0;
      const std::string want = ref->Lemmatize(doc.Form(t), UposName(t.upos), XposName(t.xpos), &way);
      EXPECT_EQ(doc.Lemma(t), want) << doc.Form(t) << "/" << XposName(t.xpos);
      ++ways[way];
      ++compared;
    }
  }
  EXPECT_EQ(compared, ways[0] + ways[1] + ways[2] + ways[3] + ways[4]);
  // The comparison covers each way of finding a lemma many times.
  for (size_t n : ways) EXPECT_GT(n, 1000u);
}

TEST(LemmaRuleTest, BetweenAndApplyAgree) {
  const struct {
    const char *form, *lemma, *encoded;
  } kCases[] = {
      {"accused", "accuse", "L|1|"},
      {"countries", "country", "L|3|y"},
      {"went", "go", "L|4|go"},
      {"Bush", "Bush", "K|0|"},
      {"The", "the", "L|0|"},
      {"laid", "lay", "L|2|y"},
      {"children", "child", "L|3|"},
      {"1,993,045", "1993045", "N|0|"},
  };
  for (const auto& c : kCases) {
    const LemmaRule r = LemmaRule::Between(c.form, c.lemma);
    EXPECT_EQ(r.Encode(), c.encoded) << c.form;
    EXPECT_EQ(r.Apply(c.form), c.lemma) << c.form;
    EXPECT_EQ(LemmaRule::Decode(r.Encode()).Apply(c.form), c.lemma) << c.form;
  }
  EXPECT_EQ(LemmaRule::Decode("L|9|x").Apply("abc"), "abc");  // strip longer than the form
  // A rule that would cut into a UTF-8 character leaves the form as it is ("'re" -> be
  // must not cut "’re", whose apostrophe is three bytes).
  const LemmaRule re = LemmaRule::Decode("L|3|be");
  EXPECT_EQ(re.Apply("'re"), "be");
  EXPECT_EQ(re.Apply("\u2019re"), "\u2019re");
  std::string appended = "x";
  re.AppendTo("\u2019re", &appended);
  EXPECT_EQ(appended, "x\u2019re");
  EXPECT_EQ(LemmaRule::Decode("L|1|").Apply("caf\u00e9"), "caf\u00e9");
  EXPECT_EQ(LemmaRule::Decode("L|3|").Apply("caf\u00e9s"), "caf");  // whole characters cut
}

TEST(LemmatizerTest, ShippedModelGetsVerbFormsRight) {
  auto lem = Lemmatizer::Load(std::string(DYAD_SOURCE_DIR) + "/models/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  const struct {
    const char *form, *upos, *xpos, *lemma;
  } kCases[] = {
      {"accused", "VERB", "VBD", "accuse"},   {"accused", "VERB", "VBN", "accuse"},
      {"laid", "VERB", "VBD", "lay"},         {"laid", "VERB", "VBN", "lay"},
      {"broke", "VERB", "VBD", "break"},      {"went", "VERB", "VBD", "go"},
      {"denied", "VERB", "VBD", "deny"},      {"sent", "VERB", "VBD", "send"},
      {"pushed", "VERB", "VBD", "push"},      {"tried", "VERB", "VBD", "try"},
      {"prevented", "VERB", "VBN", "prevent"}, {"was", "AUX", "VBD", "be"},
      {"were", "AUX", "VBD", "be"},           {"has", "AUX", "VBZ", "have"},
      {"supplying", "VERB", "VBG", "supply"}, {"countries", "NOUN", "NNS", "country"},
      {"Accused", "VERB", "VBD", "accuse"},   {"Pyongyang", "PROPN", "NNP", "Pyongyang"},
      // Words absent from the treebank go through the rule classifier.
      {"bombarded", "VERB", "VBD", "bombard"}, {"sanctioning", "VERB", "VBG", "sanction"},
      {"militias", "NOUN", "NNS", "militia"},
      // The classifier's first rule gives "modell" and "barr"; a near rule gives a lemma
      // seen in training.
      {"modelling", "VERB", "VBG", "model"}, {"barring", "VERB", "VBG", "bar"},
      // The classifier's rule gives a lemma never seen ("blam", "trad", "monitore"); the one
      // regular stem that is a known lemma wins. A verb whose stem is unknown keeps the
      // classifier's ("tweeted" -> tweet), and a 3rd-person form is left alone.
      {"blamed", "VERB", "VBD", "blame"},     {"traded", "VERB", "VBN", "trade"},
      {"monitoring", "VERB", "VBG", "monitor"}, {"tweeted", "VERB", "VBD", "tweet"},
      {"interfered", "VERB", "VBD", "interfere"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(lem->Lemmatize(c.form, c.upos, c.xpos), c.lemma) << c.form << "/" << c.xpos;
}

// A typographic apostrophe is read as the ASCII one of EWT's lemmas.
TEST(LemmatizerTest, TypographicApostropheIsTheAsciiOne) {
  auto lem = Lemmatizer::Load(std::string(DYAD_SOURCE_DIR) + "/models/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  const struct {
    const char *form, *upos, *xpos, *lemma;
  } kCases[] = {
      {"\u2019ll", "AUX", "MD", "will"}, {"n\u2019t", "PART", "RB", "not"}, {"\u2019s", "PART", "POS", "'s"},
      {"\u2019re", "AUX", "VBP", "be"},  {"\u2019ve", "AUX", "VBP", "have"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(lem->Lemmatize(c.form, c.upos, c.xpos), c.lemma) << c.form << "/" << c.xpos;
}

// A capitalised word the tagger calls a common noun keeps its capitals when training saw it
// only as a name; one seen as a common noun, or never seen, is lower-cased as before.
TEST(LemmatizerTest, NamesTaggedAsCommonNounsKeepTheirCapitals) {
  auto lem = Lemmatizer::Load(std::string(DYAD_SOURCE_DIR) + "/models/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  const struct {
    const char *form, *upos, *xpos, *lemma;
  } kCases[] = {
      {"Britain", "NOUN", "NN", "Britain"},   {"Iraq", "NOUN", "NN", "Iraq"},
      {"Pakistan", "NOUN", "NN", "Pakistan"}, {"Britain", "PROPN", "NNP", "Britain"},
      // Seen as a common noun (capitalised at the start of a sentence or in a title, or
      // lower-case: "congress").
      {"Congress", "NOUN", "NN", "congress"},
      {"President", "NOUN", "NN", "president"},
      // Never seen: the rule classifier.
      {"Militias", "NOUN", "NNS", "militia"},
      // Other tags are not names.
      {"Britain", "ADJ", "JJ", "britain"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(lem->Lemmatize(c.form, c.upos, c.xpos), c.lemma) << c.form << "/" << c.xpos;
}

TEST(LemmatizerTest, SaveLoadRoundTripAndSmallTraining) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 1500);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  auto dev = testing::LoadTreebank(testing::EwtPath("dev"), 500);
  TrainOptions opts;
  opts.epochs = 3;
  auto lem = Lemmatizer::Train(train, dev, opts);
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  // A model from 1,500 sentences already gets nine lemmas in ten right with gold tags.
  EXPECT_GT(lem->Evaluate(dev), 0.90);
  auto again = Lemmatizer::FromBytes(lem->ToBytes());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->ToBytes(), lem->ToBytes());
  EXPECT_EQ(again->Evaluate(dev), lem->Evaluate(dev));
}

// Without dev data (a final model trained on train and dev together) the lexicon margin is
// the one given, not one chosen on dev; the model file keeps it.
TEST(LemmatizerTest, TrainingWithoutDevTakesTheGivenMargin) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 300);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  TrainOptions opts;
  opts.epochs = 2;
  auto none = Lemmatizer::Train(train, {}, opts);
  opts.lexicon_margin = 2;
  auto two = Lemmatizer::Train(train, {}, opts);
  auto again = Lemmatizer::Train(train, {}, opts);
  ASSERT_TRUE(none.ok() && two.ok() && again.ok());
  EXPECT_NE(none->ToBytes(), two->ToBytes());
  EXPECT_EQ(two->ToBytes(), again->ToBytes());
}

}  // namespace
}  // namespace dyad::tag
