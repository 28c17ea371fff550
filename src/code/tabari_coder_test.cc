// The TABARI-compatible coder on a small hand-made dictionary: source and target
// search, paired, subordinate and dominant codes, null and discard codes, compounds,
// agents, passive voice, clauses, and options (code by, agents alone, defaults,
// complexity limits).
#include "code/tabari_coder.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

dict::Word W(const std::string& w) { return {w, dict::WordMatch::kEndings, false}; }

std::shared_ptr<const dict::Dictionary> Dict() {
  dict::Model m;
  for (const auto& [name, code] : std::vector<std::pair<std::string, std::string>>{
           {"arnor", "ARN"}, {"gondor", "GON"}, {"bree", "BRE"}, {"rohan", "ROH/GON"}, {"orcs", "###"}}) {
    dict::Actor a;
    a.phrases.push_back({name, {W(name)}});
    a.codes.push_back({code});
    m.actors.push_back(a);
  }
  dict::Agent minister;
  minister.phrases.push_back({"minister", {W("minister")}});
  minister.code = "GOV";
  m.agents.push_back(minister);
  dict::Agent police;
  police.phrases.push_back({"police", {W("police")}});
  police.code = "COP";
  m.agents.push_back(police);
  dict::Phrase evil{"evil", {W("evil")}};
  m.adjectives.push_back(evil);
  m.nouns.push_back({"sheep", {W("sheep")}});
  m.nouns.push_back({"goats", {W("goats")}});
  auto verb = [&](const std::string& base, std::vector<std::string> forms, dict::EventCode code) {
    dict::VerbBlock b;
    b.name = base;
    b.code = code;
    dict::VerbForm f;
    f.words = {base};
    f.forms = std::move(forms);
    b.verbs.push_back(f);
    m.verbs.push_back(b);
  };
  verb("visit", {"visit", "visited", "visits"}, {"032", "033", 0});
  verb("said", {"said", "say", "says"}, {"023", "", '?'});
  verb("attack", {"attack", "attacked"}, {"190", "", 0});
  verb("oppos", {"oppos"}, {"112", "", 0});
  verb("expel", {"expel", "expelled"}, {"174", "", '!'});
  verb("chat", {"chat", "chatted"}, {"---", "", 0});
  verb("depart", {"depart", "departed"}, {"036", "", 0});
  m.verbs.back().name = "DEPART_";  // written exact: only regular endings
  verb("expelled", {"expelled"}, {"175", "", '!'});  // its own block beats EXPEL's form
  verb("ban=", {"ban="}, {"191", "", 0});           // "BAN=": that word only
  m.verbs.back().name = "BAN=";
  verb("burn", {"burn", "burned"}, {"222", "", 0});  // "BURN DOWN": words apart
  m.verbs.back().name = "BURN DOWN";
  m.verbs.back().verbs[0].words = {"burn", "down"};
  verb("shot", {"shot"}, {"223", "", 0});
  {
    // SHOT "- + WAS * DEAD": the target before the verb.
    dict::VerbPattern dead;
    dead.items.push_back({dict::PatternItem::Kind::kTarget, {}, {}, {}});
    dead.items.push_back({dict::PatternItem::Kind::kWord, {"was", dict::WordMatch::kExact, true}, {}, {}});
    dead.items.push_back({dict::PatternItem::Kind::kVerb, {}, {}, {}});
    dead.items.push_back({dict::PatternItem::Kind::kWord, {"dead", dict::WordMatch::kExact, true}, {}, {}});
    dead.code = {"224", "", 0};
    m.verbs.back().patterns.push_back(dead);
  }
  verb("warn", {"warn", "warning"}, {"160", "", 0});
  {
    // WARN "- $ ^ FOR *": the skipped actor is no target.
    dict::VerbPattern skip;
    skip.items.push_back({dict::PatternItem::Kind::kSource, {}, {}, {}});
    skip.items.push_back({dict::PatternItem::Kind::kSkip, {}, {}, {}});
    skip.items.push_back({dict::PatternItem::Kind::kWord, {"for", dict::WordMatch::kExact, true}, {}, {}});
    skip.items.push_back({dict::PatternItem::Kind::kVerb, {}, {}, {}});
    skip.code = {"164", "", 0};
    m.verbs.back().patterns.push_back(skip);
  }
  dict::TimeShift once;
  once.phrase = {"ONCE_UPON_A_TIME", {{"once", dict::WordMatch::kExact, false}, {"upon", dict::WordMatch::kExact, false},
                                      {"a", dict::WordMatch::kExact, false}, {"time", dict::WordMatch::kExact, false}}};
  once.code = "###";
  m.time_shifts.push_back(once);
  // ATTACK + "- * WITH +": a pattern with a literal word.
  dict::VerbPattern p;
  p.items.push_back({dict::PatternItem::Kind::kVerb, {}, {}, {}});
  p.items.push_back({dict::PatternItem::Kind::kWord, {"with", dict::WordMatch::kExact, true}, {}, {}});
  p.items.push_back({dict::PatternItem::Kind::kTarget, {}, {}, {}});
  p.code = {"195", "", 0};
  m.verbs[2].patterns.push_back(p);
  return dict::Dictionary::Builder().Add(std::move(m)).Finish();
}

