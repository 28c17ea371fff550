// What element names and class/id names say about content: which elements never hold
// article text, which cut text into blocks, and which class/id words mark content or
// boilerplate. These are general web conventions ("comment", "share", "sidebar"), not
// rules for particular sites.
#pragma once

#include <string_view>

#include <libxml/tree.h>

namespace dyad::extract {

enum class ElementKind {
  kSkip,    // never article text: script, style, nav, aside, form controls, media
  kBlock,   // starts and ends a text block: p, div, h1-h6, li, td, ...
  kBreak,   // <br>: ends the current block
  kCell,    // td, th: text continues after a space (a row is one block)
  kInline,  // text continues: a, span, em, b, ...
};

ElementKind KindOfElement(std::string_view name);

// True for elements hidden from readers (hidden attribute, display:none, aria-hidden).
bool IsHidden(const xmlNode* n);

// True for inline elements that are never article text wherever they sit: image
// captions written as <span class="...caption...">, tooltips and hover cards.
bool IsInlineBoilerplate(const xmlNode* n);

// Readability-style starting score for a container element by tag.
double TagWeight(std::string_view tag);

// +25 per content word and -25 per boilerplate word found in the class and id.
double ClassWeight(const xmlNode* n);

// True when the element's class, id or role names a boilerplate part (comments,
// sharing, related links, captions, ads, bylines) more often than it carries an
// unmistakable article-body mark.
// Words that also name `context` (the class and id of the article container) do not
// count: inside a photo-gallery article, "gallery" is content.
bool IsBoilerplateElement(const xmlNode* n, std::string_view context = {});

// Lower-cased class, id and role of `n` (may be null), space-separated.
std::string ClassAndId(const xmlNode* n);

}  // namespace dyad::extract
