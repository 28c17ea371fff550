// libxml2 options: RECOVER (tag soup is normal on the web), NONET (never fetch), and
// IGNORE_ENC (the caller has already converted to UTF-8, so a <meta charset> in the page
// must not switch the decoder again). Errors and warnings are silenced: a page with
// unbalanced tags is still a page.
#include "extract/html_tree.h"

#include <cctype>
#include <climits>

namespace dyad::extract {

Result<HtmlTree> HtmlTree::Parse(std::string_view utf8) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) return ResourceExhausted("page over 2 GiB");
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT |
                HTML_PARSE_IGNORE_ENC;
  // An empty buffer makes libxml2 return null; parse a minimal page instead.
  std::string_view input = utf8.empty() ? std::string_view("<html></html>") : utf8;
  xmlDoc* doc = htmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, "UTF-8",
                               options);
  if (doc == nullptr) return DataLoss("HTML parser returned no document");
  return HtmlTree(doc);
}

std::string Attr(const xmlNode* n, const char* name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || xmlStrcasecmp(a->name, BAD_CAST name) != 0) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    }
    return value;
  }
  return {};
}

bool HasAttr(const xmlNode* n, const char* name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && xmlStrcasecmp(a->name, BAD_CAST name) == 0) return true;
  }
  return false;
}

void AppendText(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) *out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      AppendText(c, out);
    }
  }
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;  // U+00A0 no-break space
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace dyad::extract