std::string Triples(const CodedRecord& r) {
  if (r.discarded) return "###";
  if (r.complex) return "+++";
  std::vector<ExpectedEvent> got;
  SuiteRecord any;
  any.expect = Expect::kEvents;
  Matches(any, r, &got);
  std::string out;
  for (const ExpectedEvent& e : got) out += (out.empty() ? "" : " ") + e.source + "/" + e.target + "/" + e.code;
  return out;
}

TEST(TabariCoder, Table) {
  struct Case {
    const char* option;  // applied before coding; may be empty
    const char* text;
    const char* want;    // sorted "SRC/TGT/CODE" triples, "###" for a discard
  };
  const std::vector<Case> cases = {
      {"", "Arnor visited Gondor on Monday.", "ARN/GON/032 GON/ARN/033"},
      {"", "Arnor attacked Gondor.", "ARN/GON/190"},
      {"", "Arnor attacked the town with Gondor.", "ARN/GON/195"},
      {"", "Arnor said Gondor was right.", "ARN/GON/023"},
      {"", "Arnor said it attacked Gondor.", "ARN/GON/190"},
      {"", "Arnor chatted with Gondor.", ""},
      {"", "Arnor departed Gondor.", "ARN/GON/036"},
      {"", "Arnor departx Gondor.", ""},
      {"", "Arnor departes Gondor.", "ARN/GON/036"},
      {"", "Arnor ban Gondor.", "ARN/GON/191"},
      {"", "Arnor banned Gondor.", ""},
      {"", "Arnor burned the village down near Gondor.", "ARN/GON/222"},
      {"", "Arnor burned the village near Gondor.", ""},
      {"", "Arnor was shot dead in Gondor.", "GON/ARN/224"},
      {"", "Arnor was Bree for Gondor warning today.", "ARN/GON/164"},
      {"", "Arnor departing Gondor.", "ARN/GON/036"},
      {"", "Arnor depart's Gondor.", ""},  // a verb with a possessive is a noun
      {"", "Once upon a time Arnor attacked Gondor.", "ARN/GON/190"},
      {"SET: TIME SHIFT = TRUE", "Once upon a time Arnor attacked Gondor.", "###"},
      {"", "Arnor attackx Gondor.", "ARN/GON/190"},
      {"", "Arnor attacked Gondor and expelled Bree.", "ARN/BRE/175"},
      {"", "Arnor expel Gondor and attacked Bree.", "ARN/GON/174"},
      {"", "Arnor and the evil Bree attacked Gondor.", "ARN/GON/190 BRE/GON/190"},
      {"", "Neither Arnor nor Bree attacked Gondor.", "ARN/GON/190 BRE/GON/190"},
      // A compound goes on across adjectives alone; a single actor does not start one so.
      {"", "Arnor and Bree evil Gondor attacked Rohan.",
       "ARN/GON/190 ARN/ROH/190 BRE/GON/190 BRE/ROH/190 GON/ROH/190"},
      {"", "Arnor evil Gondor attacked Bree.", "ARN/BRE/190"},
      // "and" between <NOUN>/<ADJECTIVE> words starts no clause.
      {"", "Arnor sheep and goats of Gondor attacked Bree.", "ARN/BRE/190"},
      {"", "Arnor sheep and pigs of Gondor attacked Bree.", "GON/BRE/190"},
      {"", "Arnor attacked Rohan.", "ARN/GON/190 ARN/ROH/190"},
      {"", "Arnor minister attacked Gondor.", "ARNGOV/GON/190"},
      {"", "Minister of Arnor attacked Gondor.", "ARNGOV/GON/190"},
      {"", "Arnor former minister attacked former Gondor police.", "ARNELI/GONELI/190"},
      {"", "Arnor was opposed by Gondor.", "GON/ARN/112"},
      {"", "Arnor attacked Gondor and Bree.", "ARN/BRE/190 ARN/GON/190"},
      {"", "Arnor attacked Gondor but Bree visited Rohan.",
       "ARN/GON/190 BRE/GON/032 BRE/ROH/032 GON/BRE/033 ROH/BRE/033"},
      {"SET: CODE BY SENTENCE", "Arnor attacked Gondor but Bree visited Arnor.", "ARN/GON/190"},
      {"SET: CODE BY CLAUSE", "The orcs attacked Gondor.", "###"},
      {"", "Police attacked Gondor.", ""},
      {"SET: CONVERT AGENT = TRUE", "Police attacked Gondor.", "~COP/GON/190"},
      {"DEFAULT: SOURCE [DEF] PRIOR", "They attacked Gondor.", "DEF/GON/190"},
      {"COMPLEX: VERBS[1] CONJ[4]", "Arnor attacked Gondor but visited Bree.", "+++"},
      {"COMPLEX: VERBS[2] CONJ[0]", "Arnor attacked Gondor but visited Bree.", "+++"},
      {"COMPLEX: VERBS[2] CONJ[1]", "Arnor attacked Gondor but visited Bree.", "ARN/BRE/032 ARN/GON/190 BRE/ARN/033"},
      // "or" counts, and so do conjunctions inside compound actors.
      {"COMPLEX: VERBS[9] CONJ[1]", "Arnor or Bree attacked Gondor and Rohan.", "+++"},
      {"COMPLEX: VERBS[9] CONJ[1]", "Arnor attacked Gondor and Rohan.", "ARN/GON/190 ARN/ROH/190"},
      // A comma-delimited clause is dropped with its actors and verbs.
      {"", "Arnor, which visited Bree on Monday, attacked Gondor.", "ARN/GON/190"},
      {"COMMA: OFF", "Arnor, which visited Bree on Monday, attacked Gondor.",
       "ARN/BRE/032 BRE/ARN/033"},
      {"SET: MINIMUM WORDS = 4", "Arnor attacked Gondor.", ""},
      // NOACTPRIOR: a coded verb before any actor is complex; a null-coded one is not.
      {"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", "Yesterday the crowds attacked Gondor.", "+++"},
      {"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", "Having chatted Arnor attacked Gondor.", "ARN/GON/190"},
      {"COMPLEX: VERBS[5] CONJ[4]", "Yesterday the crowds attacked Gondor.", ""},
      // No target after the verb: the actor between source and verb, or the rest of a
      // compound source; a default target only when neither is there.
      {"", "Arnor urged Gondor to attack today.", "ARN/GON/190"},
      {"", "Arnor and Bree attacked today.", "ARN/BRE/190"},
      {"DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT]", "Arnor attacked today.", "ARN/TGT/190"},
      {"DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT] AFTER", "Arnor and Bree attacked today.", "ARN/TGT/190 BRE/TGT/190"},
      {"DEFAULT: SOURCE [DEF] TARGET [TGT] AFTER", "Today attacked Gondor and Bree.", "GON/BRE/190"},
      // Pronouns stand for the sentence's first actor; one standing for the source is
      // passed over as a target.
      {"", "Arnor attacked Gondor but Bree attacked him.", "ARN/GON/190 BRE/ARN/190"},
      {"", "Arnor and Bree met and then they attacked Gondor.", "ARN/GON/190 BRE/GON/190"},
      {"", "Arnor urged Bree to attack it.", "ARN/BRE/190"},
      {"", "It attacked Gondor.", ""},
      // Capitals mark nouns ("Attacked"), except in a sentence written in capitals.
      {"", "Arnor Attacked Gondor.", ""},
      {"", "ARNOR ATTACKED GONDOR.", "ARN/GON/190"},
  };
  const auto dict = Dict();
  for (const Case& c : cases) {
    TabariCoder coder(dict);
    coder.SetOption("SET: MINIMUM WORDS = 1");  // the table's sentences are short
    if (*c.option) coder.SetOption(c.option);
    SuiteRecord r;
    r.id = "T-01";
    r.text = c.text;
    EXPECT_EQ(Triples(coder.Code(r)), c.want) << c.text;
  }
}

