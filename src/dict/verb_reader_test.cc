// Verb dictionaries: TABARI root verbs with synsets, time shifts and pattern notation,
// PETRARCH 2 blocks with noun-phrase and prepositional patterns and transformations.
#include <gtest/gtest.h>

#include <algorithm>

#include "dict/cache.h"
#include "dict/readers.h"

namespace dyad::dict {
namespace {

using Kind = PatternItem::Kind;

// "$ * aid:s+ to:x + [alt(a|b)] np(mod head) pp(for aid)" style summary of a pattern.
std::string Describe(const std::vector<PatternItem>& items) {
  std::string out;
  for (const PatternItem& it : items) {
    if (!out.empty()) out += ' ';
    switch (it.kind) {
      case Kind::kWord:
        out += it.word.text + ':' + "xesc"[static_cast<int>(it.word.match)];
        if (it.word.gap_after) out += '+';
        break;
      case Kind::kSynset: out += '&' + it.name; break;
      case Kind::kVerb: out += '*'; break;
      case Kind::kSource: out += '$'; break;
      case Kind::kTarget: out += '+'; break;
      case Kind::kCompound: out += '%'; break;
      case Kind::kSkip: out += '^'; break;
      case Kind::kAlternatives: {
        out += "alt(";
        for (size_t i = 0; i < it.children.size(); ++i) out += (i ? "|" : "") + Describe(it.children[i]);
        out += ')';
        break;
      }
      case Kind::kNounPhrase: out += "np(" + Describe(it.children[0]) + ')'; break;
      case Kind::kPrepPhrase: out += "pp(" + Describe(it.children[0]) + ')'; break;
    }
  }
  return out;
}

TEST(ReadVerbs, TabariPatterns) {
  const struct {
    const char* line;
    const char* items;
    const char* code;
    const char* paired;
    char suffix;
  } kCases[] = {
      {"- $ * AID TO_ +  [070]", "$ * aid:s+ to:x+ +", "070", "", 0},
      {"- *_AND_KILLED BY_ $  [1823] ;sks", "* and:x killed:s+ by:x+ $", "1823", "", 0},
      {"- + IN_ $ { WAS | WERE } *  [181]", "+ in:x+ $ alt(was:s+|were:s+) *", "181", "", 0},
      {"- % * MISSION_TO  [032:033]", "% * mission:x to:s+", "032", "033", 0},
      {"- ^ $ * CONCERN [012?]", "^ $ * concern:s+", "012", "", '?'},
      {"- * &TIETYPES TIES [902!]", "* &TIETYPES ties:s+", "902", "", '!'},
      {"- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]",
       "suggested:x + * demand:x alt(geneva:x+|international:s+) conventions:s+", "111", "", 0},
  };
  for (const auto& c : kCases) {
    Model m;
    ReadVerbs(std::string("ABANDON  [---]\n") + c.line + "\n", "t.verbs", Notation::kTabari, &m);
    ASSERT_EQ(m.verbs.size(), 1u) << c.line;
    ASSERT_EQ(m.verbs[0].patterns.size(), 1u) << c.line;
    const VerbPattern& p = m.verbs[0].patterns[0];
    EXPECT_EQ(Describe(p.items), c.items) << c.line;
    EXPECT_EQ(p.code.code, c.code) << c.line;
    EXPECT_EQ(p.code.paired, c.paired) << c.line;
    EXPECT_EQ(p.code.suffix, c.suffix) << c.line;
    EXPECT_TRUE(m.warnings.empty()) << c.line << ": " << (m.warnings.empty() ? "" : m.warnings[0].message);
  }
}

// Brackets nested deeper than kMaxPatternDepth are dropped with a warning, so the model
// still goes through the compiled cache (a fuzzer found a 20-deep pattern that did not).
TEST(ReadVerbs, OverDeepPatternsAreCutAndStillCache) {
  for (int depth : {kMaxPatternDepth, kMaxPatternDepth + 4}) {
    const std::string pattern = "- " + std::string(depth, '{') + " + " + std::string(depth, '}') + " * [072]";
    Model m;
    ReadVerbs("ABANDON  [---]\n" + pattern + "\n", "t.verbs", Notation::kTabari, &m);
    ASSERT_EQ(m.verbs.size(), 1u);
    ASSERT_EQ(m.verbs[0].patterns.size(), 1u);
    const bool deep = depth > kMaxPatternDepth;
    EXPECT_EQ(!m.warnings.empty(), deep) << depth;
    if (deep) { EXPECT_NE(m.warnings[0].message.find("nested deeper"), std::string::npos) << m.warnings[0].message; }
    EXPECT_TRUE(DeserializeModel(SerializeModel(m, 7), 7).ok()) << depth;
  }
}

TEST(ReadVerbs, TabariFileStructure) {
  const char* text =
      "<SYNSETS>\n&CURRENCY\n+DOLLAR\n+AUSTRIAN FLORIN\n&TIETYPES\n+MILITARY\n</SYNSETS>\n"
      "<TIME>\nLAST_WEEK [-7]\nTOMORROW [+1]\n- * AND A WEEK [+8]\n</TIME>\n"
      "ABANDON  [345] ;pas\n- * EFFORT  [987]\n"
      "BREAK  [---]\n{ BROKE_ BROKEN_ }\n- * TRUCE  [196]\n- * TRUCE  [nonsense code]\n"
      "ATTEND  [031!]\n"
      "FINISH\nIGNORED [010]\n";
  Model m;
  ReadVerbs(text, "t.verbs", Notation::kTabari, &m);
  ASSERT_EQ(m.synsets.size(), 2u);
  EXPECT_EQ(m.synsets[0].name, "CURRENCY");
  EXPECT_EQ(m.synsets[0].members.size(), 2u);
  ASSERT_EQ(m.time_shifts.size(), 3u);
  EXPECT_EQ(m.time_shifts[0].code, "-7");
  ASSERT_EQ(m.verbs.size(), 3u);
  EXPECT_EQ(m.verbs[0].code.code, "345");
  const VerbForm& brk = m.verbs[1].verbs[0];
  EXPECT_NE(std::find(brk.forms.begin(), brk.forms.end(), "broke"), brk.forms.end());
  EXPECT_NE(std::find(brk.forms.begin(), brk.forms.end(), "breaking"), brk.forms.end());
  EXPECT_EQ(m.verbs[1].patterns.size(), 1u);  // the bad code is dropped, with a warning
  EXPECT_EQ(m.verbs[2].code.suffix, '!');
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0].where.line, 18u);
}

