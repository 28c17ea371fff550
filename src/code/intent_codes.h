// Intent codes from Universal-PETRARCH's internal coding ontology (a "PICO" file): each
// CAMEO code is a 16-bit category ("0841:0x020C"), whose first hexadecimal digit is the
// kind of act (0 an act itself, 3 an intent to do it). PETRARCH composes "intends to" + an
// act by setting that digit to 3, so an act's intent is the code whose category that gives
// ("0x020C" -> "0x320C", 0352). A suite that names such a file in its <Environment>
// (<PICOfile>) is coded with its intents; elsewhere dyad's own table (clause_rules.h
// Reframe) applies. The two agree on every act but release of persons or property (0841,
// 0842), which the file files under easing dissent: 0352 there, 0353 in CAMEO.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace dyad::code {

// CAMEO code of an act -> CAMEO code of the intent to do it, for the acts whose intent
// the file defines. Lines other than "CODE:0xHEX" (comments, sums such as
// "121:-0xFFFF+0x0070") are skipped.
using IntentCodes = std::map<std::string, std::string>;
IntentCodes ReadIntentCodes(std::string_view pico_text);

}  // namespace dyad::code
