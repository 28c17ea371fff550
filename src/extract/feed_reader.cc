// Feeds are small, so the reader parses the whole document once and hands out items from
// the tree. Element names are matched by local name, so RSS modules (content:encoded,
// dc:date) and Atom's namespace need no namespace table.
#include "extract/feed_reader.h"

#include <libxml/parser.h>

#include <climits>
#include <map>

#include "extract/date_text.h"
#include "extract/html_reader.h"
#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

constexpr size_t kMaxFeedBytes = size_t{256} << 20;

struct FreeDoc {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string Text(const xmlNode* n) {
  std::string t;
  if (n != nullptr) AppendText(n, &t);
  return t;
}

const xmlNode* Child(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && NodeName(c) == name) return c;
  }
  return nullptr;
}

// The XML of an Atom type="xhtml" content element's children.
std::string InnerXml(const xmlNode* n) {
  std::string out;
  xmlBuffer* buf = xmlBufferCreate();
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    xmlNodeDump(buf, n->doc, const_cast<xmlNode*>(c), 0, 0);
  }
  out.assign(reinterpret_cast<const char*>(xmlBufferContent(buf)), static_cast<size_t>(xmlBufferLength(buf)));
  xmlBufferFree(buf);
  return out;
}

// Collects <item> (RSS) or <entry> (Atom) elements in document order.
void CollectItems(const xmlNode* n, std::string_view name, std::vector<const xmlNode*>* out) {
  for (const xmlNode* c = n; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (NodeName(c) == name) {
      out->push_back(c);
    } else {
      CollectItems(c->children, name, out);
    }
  }
}

class FeedReader : public read::RecordReader {
 public:
  FeedReader(std::unique_ptr<InputStream> in, std::string file) : in_(std::move(in)), file_(std::move(file)) {}

  Result<bool> Next(Article* out) override {
    if (fatal_) return false;
    if (!doc_) RETURN_IF_ERROR(Load());
    while (next_ < items_.size()) {
      const xmlNode* item = items_[next_++];
      if (atom_ ? FromAtom(item, out) : FromRss(item, out)) return true;
      ++skipped_["feed items without content"];
    }
    return false;
  }

  bool fatal() const override { return fatal_; }
  std::string record() const override { return next_ == 0 ? std::string() : std::to_string(next_); }
  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    return {skipped_.begin(), skipped_.end()};
  }

 private:
  Status Load() {
    Result<std::string> bytes = ReadAll(*in_, kMaxFeedBytes);
    if (!bytes.ok()) {
      fatal_ = true;
      return bytes.status();
    }
    if (bytes->size() > static_cast<size_t>(INT_MAX)) {
      fatal_ = true;
      return ResourceExhausted("feed over 2 GiB");
    }
    // No XML_PARSE_NOENT (entities stay unexpanded unless predefined), no DTD loading.
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                  XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    doc_.reset(xmlReadMemory(bytes->data(), static_cast<int>(bytes->size()), nullptr, nullptr, options));
    const xmlNode* root = doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr;
    if (root == nullptr) {
      fatal_ = true;
      return DataLoss("not a readable XML feed");
    }
    atom_ = NodeName(root) == "feed";
    CollectItems(root, atom_ ? "entry" : "item", &items_);
    return Status::Ok();
  }

  void Begin(const xmlNode* item, Article* out) {
    *out = Article();
    out->origin = file_ + ":" + std::to_string(next_);
    out->id = SourceBaseName(file_) + ":" + std::to_string(next_);
  }

  bool FromRss(const xmlNode* item, Article* out) {
    Begin(item, out);
    std::string guid = CollapseSpace(Text(Child(item, "guid")));
    if (!guid.empty()) out->id = guid;
    out->title = CollapseSpace(Text(Child(item, "title")));
    out->url = CollapseSpace(Text(Child(item, "link")));
    for (const char* d : {"pubDate", "date", "published", "updated"}) {
      if (const xmlNode* n = Child(item, d)) {
        out->published = ParseLooseDate(Text(n));
        if (out->published) break;
      }
    }
    for (const char* a : {"creator", "author"}) {
      if (const xmlNode* n = Child(item, a); n != nullptr && out->byline.empty()) {
        out->byline = CollapseSpace(Text(n));
      }
    }
    std::string content = Text(Child(item, "encoded"));
    std::string summary = Text(Child(item, "description"));
    out->raw = content.size() >= summary.size() ? std::move(content) : std::move(summary);
    out->content_type = ContentType::kHtml;
    return !out->raw.empty() || !out->title.empty();
  }

  bool FromAtom(const xmlNode* entry, Article* out) {
    Begin(entry, out);
    std::string id = CollapseSpace(Text(Child(entry, "id")));
    if (!id.empty()) out->id = id;
    out->title = CollapseSpace(Text(Child(entry, "title")));
    for (const xmlNode* c = entry->children; c != nullptr; c = c->next) {
      if (NodeName(c) != "link") continue;
      std::string rel = Attr(c, "rel");
      if (rel.empty() || rel == "alternate") {
        out->url = Attr(c, "href");
        break;
      }
    }
    for (const char* d : {"published", "updated"}) {
      if (const xmlNode* n = Child(entry, d)) {
        out->published = ParseLooseDate(Text(n));
        if (out->published) break;
      }
    }
    if (const xmlNode* author = Child(entry, "author")) {
      out->byline = CollapseSpace(Text(Child(author, "name")));
    }
    const xmlNode* body = Child(entry, "content");
    const xmlNode* summary = Child(entry, "summary");
    if (body == nullptr || (summary != nullptr && Text(summary).size() > Text(body).size())) body = summary;
    out->content_type = ContentType::kHtml;
    if (body != nullptr) {
      std::string type = AsciiLower(Attr(body, "type"));
      if (type == "xhtml") {
        out->raw = InnerXml(body);
      } else if (type == "html" || type == "text/html") {
        out->raw = Text(body);
      } else {
        out->text = Text(body);
        out->content_type = ContentType::kText;
      }
    }
    return !out->raw.empty() || !out->text.empty() || !out->title.empty();
  }

  std::unique_ptr<InputStream> in_;
  std::string file_;
  std::unique_ptr<xmlDoc, FreeDoc> doc_;
  std::vector<const xmlNode*> items_;
  size_t next_ = 0;
  bool atom_ = false;
  bool fatal_ = false;
  std::map<std::string, uint64_t> skipped_;
};

// The head with NUL bytes dropped and lower-cased, enough to find a root element.
std::string Folded(std::string_view head) {
  std::string out;
  for (char c : head) {
    if (c != '\0') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

bool SniffRss(std::string_view head) {
  std::string h = Folded(head);
  return h.find("<rss") != std::string::npos ||
         (h.find("<rdf:rdf") != std::string::npos && h.find("purl.org/rss") != std::string::npos);
}

bool SniffAtom(std::string_view head) {
  std::string h = Folded(head);
  return h.find("<feed") != std::string::npos && h.find("http://www.w3.org/2005/atom") != std::string::npos;
}

std::unique_ptr<read::RecordReader> OpenFeed(std::unique_ptr<InputStream> in, std::string file) {
  return std::make_unique<FeedReader>(std::move(in), std::move(file));
}

}  // namespace dyad::extract
