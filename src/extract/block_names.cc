// Word lists are matched as substrings of the lower-cased class and id values, so
// "article-body__content" hits "article" and "content", and "social-share" hits "share".
#include "extract/block_names.h"

#include <array>
#include <string>

#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

constexpr std::array<std::string_view, 27> kSkipTags = {
    "script", "style",  "noscript", "template", "svg",    "math",     "iframe",
    "object", "embed",  "canvas",   "head",     "select", "option",   "button",
    "input",  "textarea", "nav",    "aside",    "footer", "figure",   "figcaption",
    "audio",  "video",  "picture",  "map",      "dialog", "menu"};

constexpr std::array<std::string_view, 35> kBlockTags = {
    "p",       "div",     "h1",      "h2",     "h3",      "h4",    "h5",     "h6",
    "li",      "ul",      "ol",      "dl",     "dt",      "dd",
    "tr",      "table",   "tbody",   "thead",  "blockquote", "pre", "article", "section",
    "main",    "header",  "address", "center", "hr",      "form",  "fieldset", "details",
    "summary", "body",    "html",    "caption", "tfoot"};

constexpr std::array<std::string_view, 14> kPositiveWords = {
    "article", "body",  "content", "entry", "hentry", "main",  "page",
    "post",    "text",  "blog",    "story", "prose",  "paragraph", "column"};

constexpr std::array<std::string_view, 40> kNegativeWords = {
    "comment",  "combx",    "contact",   "foot",     "masthead", "meta",     "outbrain",
    "taboola",  "promo",    "related",   "scroll",   "share",    "sharing",  "social",
    "shoutbox", "sidebar",  "skyscraper", "sponsor", "shopping", "tags",     "tool",
    "widget",   "banner",   "breadcrumb", "byline",  "caption",  "credit",   "newsletter",
    "subscribe", "signup",  "advert",    "popup",    "modal",    "menu",     "nav",
    "recommend", "trending", "most-read", "author",  "disclaimer"};

// Words that mark an element as boilerplate even inside the article container.
constexpr std::array<std::string_view, 33> kBoilerplateWords = {
    "comment",   "share",     "sharing",   "social",    "related",  "promo",
    "newsletter", "subscribe", "signup",   "advert",    "caption",  "byline",
    "breadcrumb", "sidebar",   "outbrain", "taboola",   "recommend", "trending",
    "most-read", "popular",   "author",    "credit",    "tags",     "toolbar",
    "read-more", "readmore",  "also-read", "more-stories", "disclaimer", "timestamp",
    "gallery",   "slideshow", "carousel"};

// Unmistakable marks of the article body, which outweigh a boilerplate word on the same
// element ("article-body comments-enabled").
constexpr std::array<std::string_view, 9> kBodyMarks = {
    "article-body", "articlebody", "article-content", "article__body", "entry-content",
    "post-content", "post-body", "story-body", "main-content"};

bool ContainsAny(std::string_view haystack, const auto& words) {
  for (std::string_view w : words) {
    if (haystack.find(w) != std::string_view::npos) return true;
  }
  return false;
}

size_t CountAny(std::string_view haystack, const auto& words) {
  size_t n = 0;
  for (std::string_view w : words) n += haystack.find(w) != std::string_view::npos;
  return n;
}

}  // namespace

ElementKind KindOfElement(std::string_view name) {
  for (std::string_view t : kSkipTags) {
    if (name == t) return ElementKind::kSkip;
  }
  if (name == "br") return ElementKind::kBreak;
  if (name == "td" || name == "th") return ElementKind::kCell;
  for (std::string_view t : kBlockTags) {
    if (name == t) return ElementKind::kBlock;
  }
  return ElementKind::kInline;
}

bool IsInlineBoilerplate(const xmlNode* n) {
  if (n->properties == nullptr) return false;
  static constexpr std::array<std::string_view, 6> kInlineWords = {
      "caption", "tooltip", "popup", "popover", "rollover", "hovercard"};
  return ContainsAny(AsciiLower(Attr(n, "class")), kInlineWords);
}

bool IsHidden(const xmlNode* n) {
  if (n->properties == nullptr) return false;
  if (HasAttr(n, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  std::string style = AsciiLower(Attr(n, "style"));
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact += c;
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

double TagWeight(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "main" || tag == "section") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" ||
      tag == "dt" || tag == "li" || tag == "form") {
    return -3;
  }
  if (tag.size() == 2 && (tag[0] == 'h' || tag == "th")) return -5;
  return 0;
}

double ClassWeight(const xmlNode* n) {
  double weight = 0;
  for (const char* attr : {"class", "id"}) {
    std::string value = AsciiLower(Attr(n, attr));
    if (value.empty()) continue;
    if (ContainsAny(value, kNegativeWords)) weight -= 25;
    if (ContainsAny(value, kPositiveWords)) weight += 25;
  }
  if (NodeName(n) == "article") weight += 10;
  if (AsciiLower(Attr(n, "itemprop")).find("articlebody") != std::string::npos) weight += 50;
  return weight;
}

std::string ClassAndId(const xmlNode* n) {
  if (n == nullptr || n->properties == nullptr) return {};
  return AsciiLower(Attr(n, "class") + " " + Attr(n, "id") + " " + Attr(n, "role"));
}

bool IsBoilerplateElement(const xmlNode* n, std::string_view context) {
  if (n->properties == nullptr) return false;
  std::string value = ClassAndId(n);
  if (value.size() <= 2) return false;
  size_t boiler = 0;
  for (std::string_view w : kBoilerplateWords) {
    boiler += value.find(w) != std::string::npos && context.find(w) == std::string_view::npos;
  }
  // "article-body comments-enabled": a content mark outweighs one boilerplate word.
  return boiler > CountAny(value, kBodyMarks);
}

}  // namespace dyad::extract
