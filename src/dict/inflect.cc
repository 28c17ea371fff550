// Regular English inflection with an irregular-verb table. The doubling rule is the
// spelling rule for a final stressed short syllable: one vowel letter between consonants
// at the end of a one-syllable verb ("ban" -> "banned"), and for longer verbs only those
// listed, since stress decides ("commit" -> "committed" but "visit" -> "visited").
#include "dict/inflect.h"

#include <algorithm>
#include <iterator>

namespace dyad::dict {
namespace {

struct Irregular {
  std::string_view lemma, past, participle;
};

// Sorted by lemma (checked by the test). Prefixed verbs ("withdraw", "overthrow",
// "uphold") are listed whole so that every form is explicit.
constexpr Irregular kIrregular[] = {
    {"arise", "arose", "arisen"},          {"bear", "bore", "borne"},             {"beat", "beat", "beaten"},
    {"become", "became", "become"},        {"begin", "began", "begun"},           {"bid", "bid", "bid"},
    {"bind", "bound", "bound"},            {"blow", "blew", "blown"},             {"break", "broke", "broken"},
    {"bring", "brought", "brought"},       {"broadcast", "broadcast", "broadcast"}, {"build", "built", "built"},
    {"buy", "bought", "bought"},           {"cast", "cast", "cast"},              {"catch", "caught", "caught"},
    {"choose", "chose", "chosen"},         {"come", "came", "come"},              {"cut", "cut", "cut"},
    {"deal", "dealt", "dealt"},            {"dig", "dug", "dug"},                 {"do", "did", "done"},
    {"draw", "drew", "drawn"},             {"drive", "drove", "driven"},          {"eat", "ate", "eaten"},
    {"fall", "fell", "fallen"},            {"feed", "fed", "fed"},                {"fight", "fought", "fought"},
    {"find", "found", "found"},            {"flee", "fled", "fled"},              {"fly", "flew", "flown"},
    {"forbid", "forbade", "forbidden"},    {"forgive", "forgave", "forgiven"},    {"freeze", "froze", "frozen"},
    {"give", "gave", "given"},             {"go", "went", "gone"},                {"hang", "hung", "hung"},
    {"hide", "hid", "hidden"},             {"hit", "hit", "hit"},                 {"hold", "held", "held"},
    {"hurt", "hurt", "hurt"},              {"keep", "kept", "kept"},              {"lay", "laid", "laid"},
    {"lead", "led", "led"},                {"leave", "left", "left"},             {"lend", "lent", "lent"},
    {"let", "let", "let"},                 {"lose", "lost", "lost"},              {"make", "made", "made"},
    {"meet", "met", "met"},                {"mislead", "misled", "misled"},       {"overrun", "overran", "overrun"},
    {"oversee", "oversaw", "overseen"},    {"overthrow", "overthrew", "overthrown"}, {"pay", "paid", "paid"},
    {"put", "put", "put"},                 {"quit", "quit", "quit"},              {"rebuild", "rebuilt", "rebuilt"},
    {"repay", "repaid", "repaid"},         {"retake", "retook", "retaken"},       {"ride", "rode", "ridden"},
    {"rise", "rose", "risen"},             {"run", "ran", "run"},                 {"seek", "sought", "sought"},
    {"sell", "sold", "sold"},              {"send", "sent", "sent"},              {"set", "set", "set"},
    {"shake", "shook", "shaken"},          {"shed", "shed", "shed"},              {"shoot", "shot", "shot"},
    {"shut", "shut", "shut"},              {"sink", "sank", "sunk"},              {"sit", "sat", "sat"},
    {"slay", "slew", "slain"},             {"speak", "spoke", "spoken"},          {"spend", "spent", "spent"},
    {"split", "split", "split"},           {"spread", "spread", "spread"},        {"stand", "stood", "stood"},
    {"steal", "stole", "stolen"},          {"sting", "stung", "stung"},           {"strike", "struck", "struck"},
    {"swear", "swore", "sworn"},           {"take", "took", "taken"},             {"teach", "taught", "taught"},
    {"tear", "tore", "torn"},              {"throw", "threw", "thrown"},          {"undertake", "undertook", "undertaken"},
    {"unfreeze", "unfroze", "unfrozen"},   {"uphold", "upheld", "upheld"},        {"win", "won", "won"},
    {"wind", "wound", "wound"},            {"withdraw", "withdrew", "withdrawn"}, {"withhold", "withheld", "withheld"},
    {"withstand", "withstood", "withstood"}, {"write", "wrote", "written"},
};

// Longer verbs stressed on their last syllable, which double the final consonant.
constexpr std::string_view kDoubling[] = {
    "abet",     "acquit",   "admit",    "commit",   "compel",   "concur",   "confer",   "control",
    "defer",    "deter",    "dispel",   "embed",    "emit",     "equip",    "expel",    "extol",
    "incur",    "infer",    "kidnap",   "occur",    "omit",     "patrol",   "permit",   "prefer",
    "propel",   "rebel",    "rebut",    "recur",    "refer",    "regret",   "submit",   "transfer",
};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

int VowelGroups(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size(); ++i) n += IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]));
  return n;
}

