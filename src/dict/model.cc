// The model's small helpers: file table, warnings, merging, dated codes and agents.
#include "dict/model.h"

#include <utility>

namespace dyad::dict {

uint32_t Model::AddFile(std::string path) {
  files.push_back(std::move(path));
  return static_cast<uint32_t>(files.size() - 1);
}

void Model::Warn(SourceRef where, std::string message) {
  warnings.push_back({where, std::move(message)});
}

std::string Model::Describe(const Warning& w) const {
  std::string out = w.where.file < files.size() ? files[w.where.file] : "?";
  out += ':';
  out += std::to_string(w.where.line);
  out += ": ";
  out += w.message;
  return out;
}

namespace {

template <typename T>
void Append(std::vector<T>* to, std::vector<T>&& from, uint32_t file_base) {
  for (T& x : from) {
    x.where.file += file_base;
    to->push_back(std::move(x));
  }
}

}  // namespace

void Model::Merge(Model other) {
  const uint32_t base = static_cast<uint32_t>(files.size());
  for (std::string& f : other.files) files.push_back(std::move(f));
  Append(&actors, std::move(other.actors), base);
  Append(&agents, std::move(other.agents), base);
  for (VerbBlock& b : other.verbs) {
    b.where.file += base;
    for (VerbPattern& p : b.patterns) p.where.file += base;
    verbs.push_back(std::move(b));
  }
  Append(&synsets, std::move(other.synsets), base);
  Append(&transformations, std::move(other.transformations), base);
  Append(&discards, std::move(other.discards), base);
  Append(&issues, std::move(other.issues), base);
  Append(&time_shifts, std::move(other.time_shifts), base);
  Append(&warnings, std::move(other.warnings), base);
  for (Phrase& p : other.nouns) nouns.push_back(std::move(p));
  for (Phrase& p : other.adjectives) adjectives.push_back(std::move(p));
  for (std::string& g : other.generics) generics.push_back(std::move(g));
  for (auto& [k, v] : other.modifiers) modifiers[k] = v;
  for (auto& [k, v] : other.options) options[k] = v;
  for (auto& [k, v] : other.labels) labels[k] = v;
}

size_t Model::PatternCount() const {
  size_t n = 0;
  for (const VerbBlock& b : verbs) n += b.patterns.size();
  return n;
}

std::string_view CodeAt(const Actor& actor, int32_t day) {
  // A dated restriction that holds beats an undated default, wherever the default is
  // written (PETRARCH writes it first: "SAM_GAMGEE [HOB]" then "[HOBCIV <20080120]").
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : actor.codes) {
    if (!c.Contains(day)) continue;
    if (c.restricted()) return c.code;
    if (fallback == nullptr) fallback = &c;
  }
  return fallback != nullptr ? std::string_view(fallback->code) : std::string_view();
}

std::string ComposeAgent(std::string_view actor_code, const Agent& agent) {
  std::string add;
  for (size_t i = 0; i + 3 <= agent.code.size(); i += 3) {
    std::string_view seg = std::string_view(agent.code).substr(i, 3);
    bool present = false;
    for (size_t j = 0; j + 3 <= actor_code.size(); j += 3) {
      if (actor_code.substr(j, 3) == seg) present = true;
    }
    if (!present) add += seg;
  }
  if (agent.code.size() % 3 != 0) add += agent.code.substr(agent.code.size() / 3 * 3);
  return agent.prefix ? add + std::string(actor_code) : std::string(actor_code) + add;
}

bool ParseDictDate(std::string_view text, int32_t* day) {
  if (text.size() != 6 && text.size() != 8) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto num = [&](size_t pos, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; ++i) v = v * 10 + (text[pos + i] - '0');
    return v;
  };
  Date d;
  size_t rest = 2;
  if (text.size() == 6) {
    int yy = num(0, 2);
    d.year = yy <= 30 ? 2000 + yy : 1900 + yy;
  } else {
    d.year = num(0, 4);
    rest = 4;
  }
  d.month = num(rest, 2);
  d.day = num(rest + 2, 2);
  if (!d.valid()) return false;
  *day = static_cast<int32_t>(d.ToDays());
  return true;
}

}  // namespace dyad::dict
