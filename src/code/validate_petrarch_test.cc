// Reading PETRARCH suite files: the well-formed PETRARCH-2 shape, the repaired
// Universal-PETRARCH shapes, record expectations and why records go unscored, and
// errors that name the file and record. Scoring through a fake coder.
#include "code/validate_petrarch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad::code {
namespace {

constexpr char kEnvironment[] = R"(<Environment>
    <Verbfile>v.txt</Verbfile>
    <Actorfile>a1.actors.txt,a2.actors.txt</Actorfile>
    <Agentfile>g.agents.txt</Agentfile>
    <Discardfile>d.discards.txt</Discardfile>
    <Include>valid DEMO VERB</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
)";

// A well-formed suite with one record per expectation kind.
std::string WellFormed() {
  return std::string("<Validation>\n") + kEnvironment + R"(<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties
  with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950102" id="DEMO-02" category="DEMO" sentence="true">
<Config option="comma_max" value="0"></Config>
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="VERB-01" category="VERB" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Sauron discarded.</Text>
</Sentence>
<Sentence date="19950103" id="VERB-02" category="VERB" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Not implemented.</Text>
</Sentence>
<Sentence date="19950103" id="OTHER-01" category="OTHER" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Not included.</Text>
</Sentence>
<Sentence date="19950103" id="VERB-03" category="VERB" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>A bad parse.</Text>
</Sentence>
</Sentences>
</Validation>
)";
}