// Consonant-vowel-consonant at the end, the last consonant not w, x or y.
bool EndsShortStressed(std::string_view w) {
  if (w.size() < 3) return false;
  const char c = w[w.size() - 1], v = w[w.size() - 2], p = w[w.size() - 3];
  if (IsVowel(c) || c == 'w' || c == 'x' || c == 'y' || !IsVowel(v) || IsVowel(p)) return false;
  if (p == 'q' || (p == 'u' && w.size() > 3 && w[w.size() - 4] == 'q')) return false;
  return VowelGroups(w) == 1 ||
         std::find(std::begin(kDoubling), std::end(kDoubling), w) != std::end(kDoubling);
}

bool EndsConsonantY(std::string_view w) { return w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2]); }

bool EndsSibilant(std::string_view w) {
  const char c = w.back();
  return c == 's' || c == 'x' || c == 'z' || ((c == 'h') && w.size() > 1 && (w[w.size() - 2] == 'c' || w[w.size() - 2] == 's'));
}

std::string Stem(std::string_view w, size_t drop) { return std::string(w.substr(0, w.size() - drop)); }

std::string ThirdPerson(std::string_view w) {
  if (EndsConsonantY(w)) return Stem(w, 1) + "ies";
  if (EndsSibilant(w) || (w.back() == 'o' && w.size() > 1 && !IsVowel(w[w.size() - 2]))) return std::string(w) + "es";
  return std::string(w) + "s";
}

std::string RegularPast(std::string_view w) {
  if (w.back() == 'e') return std::string(w) + "d";
  if (EndsConsonantY(w)) return Stem(w, 1) + "ied";
  if (EndsShortStressed(w)) return std::string(w) + w.back() + "ed";
  return std::string(w) + "ed";
}

std::string Progressive(std::string_view w) {
  if (w.size() > 2 && w.ends_with("ie")) return Stem(w, 2) + "ying";
  if (w.size() > 2 && w.back() == 'e' && !w.ends_with("ee") && !w.ends_with("oe") && !w.ends_with("ye"))
    return Stem(w, 1) + "ing";
  if (EndsShortStressed(w)) return std::string(w) + w.back() + "ing";
  return std::string(w) + "ing";
}

const Irregular* FindIrregular(std::string_view lemma) {
  auto it = std::lower_bound(std::begin(kIrregular), std::end(kIrregular), lemma,
                             [](const Irregular& a, std::string_view b) { return a.lemma < b; });
  return it != std::end(kIrregular) && it->lemma == lemma ? &*it : nullptr;
}

void AddOnce(std::vector<std::string>* forms, std::string f) {
  if (std::find(forms->begin(), forms->end(), f) == forms->end()) forms->push_back(std::move(f));
}

}  // namespace

bool IsIrregularVerb(std::string_view lemma) { return FindIrregular(lemma) != nullptr; }

std::vector<std::string> VerbInflections(std::string_view lemma) {
  std::vector<std::string> forms;
  if (lemma.empty()) return forms;
  forms.emplace_back(lemma);
  AddOnce(&forms, ThirdPerson(lemma));
  if (const Irregular* irr = FindIrregular(lemma)) {
    AddOnce(&forms, std::string(irr->past));
    AddOnce(&forms, std::string(irr->participle));
  } else {
    AddOnce(&forms, RegularPast(lemma));
  }
  AddOnce(&forms, Progressive(lemma));
  // British spelling doubles a final l after one vowel in longer verbs too: "travelled",
  // "cancelling", beside American "traveled", "canceling".
  const size_t n = lemma.size();
  if (n > 3 && lemma.back() == 'l' && IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3]) && VowelGroups(lemma) > 1 &&
      !IsIrregularVerb(lemma)) {
    AddOnce(&forms, std::string(lemma) + "led");
    AddOnce(&forms, std::string(lemma) + "ling");
  }
  return forms;
}

std::vector<std::string> NounInflections(std::string_view lemma) {
  std::vector<std::string> forms;
  if (lemma.empty()) return forms;
  forms.emplace_back(lemma);
  if (lemma.size() > 2 && lemma.ends_with("is")) {
    AddOnce(&forms, Stem(lemma, 2) + "es");  // crisis -> crises
  } else {
    AddOnce(&forms, ThirdPerson(lemma));  // the same spelling rules as the verb's -s
  }
  return forms;
}

}  // namespace dyad::dict
