// Readers for every dictionary format dyad accepts. Each takes a file's bytes and the
// path to name in warnings, and adds what it finds to *model; none fails on content
// (every problem becomes a Model warning with file and line, and reading goes on).
// Beyond what TABARI and PETRARCH accept they lift those programs' limits: lines of any
// length, any number of codes, no interactive prompts, and PETRARCH 2's habit of
// ignoring every verb pattern after an XML comment is not reproduced.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"

namespace dyad::dict {

// Which phrase notation (and comment marker) a TABARI-family file uses.
enum class Notation {
  kTabari,    // ';' comments, TABARI connectors (stems by default)
  kPetrarch,  // '#' comments, underscores join exact words
};

// TABARI .actors and PETRARCH actor files: primary phrases with codes, '+' synonyms,
// indented date-restriction lines, <NOUN>/<ADJECTIVE> sections, FINISH.
void ReadActors(std::string_view bytes, std::string_view path, Notation notation, Model* model);

// TABARI .agents ("PHRASE [~GOV]", "[NGO~]") and PETRARCH agent files (also
// "PHRASE {PLURAL} [~CODE]" and "!MARKER! = form, form" substitutions).
void ReadAgents(std::string_view bytes, std::string_view path, Notation notation, Model* model);

// Verb dictionaries: TABARI .verbs (root lines, { irregular forms }, <SYNSETS>, <TIME>,
// <ISSUES>/<FREQUENCY>, code suffixes ? ! :), PETRARCH-1 verb patterns and PETRARCH 2
// CAMEO verbs (synsets, "--- MEANING [CODE] ---" blocks, noun-phrase and prepositional
// patterns, transformations). The pattern notation is recognised per pattern.
void ReadVerbs(std::string_view bytes, std::string_view path, Notation notation, Model* model);

// TABARI .options: COMPLEX:, SET:, LABEL:, OUTPUT:, FORWARD:, DEFAULT: lines.
void ReadTabariOptions(std::string_view bytes, std::string_view path, Model* model);

// PETRARCH discards: one phrase a line, '+' = whole story, trailing '_' = whole word.
void ReadDiscards(std::string_view bytes, std::string_view path, Model* model);

// PETRARCH issues: <ISSUE CATEGORY="..."> blocks of "phrase [CODE]" with n:, v:, '+'
// and '~' notations; in a TYPE="COUNTEVENT" block a phrase without a code counts under
// the category's name.
void ReadIssues(std::string_view bytes, std::string_view path, Model* model);

// dyad's own format (docs/dictionaries.md): actor, person, agent, generic, modifier, event.
void ReadDyad(std::string_view bytes, std::string_view path, Model* model);

// The files a TABARI .project names (paths as written, relative to the project's folder).
struct TabariProject {
  std::string actors, verbs, agents, options, text;
};
TabariProject ReadTabariProject(std::string_view bytes, std::string_view path, Model* model);

// The dictionary files a PETRARCH config .ini names in [Dictionaries].
struct PetrarchConfig {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents, discards, issues;
};
PetrarchConfig ReadPetrarchConfig(std::string_view bytes, std::string_view path, Model* model);

}  // namespace dyad::dict