TEST(TabariCoder, ShortSentencesAreNotCoded) {
  // Eight words unless SET: MINIMUM WORDS says otherwise; "'s" is no word.
  TabariCoder coder(Dict());
  SuiteRecord r;
  r.text = "Arnor's minister attacked Gondor on Monday night.";
  EXPECT_EQ(Triples(coder.Code(r)), "");
  r.text = "Arnor's minister attacked Gondor on Monday late at night.";
  EXPECT_EQ(Triples(coder.Code(r)), "ARNGOV/GON/190");
}

TEST(TabariCoder, ForwardsActorsWithinAStory) {
  TabariCoder coder(Dict());
  coder.SetOption("SET: MINIMUM WORDS = 1");
  coder.SetOption("FORWARD: ^^*****NNN*SSS");
  struct Step {
    const char* id;
    const char* text;
    const char* want;
  } steps[] = {
      {"S-001-001", "Arnor minister attacked Gondor.", "ARNGOV/GON/190"},
      {"S-001-002", "He attacked Bree.", "ARN/BRE/190"},  // the actor, not its agent
      // The previous sentence's first actor that is no pronoun: Bree.
      {"S-001-003", "Later it attacked Rohan.", "BRE/GON/190 BRE/ROH/190"},
      {"S-002-001", "He attacked Bree.", ""},  // a new story forwards nothing
  };
  for (const Step& st : steps) {
    SuiteRecord r;
    r.id = st.id;
    r.text = st.text;
    EXPECT_EQ(Triples(coder.Code(r)), st.want) << st.id;
  }
  coder.SetOption("FORWARD: ^^*****NNN*SSS OFF");
  SuiteRecord r;
  r.id = "S-001-004";
  r.text = "It attacked Bree.";
  EXPECT_EQ(Triples(coder.Code(r)), "");
}

