#include "code/clause_rules.h"

#include <algorithm>
#include <initializer_list>

#include "code/word_sets.h"

namespace dyad::code {
namespace {

std::string_view Root(std::string_view code) { return code.substr(0, 2); }

// 08x yield codes to the matching intent (035x) and appeal (025x) sub-codes.
std::string YieldSuffix(std::string_view code) {
  if (code == "081") return "1";  // ease administrative sanctions
  if (code == "082") return "2";  // ease popular dissent
  if (code == "084" || code == "0841" || code == "0842") return "3";  // release persons or property
  if (code == "085") return "4";  // ease economic sanctions
  if (code == "086") return "5";  // allow international involvement
  if (code == "087") return "6";  // de-escalate military engagement
  return "";
}

// 06x/07x sub-codes map one to one onto 031x/033x and 021x/023x.
std::string MaterialSuffix(std::string_view code) {
  if (code.size() >= 3 && code[2] >= '1' && code[2] <= '4') return std::string(1, code[2]);
  return "";
}

}  // namespace

ClauseFrame FrameOfGoverning(std::string_view lemma) {
  if (IsAny(lemma, {"want", "plan", "agree", "intend", "seek", "pledge", "promise", "vow", "hope", "decide", "offer",
                    "propose", "aim", "wish", "resolve", "commit", "undertake", "expect", "consider", "mean",
                    "volunteer", "desire", "strive", "look",
                    // Adjectives of readiness: "rebels are willing to talk with Kiev", "Russia
                    // is ready to meet", "prepared to strike".
                    "willing", "ready", "prepared", "eager", "determined", "keen"}))
    return ClauseFrame::kIntent;
  if (IsAny(lemma, {"refuse", "decline", "reject", "fail"})) return ClauseFrame::kRefusal;
  return ClauseFrame::kNone;
}

std::string Reframe(ClauseFrame frame, std::string_view code) {
  const std::string_view root = Root(code);
  switch (frame) {
    case ClauseFrame::kNone:
      return std::string(code);
    case ClauseFrame::kIntent:
      if (root == "03" || root == "13" || root == "02") return std::string(code);
      if (root == "04") return code == "045" ? "039" : "036";
      if (root == "05") return "032";
      if (root == "06") return "031" + MaterialSuffix(code);
      if (root == "07") return "033" + MaterialSuffix(code);
      if (root == "08") return code == "083" ? "034" : "035" + YieldSuffix(code);
      // An intent to use force is a threat of it (138), one to protest a threat of dissent
      // (133); announced measures of coercion or reduced relations stand as themselves
      // ("pledged to expel", "plans to cut ties").
      if (root == "18" || root == "19" || root == "20" || root == "15") return "138";
      if (root == "14") return "133";
      if (root == "16" || root == "17") return std::string(code);
      return "";
    case ClauseFrame::kRefusal:
      if (root == "04") return "125";
      if (root == "05") return "120";
      if (root == "06") return "121" + MaterialSuffix(code);
      if (root == "07") return "122";
      if (root == "08") return "124";
      if (root == "03") return "120";
      return "";
    case ClauseFrame::kAppeal:
      if (root == "04") return code == "045" ? "028" : "026";
      if (root == "05") return code == "057" ? "027" : "022";
      if (root == "06") return "021" + MaterialSuffix(code);
      if (root == "07") return "023" + MaterialSuffix(code);
      if (root == "08") return code == "083" ? "024" : "025" + YieldSuffix(code);
      if (root == "03") return code == "036" ? "026" : "020";
      return "";
  }
  return std::string(code);
}

std::string NarrowByTopic(std::string_view code, const std::vector<std::string_view>& lemmas) {
  const bool general = code == "060" || code == "050" || code == "031" || code == "030" || code == "032" ||
                       code == "021" || code == "020";
  if (!general) return std::string(code);
  auto any = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(lemmas.begin(), lemmas.end(), [&](std::string_view l) { return IsAny(l, words); });
  };
  const bool military = any({"defense", "defence", "military", "arms", "weapon", "army", "troop", "navy",
                             "missile", "exercise", "drill", "rocket", "ammunition", "artillery", "munition",
                             "tank", "drone", "warship", "fighter"});
  const bool economic = any({"trade", "economic", "economy", "investment", "business", "energy", "export",
                             "import", "financial", "commerce"});
  if (military == economic) return std::string(code);
  const std::string sub = military ? "2" : "1";
  const std::string_view root = code.substr(0, 2);
  if (root == "06" || root == "05") return "06" + sub;
  if (root == "03") return "031" + sub;
  return "021" + sub;
}

bool IsObjectControlVerb(std::string_view lemma) {
  return IsAny(lemma, {"urge", "ask", "persuade", "press", "pressure", "call", "encourage", "force", "order", "tell",
                       "invite", "allow", "help", "convince", "push", "compel", "request", "advise", "instruct",
                       "permit", "enable", "require", "implore", "exhort", "appeal", "demand"});
}

bool IsPreventionVerb(std::string_view lemma) {
  return IsAny(lemma, {"stop", "prevent", "keep", "bar", "ban", "block", "prohibit", "forbid", "deter", "dissuade",
                       "discourage", "restrain", "preclude", "hinder", "restrict", "stave"});
}

bool IsWishVerb(std::string_view lemma) {
  return IsAny(lemma, {"want", "wish", "expect", "like", "prefer", "need"});
}

bool IsCooperativeComplement(std::string_view lemma) {
  return IsAny(lemma, {"cooperate", "work", "strengthen", "deepen", "expand", "boost", "improve", "develop", "enhance",
                       "promote", "build", "broaden", "intensify", "collaborate", "partner", "bolster", "step"});
}

bool IsRelationNoun(std::string_view lemma) {
  return IsAny(lemma, {"relation", "relationship", "tie", "cooperation", "co-operation", "partnership", "trust",
                       "bridge", "link", "alliance", "friendship", "dialogue", "coordination", "contact",
                       "understanding", "confidence", "collaboration", "connection", "bond", "exchange", "rapport"});
}

bool IsSpeechVerb(std::string_view lemma) {
  return IsAny(lemma, {"say", "tell", "add", "state", "claim", "insist", "note", "report", "announce", "declare",
                       "stress", "emphasize", "emphasise", "reiterate", "write", "explain", "argue", "assert",
                       "believe", "think", "suggest", "warn", "confirm", "indicate", "acknowledge", "allege"});
}

bool IsReportingVerb(std::string_view lemma) {
  return IsAny(lemma, {"say", "tell", "add", "state", "report", "write", "note", "explain", "stress", "emphasize",
                       "emphasise", "reiterate", "insist", "recount", "quote"});
}

}  // namespace dyad::code