TEST(ReadVerbs, Petrarch2Blocks) {
  const char* text =
      "&MILITARY\n+ARMY\n+TROOPS_\n\n&CASH_\n+MONEY\n"
      "####### VERB PATTERNS #######\n"
      "---  ACCELERATE   [---]  ---\n"
      "ACCELERATE\nHURRY {HURRIES HURRYING HURRIED }\n+SHUT_DOWN\nRE_+ARM [0871]\n"
      "+WIND_DOWN {+WINDS_DOWN +WOUND_DOWN }\n"
      "- * (TO BORDER)            [154]   # RUSH\n"
      "- &MILITARY *              [154]\n"
      "- * (FOR {MILITARY AID})   [0232]\n"
      "- * (BEFORE COURT)         [:173]\n"
      "- *SCEPTICAL [012]\n"
      "<!-- an XML comment does not switch anything off -->\n"
      "---  FINISH   [---]  ---\nFINISH\n- * DEAL [030:030]\n"
      "######## TRANSFORMATIONS ##########\n"
      "~ a (a b ATTACK) SAY = a b 015\n~ broken line\n";
  Model m;
  ReadVerbs(text, "cameo.txt", Notation::kPetrarch, &m);
  ASSERT_EQ(m.synsets.size(), 2u);
  EXPECT_TRUE(m.synsets[1].no_plural);
  EXPECT_EQ(m.synsets[0].members[1].words.back().match, WordMatch::kExact);  // TROOPS_
  EXPECT_EQ(m.synsets[0].members[0].words.back().match, WordMatch::kEndings);
  ASSERT_EQ(m.verbs.size(), 2u);
  const VerbBlock& b = m.verbs[0];
  ASSERT_EQ(b.verbs.size(), 5u);
  EXPECT_EQ(b.verbs[1].forms, (std::vector<std::string>{"hurry", "hurries", "hurrying", "hurried"}));
  EXPECT_EQ(b.verbs[2].words, (std::vector<std::string>{"shut", "down"}));
  EXPECT_EQ(b.verbs[3].inflected, 1);
  EXPECT_EQ(b.verbs[3].code.code, "0871");
  EXPECT_EQ(b.verbs[4].forms, (std::vector<std::string>{"wind", "winds", "wound"}));
  ASSERT_EQ(b.patterns.size(), 5u);
  EXPECT_EQ(Describe(b.patterns[0].items), "* pp(to:x+ border:x+)");
  EXPECT_EQ(Describe(b.patterns[1].items), "&MILITARY *");
  EXPECT_EQ(Describe(b.patterns[2].items), "* pp(for:x+ np(military:x+ aid:x+))");
  EXPECT_EQ(b.patterns[3].code.paired, "173");
  EXPECT_EQ(Describe(b.patterns[4].items), "* sceptical:x+");
  EXPECT_EQ(m.verbs[1].patterns.size(), 1u);  // FINISH is a verb here, not the end
  ASSERT_EQ(m.transformations.size(), 1u);
  EXPECT_EQ(m.transformations[0].inner_verb, "ATTACK");
  EXPECT_EQ(m.transformations[0].result_code, "015");
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0].where.line, 25u);
}

