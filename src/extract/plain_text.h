// Scraped plain text: the lines a scraper picked up around the article (menus, "Show
// More", "Related Articles", sharing prompts) are found by their shape, not by a list of
// strings: short lines that are not sentences, lying before the first or after the last
// real paragraph. Headings between paragraphs stay.
#pragma once

#include <string>
#include <string_view>

namespace dyad::extract {

// A real paragraph: at least 8 words ending in sentence punctuation, or at least 25 words.
bool IsProseLine(std::string_view line);

// Returns `text` with its edge boilerplate removed, keeping every offset valid:
// - lines after the last real paragraph are cut off (the last kept line keeps its '\n');
// - leading short lines (at most 3 words, not a sentence) before the first real paragraph
//   are blanked with spaces (their '\n's stay), except the last one before it (a
//   headline), so byte offsets into the result equal offsets into `text`.
// Text with no real paragraph is returned unchanged.
std::string TrimBoilerplateLines(std::string_view text);

// Photo galleries scraped into the text ("Hide Caption 3 of 27 Photos: Photos: Taliban
// attack Pakistani school Taliban attack Pakistani school - Relatives carry ..."): with
// at least two "Hide Caption N of M" markers, each marker and the gallery header that
// follows every one of them alike (the longest run of words they share), and the same
// header before the first caption, are blanked with spaces, so that each caption reads as
// the sentence it is and the gallery's title is not read again with every photo. Offsets
// stay valid, as above; other text is returned unchanged.
std::string BlankGalleryHeaders(std::string text);

// Video players scraped into the text: "JUST WATCHED <title> Replay More Videos ..." and
// "MUST WATCH <title> 01:35" name another video, not what the article reports; each is
// blanked with spaces, title included, when its end marker follows on the same line
// within 300 bytes. Offsets stay valid; other text is returned unchanged.
std::string BlankVideoPlayers(std::string text);

}  // namespace dyad::extract
