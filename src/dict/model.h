// The common in-memory model that every dictionary reader fills: actors with dated codes,
// agents with append/prefix codes, verb blocks with their patterns (structure kept for the
// coder), synsets, discards, issues, time shifts and options. Readers of TABARI, PETRARCH
// and dyad's own format all produce this one value; the compiler (dictionary.h) freezes it
// into a matcher. Nothing here knows about text or tokens.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"

namespace dyad::dict {

// Where an entry came from, for warnings and `dyad dict lint`.
struct SourceRef {
  uint32_t file = 0;  // index into Model::files
  uint32_t line = 0;  // 1-based
};

// How one dictionary word matches a token (compared after lower-casing, except kCased).
enum class WordMatch : uint8_t {
  kExact = 0,    // the token equals the word
  kEndings = 1,  // the word, or the word with a regular ending (-s, -es, -y/-ies, 's)
  kStem = 2,     // the token starts with the word (TABARI's default)
  kCased = 3,    // the token equals the word as written, case included
};

struct Word {
  std::string text;  // lower-cased unless match == kCased
  WordMatch match = WordMatch::kExact;
  bool gap_after = false;  // other tokens may come between this word and the next
  bool operator==(const Word&) const = default;
};

// A phrase as written in a dictionary and as the words it matches.
struct Phrase {
  std::string written;
  std::vector<Word> words;
};

// Day numbers (days since 1970-01-01) bounding a code's validity, both inclusive.
inline constexpr int32_t kMinDay = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kMaxDay = std::numeric_limits<int32_t>::max();

struct DatedCode {
  std::string code;  // "USAGOV"; "---" null, "###" discard, "+++" complex
  int32_t from = kMinDay;
  int32_t to = kMaxDay;
  bool restricted() const { return from != kMinDay || to != kMaxDay; }
  bool Contains(int32_t day) const { return from <= day && day <= to; }
};

enum class ActorKind : uint8_t {
  kActor,      // a name: TABARI/PETRARCH actor, dyad `name`, `capital`, `seat`, `sub`
  kAdjective,  // dyad `adj`: composes with a following agent
  kPerson,     // dyad `person`
};

struct Actor {
  ActorKind kind = ActorKind::kActor;
  std::vector<Phrase> phrases;     // the primary phrase first, then synonyms
  std::vector<DatedCode> codes;    // first satisfied restriction wins
  std::string country;             // dyad `country` field, may be empty
  uint32_t primaries = 1;          // primary phrases (lines not starting with '+') in the block
  SourceRef where;
};

struct Agent {
  std::vector<Phrase> phrases;
  std::string code;     // "GOV", "GOVFRM", "NGO"
  bool prefix = false;  // [NGO~]: the code goes before the actor's
  SourceRef where;
};

// An event code with its TABARI suffixes: [032:033], [023?], [031!].
struct EventCode {
  std::string code;    // "---" = no event
  std::string paired;  // after ':' (TABARI paired) or PETRARCH passive meaning
  char suffix = 0;     // '?' subordinate, '!' dominant, 0 none
};

// One element of a verb pattern. Patterns keep their structure so the coder can walk them.
struct PatternItem {
  enum class Kind : uint8_t {
    kWord,          // a literal word (TABARI connectors kept in `word`)
    kSynset,        // &NAME
    kVerb,          // *  (dyad `event` patterns: `word.text` names the lemma it is for)
    kSource,        // $
    kTarget,        // +
    kCompound,      // %  source and target both
    kSkip,          // ^  skip an actor
    kAlternatives,  // { a | b | c }  (TABARI); each alternative in `children`
    kNounPhrase,    // {MODIFIER ... HEAD}  (PETRARCH 2); words in children[0], head last
    kPrepPhrase,    // (PREP NOUN) or (PREP {MOD HEAD})  (PETRARCH 2); children[0]
  };
  Kind kind = Kind::kWord;
  Word word;                                     // kWord; kSynset: only gap_after
  std::string name;                              // kSynset: NAME without '&'
  std::vector<std::vector<PatternItem>> children;
};

// How deep a pattern's brackets may nest ("{ a { b ( c ... ) } }"). Readers drop deeper
// groups with a warning, so that every model they fill can be written to and read back
// from the compiled cache (cache.cc) and walked by the coders without deep recursion.
inline constexpr int kMaxPatternDepth = 16;

struct VerbPattern {
  std::vector<PatternItem> items;  // in order; exactly one kVerb at top level
  EventCode code;
  SourceRef where;
};

// A verb (or multi-word verb) with its forms.
struct VerbForm {
  std::vector<std::string> words;  // lower-cased base: {"shut", "down"}
  int inflected = 0;               // which word inflects ("+SHUT_DOWN", "RE_+ARM")
  std::vector<std::string> forms;  // inflected forms of that word, generated or listed
  bool has_code = false;
  EventCode code;                  // the verb's own code, when it has one
  bool noun = false;               // an event noun ("visit", "talks"), dyad `noun` lines
};

// A group of verbs sharing patterns: a TABARI root verb, a PETRARCH `--- MEANING ---` block.
struct VerbBlock {
  std::string name;
  EventCode code;
  std::vector<VerbForm> verbs;
  std::vector<VerbPattern> patterns;
  SourceRef where;
};

struct Synset {
  std::string name;  // without '&'
  std::vector<Phrase> members;
  bool no_plural = false;
  SourceRef where;
};

// PETRARCH 2 transformation "~ a (a b ATTACK) SAY = a b 015", kept as its parts.
struct Transformation {
  std::string outer_source, inner_source, inner_target, inner_verb, outer_verb;
  std::string result_source, result_target, result_code;
  SourceRef where;
};

struct Discard {
  Phrase phrase;
  bool story = false;  // '+': drop the whole story, else the sentence
  SourceRef where;
};

struct Issue {
  std::string category;
  Phrase phrase;
  std::string code;
  bool ignore = false;  // '~phrase': cancels issue coding
  SourceRef where;
};

// TABARI <TIME> phrases: "LAST_WEEK [-7]"; discard/complex codes kept as text.
struct TimeShift {
  Phrase phrase;
  std::string code;  // "-7", "+1", "###", "+++", "---"
  SourceRef where;
};

struct Warning {
  SourceRef where;
  std::string message;
};

struct Model {
  std::vector<std::string> files;  // source paths, for SourceRef
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<VerbBlock> verbs;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
  std::vector<TimeShift> time_shifts;
  std::vector<Phrase> nouns, adjectives;        // TABARI <NOUN>, <ADJECTIVE>
  std::vector<std::string> generics;            // dyad `generic` phrases
  std::map<std::string, std::string> modifiers;  // dyad `modifier`: word -> code
  std::map<std::string, std::string> options;    // TABARI options, PETRARCH [Options]
  std::map<std::string, std::string> labels;     // TABARI LABEL: code -> text
  std::vector<Warning> warnings;

  uint32_t AddFile(std::string path);
  void Warn(SourceRef where, std::string message);
  // "file:line: message".
  std::string Describe(const Warning& w) const;
  // Appends `other`, renumbering its file indexes.
  void Merge(Model other);
  size_t PatternCount() const;
};

// The code of `actor` on `day`: the first dated code whose restriction holds, else the first
// undated one, else empty.
std::string_view CodeAt(const Actor& actor, int32_t day);

// Composes an actor code with an agent code. Three-character segments already in the
// actor code are not added again ("USAGOV" + "GOV" -> "USAGOV").
std::string ComposeAgent(std::string_view actor_code, const Agent& agent);

// A TABARI/PETRARCH date: YYMMDD (YY 00-30 -> 20YY, else 19YY) or YYYYMMDD. Returns false
// for anything else or an impossible day.
bool ParseDictDate(std::string_view text, int32_t* day);

}  // namespace dyad::dict