TEST(ParsePetrarchSuite, WellFormedRecords) {
  auto suite = ParsePetrarchSuite(WellFormed(), "unit.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_FALSE(suite->repaired);
  const PetrarchEnvironment& env = suite->environment;
  EXPECT_EQ(env.verbs, "v.txt");
  EXPECT_EQ(env.actors, (std::vector<std::string>{"a1.actors.txt", "a2.actors.txt"}));
  EXPECT_EQ(env.agents, (std::vector<std::string>{"g.agents.txt"}));
  EXPECT_EQ(env.discards, "d.discards.txt");
  EXPECT_EQ(env.include, (std::vector<std::string>{"DEMO", "VERB"}));
  ASSERT_EQ(suite->records.size(), 6u);

  struct Want {
    const char* id;
    const char* category;
    Expect expect;
    size_t events;
  };
  const Want kWant[] = {
      {"DEMO-01", "DEMO", Expect::kEvents, 2},  {"DEMO-02", "DEMO", Expect::kEvents, 0},
      {"VERB-01", "VERB", Expect::kDiscard, 0}, {"VERB-02", "VERB", Expect::kNone, 1},
      {"OTHER-01", "OTHER", Expect::kNone, 1},  {"VERB-03", "VERB", Expect::kNone, 0},
  };
  for (size_t i = 0; i < std::size(kWant); ++i) {
    const SuiteRecord& r = suite->records[i];
    EXPECT_EQ(r.id, kWant[i].id);
    EXPECT_EQ(r.category, kWant[i].category) << r.id;
    EXPECT_EQ(r.expect, kWant[i].expect) << r.id;
    EXPECT_EQ(r.events.size(), kWant[i].events) << r.id;
  }
  const SuiteRecord& first = suite->records[0];
  EXPECT_EQ(first.text, "Arnor is about to restore ties with Gondor.");
  EXPECT_EQ(first.date, *Date::Parse("1995-01-01"));
  EXPECT_EQ(first.events[0], (ExpectedEvent{"ARN", "GON", "064"}));
  EXPECT_TRUE(first.conllu.empty()) << "a Penn-Treebank parse is not kept";
  EXPECT_TRUE(first.options.empty());
  EXPECT_EQ(suite->records[1].options, (std::vector<std::string>{"require_dyad = false", "comma_max = 0"}));
  EXPECT_EQ(suite->unscored.size(), 3u);
  EXPECT_EQ(suite->unscored.at("category not in <Include>"), 1);
}

// The Universal-PETRARCH shapes: a header comment nesting comment markers, PLOVER JSON
// lines, self-closed <Sentence/> start tags closed later, CoNLL-U parses.
TEST(ParsePetrarchSuite, RepairsUniversalPetrarchShapes) {
  const std::string xml = std::string("<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n") +
                          "<!--\n# Use <Sentence ... evaluate=\"false\"> and a comment in <!-- ... --> here\n-->\n" +
                          kEnvironment + R"(<Sentences>
<Sentence category="DEMO" date="20080804" id="AFP-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<PLEvent {"event": "042", "source": [{"code": "USA"}]}>
<Text>
The US leader went to China.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
2	leader	leader	NOUN	NN	_	0	root	_	_
</Parse>
</Sentence>
<Sentence category="VERB" date="20080805" id="AFP-2" evaluate="false"/>
<EventCoding noevents="True" />
<Text>Skipped.</Text>
<Parse>
</Parse>
</Sentence>
<Sentence category="DEMO" date="121108" id="AFP-3" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
</Text>
<Parse>
1	Boko	Boko	PROPN	NNP	_	2	compound	_	_
2	Haram	Haram	PROPN	NNP	_	3	nsubj	_	_
3	fled	flee	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_
</Parse>
</Sentence>
</Sentences>
</Validation>
)";
  auto suite = ParsePetrarchSuite(xml, "udp.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_TRUE(suite->repaired);
  ASSERT_EQ(suite->records.size(), 3u);
  const SuiteRecord& r = suite->records[0];
  EXPECT_EQ(r.id, "AFP-1");
  EXPECT_EQ(r.expect, Expect::kEvents);
  EXPECT_EQ(r.events, (std::vector<ExpectedEvent>{{"USA", "CHN", "042"}}));
  EXPECT_EQ(r.text, "The US leader went to China.");
  EXPECT_EQ(r.conllu.substr(0, 6), "1\tThe\t");
  EXPECT_EQ(suite->records[1].expect, Expect::kNone);
  EXPECT_EQ(suite->unscored.at("evaluate=\"false\""), 1);
  // An empty <Text> is spelled from the parse; a YYMMDD date is read as TABARI reads it.
  EXPECT_EQ(suite->records[2].text, "Boko Haram fled.");
  EXPECT_EQ(suite->records[2].date, *Date::Parse("2012-11-08"));
  EXPECT_EQ(suite->records[2].expect, Expect::kEvents);
  EXPECT_TRUE(suite->records[2].events.empty());
}

TEST(ParsePetrarchSuite, ErrorsNameFileAndRecord) {
  struct Case {
    std::string xml;
    StatusCode code;
    std::string message_part;
  };
  const std::string head = std::string("<Validation>") + kEnvironment + "<Sentences>";
  const Case kCases[] = {
      {"<Validation><Sentences>", StatusCode::kDataLoss, "bad.xml: line"},
      {"<Validation><Sentences></Sentences></Validation>", StatusCode::kInvalidArgument, "no <Environment>"},
      {head + R"(<Sentence date="1995" id="X-1" category="DEMO"><Text>t</Text></Sentence></Sentences></Validation>)",
       StatusCode::kInvalidArgument, "bad.xml: X-1: no readable date"},
      {head + R"(<Sentence date="19950101" id="X-2" category="DEMO"></Sentence></Sentences></Validation>)",
       StatusCode::kInvalidArgument, "bad.xml: X-2: no <Text>"},
      {head + R"(<Sentence date="19950101" id="X-3" category="DEMO"><EventCoding sourcecode="A" eventcode="01"/>)"
              R"(<Text>t</Text></Sentence></Sentences></Validation>)",
       StatusCode::kInvalidArgument, "bad.xml: X-3: <EventCoding> without"},
  };
  for (const Case& c : kCases) {
    auto suite = ParsePetrarchSuite(c.xml, "bad.xml");
    ASSERT_FALSE(suite.ok()) << c.xml;
    EXPECT_EQ(suite.status().code(), c.code) << suite.status().ToString();
    EXPECT_NE(suite.status().ToString().find(c.message_part), std::string::npos) << suite.status().ToString();
  }
}

// A coder that codes what a table says for each record id.
class TableCoder : public SuiteCoder {
 public:
  explicit TableCoder(std::map<std::string, std::vector<ExpectedEvent>> table) : table_(std::move(table)) {}
  void SetOption(std::string_view) override {}
  CodedRecord Code(const SuiteRecord& r) override {
    CodedRecord out;
    if (r.text.find("discarded") != std::string::npos) out.discarded = true;
    for (const ExpectedEvent& t : table_[r.id]) {
      Event e;
      e.source.code = t.source;
      e.target.code = t.target;
      e.cameo = t.code;
      out.events.push_back(e);
    }
    return out;
  }

 private:
  std::map<std::string, std::vector<ExpectedEvent>> table_;
};

TEST(ParsePetrarchSuite, ScoresOnlyScoredRecords) {
  auto suite = ParsePetrarchSuite(WellFormed(), "unit.xml");
  ASSERT_TRUE(suite.ok());
  TableCoder coder({{"DEMO-01", {{"ARN", "GON", "064"}}}, {"DEMO-02", {}}});
  const ValidationReport report = RunSuite(suite->records, coder);
  EXPECT_EQ(report.overall.total, 3);
  EXPECT_EQ(report.overall.passed, 2);  // DEMO-01 misses one of its two events
  EXPECT_EQ(report.categories.at("DEMO").passed, 1);
  EXPECT_EQ(report.categories.at("VERB").passed, 1);
}

TEST(PetrarchSuitePath, FolderWithOneSuiteFile) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "dyad_petrarch_suite_path";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  EXPECT_EQ(PetrarchSuitePath(dir.string()).status().code(), StatusCode::kNotFound);
  std::ofstream(dir / "suite.xml") << WellFormed();
  std::ofstream(dir / "suite.debug.xml") << WellFormed();
  std::ofstream(dir / "other.xml") << "<Sentences></Sentences>";
  auto path = PetrarchSuitePath(dir.string());
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_EQ(*path, (dir / "suite.xml").string());
  EXPECT_TRUE(IsPetrarchSuiteFile(*path));
  EXPECT_FALSE(IsPetrarchSuiteFile((dir / "other.xml").string()));
  std::ofstream(dir / "second.xml") << WellFormed();
  EXPECT_EQ(PetrarchSuitePath(dir.string()).status().code(), StatusCode::kInvalidArgument);
  // Dictionaries that are nowhere are named in the error.
  auto read = ReadPetrarchSuite((dir / "suite.xml").string());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().ToString().find("v.txt"), std::string::npos) << read.status().ToString();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::code
