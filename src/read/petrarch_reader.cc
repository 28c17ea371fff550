// The PETRARCH XML reader: the whole document is parsed once by libxml2 (recovery
// mode, no network, no entity expansion), the Sentence/Article elements are listed in
// document order, and Next turns them into Articles one by one.
#include "read/petrarch_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "read/tabari_records.h"
#include "read/utf8_check.h"

namespace dyad::read {
namespace {

constexpr size_t kChunk = 1 << 16;

bool NameIs(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool IsRecordElement(const xmlNode* node) { return NameIs(node, "Sentence") || NameIs(node, "Article"); }

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

// An attribute's value, or nullopt when it is absent.
std::optional<std::string> Attribute(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return std::nullopt;
  std::string out = Trim(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Collects libxml2's structured errors while one document is parsed.
struct ErrorLog {
  int count = 0;
  int first_line = 0;
  std::string first;
  static void Handler(void* self, xmlErrorPtr error) {
    auto* log = static_cast<ErrorLog*>(self);
    if (error == nullptr || error->level == XML_ERR_WARNING) return;
    if (log->count++ == 0) {
      log->first_line = error->line;
      log->first = Trim(error->message != nullptr ? error->message : "unknown error");
    }
  }
};

// `xml` with &amp; &lt; &gt; &quot; &apos; written as character references.
std::string CharacterReferences(std::string_view xml) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&#38;"}, {"&lt;", "&#60;"}, {"&gt;", "&#62;"}, {"&quot;", "&#34;"}, {"&apos;", "&#39;"}};
  std::string out;
  out.reserve(xml.size());
  size_t i = 0;
  while (i < xml.size()) {
    size_t amp = xml.find('&', i);
    if (amp == std::string_view::npos) amp = xml.size();
    out.append(xml.substr(i, amp - i));
    i = amp;
    if (i == xml.size()) break;
    bool replaced = false;
    for (const auto& [entity, reference] : kEntities) {
      if (xml.substr(i, entity.size()) == entity) {
        out.append(reference);
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(xml[i++]);
  }
  return out;
}

// Some validation files self-close a record's start tag (<Sentence .../>) and still
// close it later (</Sentence>), which no recovery can untangle. When every start tag of
// `name` has its own end tag, the self-closing slashes are removed.
std::string ReopenSelfClosed(std::string xml, std::string_view name) {
  std::string open = "<" + std::string(name);
  std::string close = "</" + std::string(name) + ">";
  std::vector<size_t> self_closed;  // offsets of the '/' in "/>"
  size_t starts = 0;
  for (size_t i = xml.find(open); i != std::string::npos; i = xml.find(open, i + 1)) {
    char c = i + open.size() < xml.size() ? xml[i + open.size()] : '\0';
    if (c != ' ' && c != '>' && c != '/' && c != '\t' && c != '\r' && c != '\n') continue;
    ++starts;
    size_t end = xml.find('>', i);
    if (end != std::string::npos && xml[end - 1] == '/') self_closed.push_back(end - 1);
  }
  size_t ends = 0;
  for (size_t i = xml.find(close); i != std::string::npos; i = xml.find(close, i + 1)) ++ends;
  if (self_closed.empty() || ends != starts) return xml;
  for (size_t k = self_closed.size(); k-- > 0;) xml[self_closed[k]] = ' ';
  return xml;
}

class PetrarchReader : public RecordReader {
 public:
  PetrarchReader(std::unique_ptr<InputStream> in, std::string file, PetrarchOptions options)
      : in_(std::move(in)), file_(std::move(file)), name_(SourceName(file_)), options_(options) {
    xmlInitParser();
  }
  ~PetrarchReader() override {
    if (doc_ != nullptr) xmlFreeDoc(doc_);
  }

  Result<bool> Next(Article* out) override {
    if (!loaded_) {
      loaded_ = true;
      if (Status s = Load(); !s.ok()) {
        fatal_ = true;
        return s;
      }
    }
    while (next_ < elements_.size()) {
      xmlNode* element = elements_[next_++];
      record_ = "sentence " + std::to_string(next_);
      std::optional<std::string> id = Attribute(element, "id");
      if (id && !id->empty()) record_ = *id;
      xmlNode* text = nullptr;
      for (xmlNode* c = element->children; c != nullptr && text == nullptr; c = c->next)
        if (NameIs(c, "Text")) text = c;
      // Some validation files write the start tag as an empty element, <Sentence .../>,
      // and put its <Text> after it: take the first <Text> before the next record.
      for (xmlNode* c = element->next; c != nullptr && text == nullptr && !IsRecordElement(c); c = c->next)
        if (NameIs(c, "Text")) text = c;
      if (text == nullptr) return InvalidArgument("<" + std::string(reinterpret_cast<const char*>(element->name)) +
                                                  "> has no <Text>; skipped");
      *out = Article();
      out->id = id && !id->empty() ? *id : name_ + ":" + std::to_string(next_);
      out->origin = file_ + ":" + record_;
      xmlChar* content = xmlNodeGetContent(text);
      out->text = Trim(content != nullptr ? reinterpret_cast<const char*>(content) : "");
      xmlFree(content);
      if (out->text.empty()) {  // sample files carry parse-only sentences like this
        ++empty_text_;
        continue;
      }
      out->source = Attribute(element, "source").value_or("");
      std::optional<std::string> date = Attribute(element, "date");
      if (date) out->published = Date::Parse(*date);
      if (date && !out->published && date->size() == 6) out->published = TabariDate(*date);  // YYMMDD
      if (!out->published)
        Warn({file_, record_, InvalidArgument(date ? "unrecognised date \"" + *date + "\"; left empty"
                                                   : std::string("no date attribute"))});
      return true;
    }
    if (!deferred_.ok()) {
      fatal_ = true;
      return std::exchange(deferred_, Status::Ok());
    }
    return false;
  }

  bool fatal() const override { return fatal_; }
  std::string record() const override { return record_; }
  std::vector<std::pair<std::string, uint64_t>> Skipped() const override {
    if (empty_text_ == 0) return {};
    return {{"empty <Text>", empty_text_}};
  }

 private:
  // Reads the input (keeping what came before a read error, which is returned after the
  // elements read so far), then parses it and lists the record elements.
  Status Load() {
    std::string bytes;
    for (;;) {
      size_t len = bytes.size();
      bytes.resize(len + kChunk);
      auto got = in_->Read(bytes.data() + len, kChunk);
      bytes.resize(len + (got.ok() ? *got : 0));
      if (!got.ok()) {
        deferred_ = got.status();
        break;
      }
      if (*got == 0) break;
      if (bytes.size() > options_.max_bytes)
        return ResourceExhausted("XML input larger than " + std::to_string(options_.max_bytes >> 20) +
                                 " MiB");
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Ok();
    if (Status s = RepairUtf8InPlace(&bytes, "file"); !s.ok()) Warn({file_, "", s});

    // A well-formed document parses strictly. Otherwise it is parsed again in recovery
    // mode, after two repairs: predefined entity references are rewritten as character
    // references (libxml2 drops "&amp;" and its kin from text that follows a recovered
    // error, but keeps "&#38;"), and self-closed record start tags are reopened.
    ErrorLog log;
    doc_ = Parse(bytes, 0, &log);
    if (doc_ == nullptr) {
      ErrorLog ignored;
      std::string repaired = ReopenSelfClosed(ReopenSelfClosed(CharacterReferences(bytes), "Sentence"), "Article");
      doc_ = Parse(repaired, XML_PARSE_RECOVER, &ignored);
      if (doc_ == nullptr || xmlDocGetRootElement(doc_) == nullptr)
        return DataLoss("not readable as XML: line " + std::to_string(log.first_line) + ": " + log.first);
      Warn({file_, "", DataLoss("XML is not well-formed; read in recovery mode (first problem at line " +
                                std::to_string(log.first_line) + ": " + log.first + ")")});
    }
    // Depth-first, in document order, without descending into a record element.
    std::vector<xmlNode*> stack = {xmlDocGetRootElement(doc_)};
    while (!stack.empty()) {
      xmlNode* node = stack.back();
      stack.pop_back();
      if (IsRecordElement(node)) {
        elements_.push_back(node);
        continue;
      }
      std::vector<xmlNode*> children;
      for (xmlNode* c = node->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE) children.push_back(c);
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return Status::Ok();
  }

  static xmlDoc* Parse(const std::string& bytes, int extra_options, ErrorLog* log) {
    void* saved_context = xmlStructuredErrorContext;
    xmlStructuredErrorFunc saved_handler = xmlStructuredError;
    xmlSetStructuredErrorFunc(log, &ErrorLog::Handler);
    xmlDoc* doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                                extra_options | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    xmlSetStructuredErrorFunc(saved_context, saved_handler);
    return doc;
  }

  std::unique_ptr<InputStream> in_;
  std::string file_;
  std::string name_;
  PetrarchOptions options_;
  xmlDoc* doc_ = nullptr;
  std::vector<xmlNode*> elements_;
  size_t next_ = 0;
  std::string record_;
  Status deferred_;
  uint64_t empty_text_ = 0;
  bool loaded_ = false;
  bool fatal_ = false;
};

// Skips the XML declaration, comments, processing instructions and a doctype.
std::string_view SkipProlog(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    s.remove_prefix(b);
    std::string_view close;
    if (s.substr(0, 4) == "<!--") close = "-->";
    else if (s.substr(0, 2) == "<?" || s.substr(0, 2) == "<!") close = ">";
    else return s;
    size_t e = s.find(close, 2);
    if (e == std::string_view::npos) return {};
    s.remove_prefix(e + close.size());
  }
}

}  // namespace

bool SniffPetrarch(std::string_view head) {
  std::string_view s = SkipProlog(head);
  for (std::string_view root : {"<Sentences", "<Articles", "<Validation", "<Sentence", "<Article"}) {
    if (s.substr(0, root.size()) != root) continue;
    if (s.size() == root.size()) return true;
    char c = s[root.size()];
    if (c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/') return true;
  }
  return false;
}

std::unique_ptr<RecordReader> OpenPetrarch(std::unique_ptr<InputStream> in, std::string file,
                                           PetrarchOptions options) {
  return std::make_unique<PetrarchReader>(std::move(in), std::move(file), options);
}

}  // namespace dyad::read
