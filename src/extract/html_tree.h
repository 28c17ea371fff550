// A parsed HTML page: libxml2's recovering HTML parser over UTF-8 input, with no network
// access and no external entities, wrapped so the tree is freed with its owner. Small
// helpers read element names, attributes and text without copying more than needed.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "util/ascii.h"

namespace dyad::extract {

class HtmlTree {
 public:
  // Parses `utf8` (any declared charset is ignored: the bytes are UTF-8 already).
  // Errors: DataLoss when libxml2 returns no document at all (it recovers from nearly
  // everything); ResourceExhausted over 2 GiB.
  static Result<HtmlTree> Parse(std::string_view utf8);

  xmlDoc* doc() const { return doc_.get(); }
  // The <html> element (libxml2 always makes one); null only for an empty document.
  xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }

 private:
  struct Free {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  explicit HtmlTree(xmlDoc* d) : doc_(d) {}
  std::unique_ptr<xmlDoc, Free> doc_;
};

// Lower-case element name ("p"); empty for non-elements. libxml2's HTML parser already
// lower-cases names.
inline std::string_view NodeName(const xmlNode* n) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE || n->name == nullptr) return {};
  return reinterpret_cast<const char*>(n->name);
}

// The attribute's value, or "" when absent.
std::string Attr(const xmlNode* n, const char* name);

// True when the element has the attribute.
bool HasAttr(const xmlNode* n, const char* name);

// Appends the text of `n` and its descendants to *out, as is (no whitespace folding).
void AppendText(const xmlNode* n, std::string* out);

// Collapses runs of white space (ASCII and no-break space) into one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace dyad::extract
