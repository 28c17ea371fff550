// Dictionary: the compiled, frozen form of a Model. It owns the model and adds what the
// pipeline asks of it: phrase matchers for actors and agents (one trie), discards and
// issues; actor codes resolved by date; agents composed with actors; verb blocks indexed
// by every verb form. Built once (Builder::Add, Finish) and then shared read-only by all
// threads: every method is const and none caches anything.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/matcher.h"
#include "dict/model.h"
#include "dyad/date.h"
#include "dyad/status.h"

namespace dyad::dict {

// What a matched phrase stands for.
struct Entry {
  enum class Kind : uint8_t { kActor, kAgent };
  Kind kind = Kind::kActor;
  uint32_t index = 0;   // into Model::actors or Model::agents
  uint32_t phrase = 0;  // into that item's phrases
};

// A phrase found in a token sequence.
struct Mention {
  uint32_t begin = 0, end = 0;  // token indexes, end exclusive
  uint32_t entry = 0;           // Dictionary::entry(entry)
};

struct DictionaryStats {
  size_t actors = 0, actor_phrases = 0, agents = 0, agent_phrases = 0;
  size_t verb_blocks = 0, verbs = 0, patterns = 0, synsets = 0, transformations = 0;
  size_t discards = 0, issues = 0, time_shifts = 0, warnings = 0, files = 0;
  size_t trie_nodes = 0, vocabulary = 0, matcher_bytes = 0;
};

class Dictionary {
 public:
  class Builder {
   public:
    // Adds everything in `model` (files, entries and warnings).
    Builder& Add(Model model);
    // The model added so far, before compilation (what the compiled cache stores).
    const Model& model() const { return model_; }
    // Compiles. Never fails: unusable entries were already warned about by the readers;
    // phrases that cannot be matched (no words) are warned about here. The builder is
    // empty afterwards.
    std::shared_ptr<const Dictionary> Finish();

   private:
    Model model_;
  };

  const Model& model() const { return model_; }
  const Entry& entry(uint32_t id) const { return entries_[id]; }
  size_t entry_count() const { return entries_.size(); }

  // Every actor and agent phrase in `tokens` (as written), all overlaps included.
  std::vector<PhraseMatch> FindAll(std::span<const std::string_view> tokens) const;
  // The leftmost-longest non-overlapping actor and agent mentions.
  std::vector<Mention> FindMentions(std::span<const std::string_view> tokens) const;
  // The same from FindAll's matches of the tokens.
  static std::vector<Mention> MentionsOf(std::span<const PhraseMatch> all);
  // Discard and issue phrases; ids index Model::discards / Model::issues.
  std::vector<PhraseMatch> FindDiscards(std::span<const std::string_view> tokens) const;
  std::vector<PhraseMatch> FindIssues(std::span<const std::string_view> tokens) const;

  // The written phrase behind an entry.
  const Phrase& PhraseOf(const Entry& e) const;
  // The code an actor entry has on `date` (first satisfied restriction), or empty. For
  // an agent entry, the agent's code alone.
  std::string_view CodeAt(const Entry& e, Date date) const;
  // The code of a mention on `date`: for a phrase shared by several actors, the first
  // actor with a code on that day.
  std::string_view MentionCode(const Mention& m, std::span<const PhraseMatch> all, Date date) const;

  // Verb blocks that contain `form` (lower-case, any listed or generated form).
  std::span<const uint32_t> VerbBlocksFor(std::string_view form) const;
  const Synset* FindSynset(std::string_view name) const;
  // The indices of the members of `set` (one of this dictionary's synsets) whose first
  // word (`last`: whose last word) begins with byte `c`, in member order, together with
  // those whose word is "" or "y" (which the coder lets match a token of any opening: a
  // plural "ies"). A token whose form and lemma open with other letters cannot match the
  // others' word, so the coder tries these alone. The byte 256 gives "" and "y" alone.
  std::span<const uint32_t> SynsetMembersOpening(const Synset& set, int c, bool last) const;

  DictionaryStats Stats() const;

 private:
  Dictionary() = default;

  Model model_;
  std::vector<Entry> entries_;
  PhraseMatcher mentions_, discards_, issues_;
  // Looked up by string_view without building a string (the coder asks for every token).
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> verb_index_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> synset_index_;
  // Per synset and side (first word, last word): member indices bucketed by opening byte,
  // bucket b being members[begin[b], begin[b + 1]).
  struct MembersByOpening {
    std::array<uint32_t, 258> begin{};
    std::vector<uint32_t> members;
  };
  std::vector<std::array<MembersByOpening, 2>> synset_openings_;
};

}  // namespace dyad::dict
