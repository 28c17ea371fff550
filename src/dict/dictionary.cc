// Compiling a Model into a Dictionary: derived phrases (dyad generics), one entry per
// matchable phrase, the tries, the verb-form index.
#include "dict/dictionary.h"

#include <algorithm>

#include "dict/reader_common.h"

namespace dyad::dict {

Dictionary::Builder& Dictionary::Builder::Add(Model model) {
  if (model_.files.empty() && model_.warnings.empty()) {
    model_ = std::move(model);
  } else {
    model_.Merge(std::move(model));
  }
  return *this;
}

std::shared_ptr<const Dictionary> Dictionary::Builder::Finish() {
  std::shared_ptr<Dictionary> d(new Dictionary());
  d->model_ = std::move(model_);
  model_ = Model();
  Model& m = d->model_;
  // dyad `generic`: "European countries" codes as the actor whose adjective is "European".
  const size_t n_actors = m.actors.size();
  for (size_t i = 0; i < n_actors && !m.generics.empty(); ++i) {
    if (m.actors[i].kind != ActorKind::kAdjective) continue;
    Actor g;
    g.where = m.actors[i].where;
    g.codes = m.actors[i].codes;
    g.country = m.actors[i].country;
    for (const Phrase& adj : m.actors[i].phrases) {
      for (const std::string& gen : m.generics) g.phrases.push_back(TextPhrase(adj.written + " " + gen, WordMatch::kExact));
    }
    m.actors.push_back(std::move(g));
  }

  PhraseMatcher::Builder mentions;
  for (uint32_t i = 0; i < m.actors.size(); ++i) {
    for (uint32_t p = 0; p < m.actors[i].phrases.size(); ++p) {
      const uint32_t id = static_cast<uint32_t>(d->entries_.size());
      if (mentions.Add(m.actors[i].phrases[p].words, id)) {
        d->entries_.push_back({Entry::Kind::kActor, i, p});
      } else {
        m.Warn(m.actors[i].where, "actor phrase '" + m.actors[i].phrases[p].written + "' has no words");
      }
    }
  }
  for (uint32_t i = 0; i < m.agents.size(); ++i) {
    for (uint32_t p = 0; p < m.agents[i].phrases.size(); ++p) {
      const uint32_t id = static_cast<uint32_t>(d->entries_.size());
      if (mentions.Add(m.agents[i].phrases[p].words, id)) d->entries_.push_back({Entry::Kind::kAgent, i, p});
    }
  }
  d->mentions_ = mentions.Finish();

  PhraseMatcher::Builder discards;
  for (uint32_t i = 0; i < m.discards.size(); ++i) discards.Add(m.discards[i].phrase.words, i);
  d->discards_ = discards.Finish();
  PhraseMatcher::Builder issues;
  for (uint32_t i = 0; i < m.issues.size(); ++i) issues.Add(m.issues[i].phrase.words, i);
  d->issues_ = issues.Finish();

  for (uint32_t b = 0; b < m.verbs.size(); ++b) {
    for (const VerbForm& v : m.verbs[b].verbs) {
      for (const std::string& f : v.forms) {
        auto& list = d->verb_index_[f];
        if (list.empty() || list.back() != b) list.push_back(b);
      }
    }
  }
  for (uint32_t s = 0; s < m.synsets.size(); ++s) d->synset_index_.emplace(m.synsets[s].name, s);
  d->synset_openings_.resize(m.synsets.size());
  for (uint32_t s = 0; s < m.synsets.size(); ++s)
    for (int side = 0; side < 2; ++side) {
      MembersByOpening& by = d->synset_openings_[s][side];
      std::array<std::vector<uint32_t>, 257> buckets;
      const std::vector<Phrase>& members = m.synsets[s].members;
      for (uint32_t i = 0; i < members.size(); ++i) {
        if (members[i].words.empty()) continue;  // matches nothing
        const std::string& w = side == 0 ? members[i].words.front().text : members[i].words.back().text;
        if (w.empty() || w == "y") {
          for (auto& b : buckets) b.push_back(i);
        } else {
          buckets[static_cast<uint8_t>(w[0])].push_back(i);
        }
      }
      for (size_t b = 0; b < buckets.size(); ++b) {
        by.begin[b] = static_cast<uint32_t>(by.members.size());
        by.members.insert(by.members.end(), buckets[b].begin(), buckets[b].end());
      }
      by.begin[257] = static_cast<uint32_t>(by.members.size());
    }
  return d;
}

std::vector<PhraseMatch> Dictionary::FindAll(std::span<const std::string_view> tokens) const {
  std::vector<PhraseMatch> out;
  mentions_.FindAll(tokens, &out);
  return out;
}

std::vector<Mention> Dictionary::FindMentions(std::span<const std::string_view> tokens) const {
  return MentionsOf(FindAll(tokens));
}

std::vector<Mention> Dictionary::MentionsOf(std::span<const PhraseMatch> all) {
  std::vector<Mention> out;
  for (const PhraseMatch& m : PhraseMatcher::LeftmostLongest(all)) out.push_back({m.begin, m.end, m.id});
  return out;
}

std::vector<PhraseMatch> Dictionary::FindDiscards(std::span<const std::string_view> tokens) const {
  std::vector<PhraseMatch> out;
  discards_.FindAll(tokens, &out);
  return out;
}

std::vector<PhraseMatch> Dictionary::FindIssues(std::span<const std::string_view> tokens) const {
  std::vector<PhraseMatch> out;
  issues_.FindAll(tokens, &out);
  return out;
}

const Phrase& Dictionary::PhraseOf(const Entry& e) const {
  return e.kind == Entry::Kind::kActor ? model_.actors[e.index].phrases[e.phrase]
                                       : model_.agents[e.index].phrases[e.phrase];
}

std::string_view Dictionary::CodeAt(const Entry& e, Date date) const {
  if (e.kind == Entry::Kind::kAgent) return model_.agents[e.index].code;
  return dict::CodeAt(model_.actors[e.index], static_cast<int32_t>(date.ToDays()));
}

std::string_view Dictionary::MentionCode(const Mention& m, std::span<const PhraseMatch> all, Date date) const {
  std::string_view code = CodeAt(entries_[m.entry], date);
  if (!code.empty()) return code;
  auto it = std::lower_bound(all.begin(), all.end(), PhraseMatch{m.begin, m.end, 0});
  for (; it != all.end() && it->begin == m.begin && it->end == m.end; ++it) {
    if (entries_[it->id].kind != entries_[m.entry].kind) continue;
    code = CodeAt(entries_[it->id], date);
    if (!code.empty()) return code;
  }
  return {};
}

std::span<const uint32_t> Dictionary::VerbBlocksFor(std::string_view form) const {
  auto it = verb_index_.find(form);
  if (it == verb_index_.end()) return {};
  return it->second;
}

const Synset* Dictionary::FindSynset(std::string_view name) const {
  auto it = synset_index_.find(name);
  return it == synset_index_.end() ? nullptr : &model_.synsets[it->second];
}

std::span<const uint32_t> Dictionary::SynsetMembersOpening(const Synset& set, int c, bool last) const {
  const MembersByOpening& by = synset_openings_[static_cast<size_t>(&set - model_.synsets.data())][last ? 1 : 0];
  const auto b = static_cast<size_t>(c);
  return std::span<const uint32_t>(by.members).subspan(by.begin[b], by.begin[b + 1] - by.begin[b]);
}

DictionaryStats Dictionary::Stats() const {
  DictionaryStats s;
  for (const Actor& a : model_.actors) {
    ++s.actors;
    s.actor_phrases += a.phrases.size();
  }
  for (const Agent& a : model_.agents) {
    ++s.agents;
    s.agent_phrases += a.phrases.size();
  }
  s.verb_blocks = model_.verbs.size();
  for (const VerbBlock& b : model_.verbs) s.verbs += b.verbs.size();
  s.patterns = model_.PatternCount();
  s.synsets = model_.synsets.size();
  s.transformations = model_.transformations.size();
  s.discards = model_.discards.size();
  s.issues = model_.issues.size();
  s.time_shifts = model_.time_shifts.size();
  s.warnings = model_.warnings.size();
  s.files = model_.files.size();
  s.trie_nodes = mentions_.node_count();
  s.vocabulary = mentions_.vocabulary_size();
  s.matcher_bytes = mentions_.MemoryBytes() + discards_.MemoryBytes() + issues_.MemoryBytes();
  return s;
}

}  // namespace dyad::dict