// A pattern whose comment names a verb of its block is that verb's alone; other comments
// (initials, dates, a name that is no verb of the block) leave it to the whole block.
TEST(ReadVerbs, Petrarch2CommentNamesThePatternsVerb) {
  const struct {
    const char* line;
    const char* verb;  // the '*' item's word.text
  } kCases[] = {
      {"- * &TREATY   [057]   # RATIFY", "ratify"},
      {"- * &TREATY   [031:031]   # APPROVE <ab 02 Dec 2005>", "approve"},
      {"- * &WEAPON   [0874]   # PULL_BACK , PULL_BACK", "pull"},
      {"- * &WEAPON   [0874]   # PULLBACK", "pull"},
      {"- * SUPPORT   [051]   # GAVE", "give"},
      {"- * &TREATY   [057]   # RETREAT", ""},
      {"- * &TREATY   [057]   # jw  11/14/91", ""},
      {"- * &TREATY   [057]   # -PAS 12.01.12", ""},
      {"- * &TREATY   [057]   # CONNECT-08", ""},
      {"- * &TREATY   [057]", ""},
  };
  for (const auto& c : kCases) {
    const std::string text = std::string("&TREATY\n+ACCORD\n####### VERB PATTERNS #######\n") +
                             "---  ALLOW   [080]  ---\nAPPROVE\nRATIFY {RATIFIES RATIFYING RATIFIED }\n"
                             "+PULL_BACK\nGIVE {GIVES GIVING GAVE GIVEN }\n" + c.line + "\n";
    Model m;
    ReadVerbs(text, "cameo.txt", Notation::kPetrarch, &m);
    ASSERT_EQ(m.verbs.size(), 1u) << c.line;
    ASSERT_EQ(m.verbs[0].patterns.size(), 1u) << c.line;
    const auto& items = m.verbs[0].patterns[0].items;
    auto star = std::find_if(items.begin(), items.end(), [](const PatternItem& it) { return it.kind == Kind::kVerb; });
    ASSERT_NE(star, items.end()) << c.line;
    EXPECT_EQ(star->word.text, c.verb) << c.line;
  }
  // TABARI's ';' comments name no verb.
  Model t;
  ReadVerbs("RATIFY [057]\n- * TREATY [057] ; RATIFY\n", "f.verbs", Notation::kTabari, &t);
  ASSERT_EQ(t.verbs.size(), 1u);
  ASSERT_EQ(t.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(t.verbs[0].patterns[0].items[0].word.text, "");
}

// PETRARCH 2 keeps one code per pattern of a block: the last line written wins. Patterns
// for different verbs, or written differently, stay apart.
TEST(ReadVerbs, Petrarch2LaterPatternReplacesTheSame) {
  const char* text =
      "&TREATY\n+ACCORD\n####### VERB PATTERNS #######\n"
      "---  ALLOW   [080]  ---\nAPPROVE\nRATIFY\nPASS\n"
      "- * &TREATY          [031:031]   # APPROVE\n"
      "- * (OF &TREATY)     [030]\n"
      "- * &TREATY          [057:057]   # APPROVE\n"
      "- * &TREATY          [057]       # RATIFY\n"
      "- * {NEW &TREATY}    [051]\n"
      "- * AMENDMENT        [083]\n"
      "- * AMENDMENT        [0834]      # jw 1/1/91\n";
  Model m;
  ReadVerbs(text, "cameo.txt", Notation::kPetrarch, &m);
  ASSERT_EQ(m.verbs.size(), 1u);
  const auto& ps = m.verbs[0].patterns;
  ASSERT_EQ(ps.size(), 5u);
  EXPECT_EQ(ps[0].code.code, "057");  // APPROVE's &TREATY, its second line
  EXPECT_EQ(ps[0].code.paired, "057");
  EXPECT_EQ(ps[0].where.line, 10u);
  EXPECT_EQ(ps[1].code.code, "030");
  EXPECT_EQ(ps[2].code.code, "057");  // RATIFY's own
  EXPECT_EQ(ps[2].code.paired, "");
  EXPECT_EQ(ps[3].code.code, "051");
  EXPECT_EQ(ps[4].code.code, "0834");
}

// Found by fuzz_dict_tabari: a lone '+' marked an inflected word that was never added.
TEST(ReadVerbs, LoneInflectionMarkIsHarmless) {
  for (const char* line : {"AIED + }\n", "+\n", "RE_+ _+ [010]\n", "+_+_+ {A B}\n"}) {
    Model m;
    ReadVerbs(line, "f.verbs", Notation::kTabari, &m);
    ReadVerbs(line, "f.txt", Notation::kPetrarch, &m);
    for (const VerbBlock& b : m.verbs) {
      for (const VerbForm& v : b.verbs) EXPECT_LT(static_cast<size_t>(v.inflected), v.words.size()) << line;
    }
  }
}

}  // namespace
}  // namespace dyad::dict