TEST(TabariCoder, HyphensAndUnderscores) {
  TabariCoder coder(Dict());
  bool discard = false, complex = false;
  const TabariSentence s = coder.Analyse("an anti- Gondor parade - in Arnor", {}, &discard, &complex);
  const std::vector<std::string> want = {"an", "anti-", "Gondor", "parade", "-", "in", "Arnor"};
  EXPECT_EQ(s.raw, want);
  EXPECT_FALSE(s.all_caps);
  EXPECT_TRUE(coder.Analyse("ARNOR MET GONDOR, 12 - 3.", {}, &discard, &complex).all_caps);
  // TABARI's joined words are words apart.
  const std::vector<std::string> joined = {"Prince", "of", "Dol", "Amroth", "_"};
  EXPECT_EQ(coder.Analyse("Prince of Dol_Amroth _", {}, &discard, &complex).raw, joined);
}

TEST(TabariCoder, EventsCarryOntology) {
  TabariCoder coder(Dict());
  coder.SetOption("SET: MINIMUM WORDS = 1");
  SuiteRecord r;
  r.text = "Arnor attacked Gondor.";
  const CodedRecord got = coder.Code(r);
  ASSERT_EQ(got.events.size(), 1u);
  EXPECT_EQ(got.events[0].quad_class, 4);
  EXPECT_LT(got.events[0].goldstein, 0);
}

}  // namespace
}  // namespace dyad::code
