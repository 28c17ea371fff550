// The word lists behind name decisions. Kept apart from the finder so that the lists can
// grow without touching the algorithm, and so that tests can pin a word's class.
#include "knowledge/name_words.h"
#include "util/ascii.h"

#include <algorithm>
#include <cctype>

namespace dyad::knowledge {
namespace words {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool StartsUpper(std::string_view f) {
  return !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
}

// Words that never stand in a person's name: calendar words, titles (they become the
// role), and words of events, places and institutions.
bool NonNameWord(std::string_view lower) {
  return IsOrganisationNoun(lower) ||
         In(lower, {"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december", "monday", "tuesday",
                    "wednesday", "thursday", "friday", "saturday", "sunday", "day", "war", "news",
                    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gov.",
                    "president", "minister", "secretary", "mayor", "prime", "general", "gen.",
                    "senator", "governor", "king", "queen", "prince", "chancellor", "pope",
                    "leader", "chief", "director", "spokesman", "spokeswoman", "ambassador",
                    "judge", "commander", "captain", "sir", "lord", "lady", "saint", "st.",
                    "street", "square", "river", "sea", "ocean", "island", "islands", "coast",
                    "gulf", "mountains", "valley", "airport", "hurricane", "storm", "act", "bill",
                    "festival", "olympics", "cup", "championship", "times", "post", "journal",
                    "america", "american", "americans", "god", "christmas", "easter", "covid",
                    "http", "https", "www", "twitter", "facebook", "instagram", "youtube",
                    "north", "south", "east", "west", "western", "eastern", "related", "show",
                    "breaking", "more", "read", "click", "top", "back", "tv", "state", "city",
                    "replay", "watch", "watched", "videos", "video", "republican", "republicans",
                    "democrat", "democrats", "democratic", "conservative", "liberal", "labour",
                    "socialist", "gop", "islamic", "muslim", "christian", "jewish", "sunni",
                    "shiite", "federal", "national", "international", "united", "new", "speaker",
                    "justice", "representative", "rep", "sen", "congressman", "congresswoman",
                    "sheikh", "father", "professor", "prof.", "rev.", "pfc.", "sgt.", "lt.", "col.",
                    "adm.", "cardinal", "bishop", "rabbi", "imam", "ayatollah"});
}

bool Determiner(std::string_view lower) {
  return In(lower, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                    "that", "these", "those"});
}

}  // namespace words

bool IsOrganisationNoun(std::string_view word) {
  std::string w = AsciiLower(word);
  return words::In(w, {"ministry", "department", "council", "party", "politburo", "government",
                "parliament", "congress", "senate", "assembly", "committee", "commission",
                "agency", "union", "court", "army", "navy", "forces", "guard", "corps", "police",
                "bank", "fund", "organization", "organisation", "association", "alliance",
                "federation", "league", "coalition", "movement", "mercenaries", "militia",
                "brigade", "battalion", "office", "bureau", "service", "authority", "cabinet",
                "administration", "company", "corporation", "inc", "inc.", "ltd", "institute",
                "university", "foundation", "secretariat", "directorate", "command", "tribunal",
                "board", "kremlin", "pentagon", "duma", "knesset", "bundestag", "taliban",
                "network", "group", "committees", "parliaments", "ministries", "co.", "co", "corp.",
                "llc", "times", "post", "journal"});
}

}  // namespace dyad::knowledge
