// The PETRARCH validation suites as validation suites: an XML file whose <Environment>
// names the dictionaries and the categories that count (<Include>), and whose
// <Sentence date id category> records carry their expected events as
// <EventCoding sourcecode targetcode eventcode/>, <EventCoding noevents="True"/> or
// <EventCoding error="storydiscard|sentencediscard"/> (no <EventCoding> at all: no
// events, as PETRARCH-2's PATTERN-06 expects), then a <Text> and a <Parse>.
// Read here: the PETRARCH-2 unit tests (Penn-Treebank parses, ignored) and the
// Universal-PETRARCH validation and GSR files (CoNLL-U parses, kept in the record).
// <Config option="NAME" value="V"> elements between records (or inside one) become
// the option line "NAME = V" of the record they precede (or sit in).
// A record is scored when its category is included and it is not switched off
// (sentence="false" or evaluate="false"); records that test the input parser
// (error="bad_input_parse") or dateline handling are not scored, since dyad parses the
// text itself. The Universal-PETRARCH files are not well-formed XML; they are repaired
// in known ways before libxml2 reads them strictly (see ParsePetrarchSuite).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "code/intent_codes.h"
#include "code/validate.h"
#include "dyad/status.h"

namespace dyad::code {

// What the <Environment> block names: file names as written, categories as listed.
struct PetrarchEnvironment {
  std::string verbs;
  std::vector<std::string> actors, agents;  // comma-separated lists in the file
  std::string discards;
  std::string pico;                    // UD-PETRARCH's internal coding ontology (intent_codes.h)
  std::vector<std::string> include;    // categories scored; the "valid" flag is dropped
};

struct PetrarchSuite {
  std::string file;                        // the records file
  PetrarchEnvironment environment;
  std::vector<std::string> dictionaries;   // resolved paths of verbs, actors, agents, discards
  IntentCodes intents;                     // from the environment's PICO file, when it names one
  std::vector<SuiteRecord> records;        // every <Sentence>, in order; unscored ones kNone
  std::map<std::string, int> unscored;     // why records are not scored -> how many
  bool repaired = false;                   // the file needed the repairs to be read
};

// Parses the text of a suite file. `file` names it in errors. Dictionaries are not
// resolved (PetrarchSuite::dictionaries stays empty). A document that is not
// well-formed is repaired and parsed again: text before <Environment> (a header
// comment that nests comment markers, or bare text mentioning tags) is dropped,
// lines starting with <PLEvent (PLOVER records written as JSON) are dropped, and
// self-closed <Sentence .../> start tags are reopened when as many </Sentence> tags
// follow. Errors: DataLoss "FILE: line N: ..." when even the repaired text is not
// well-formed; InvalidArgument "FILE: ID: ..." for a record without text (an empty
// <Text> is spelled from a CoNLL-U <Parse> when there is one), without a readable date
// (YYYYMMDD, or YYMMDD as TABARI reads it), or with an <EventCoding> lacking one of its
// three codes.
Result<PetrarchSuite> ParsePetrarchSuite(std::string_view xml, std::string_view file);

// The records file for SUITE: SUITE itself, or the one *.xml file in the folder SUITE
// that has an <Environment> block (*.debug.xml files aside). Errors: NotFound,
// InvalidArgument when a folder holds several.
Result<std::string> PetrarchSuitePath(std::string_view suite);

// True when `path` is an .xml file whose first 64 KiB hold <Environment>.
bool IsPetrarchSuiteFile(std::string_view path);

// Where a dictionary name from <Environment> is looked for, in order: beside the
// records file, in ../dictionaries, in ../validate, and in ../../petrarch2/dictionaries
// (the Universal-PETRARCH GSR file uses PETRARCH-2's Phoenix dictionaries).
std::vector<std::string> PetrarchDictionaryCandidates(std::string_view records_file, std::string_view name);

// Reads the suite at SUITE (file or folder) and resolves its dictionaries.
// Errors: those of PetrarchSuitePath and ParsePetrarchSuite, IoError, NotFound naming a
// dictionary that is in no candidate place.
Result<PetrarchSuite> ReadPetrarchSuite(std::string_view suite);

// The suite's dictionaries as one dict::Load SPEC (a comma-separated list).
std::string PetrarchDictSpec(const PetrarchSuite& suite);

}  // namespace dyad::code
