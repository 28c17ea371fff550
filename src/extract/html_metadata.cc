// One walk over the tree collects every candidate; the choice among them follows the
// order of trust: explicit publication metadata (article:published_time, JSON-LD and
// microdata datePublished) before generic dates (meta "date", <time>), and those before
// URL patterns. The headline prefers the page's own <h1> when the <title> or og:title
// confirms it, else og:title, else the <title> without its site-name part.
#include "extract/html_metadata.h"

#include <array>
#include <cstdlib>
#include <vector>

#include "extract/date_text.h"
#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

constexpr std::array<std::string_view, 9> kPublishedKeys = {
    "article:published_time", "og:article:published_time", "datepublished",
    "article.published",      "published_time",            "og:published_time",
    "parsely-pub-date",       "sailthru.date",             "publish-date"};

constexpr std::array<std::string_view, 11> kGenericDateKeys = {
    "pubdate", "publishdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
    "date",    "displaydate", "original-publish-date", "article_date_original", "dc.date.created"};

struct Candidates {
  std::string html_lang, meta_lang, og_locale;
  std::string title_tag, og_title, h1, meta_title, site_name;
  std::vector<std::string> headings;  // the first h1-h3 texts, in order
  std::string canonical, og_url;
  std::optional<Date> published, generic_date, time_date;
  std::string meta_author, ld_author, byline_text;
};

std::string JsonStringAfter(std::string_view text, size_t pos) {
  size_t colon = text.find(':', pos);
  if (colon == std::string_view::npos) return {};
  size_t q = colon + 1;
  while (q < text.size() && (text[q] == ' ' || text[q] == '\n' || text[q] == '\t' || text[q] == '\r')) ++q;
  if (q >= text.size() || text[q] != '"') return {};
  size_t end = q + 1;
  while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
  return std::string(text.substr(q + 1, std::min(end, text.size()) - q - 1));
}

void ReadJsonLd(std::string_view text, Candidates* c) {
  if (!c->published) {
    size_t pos = text.find("\"datePublished\"");
    if (pos != std::string_view::npos) c->published = ParseLooseDate(JsonStringAfter(text, pos + 15));
  }
  if (c->ld_author.empty()) {
    size_t pos = text.find("\"author\"");
    if (pos != std::string_view::npos) {
      std::string direct = JsonStringAfter(text, pos + 8);
      if (!direct.empty()) {
        c->ld_author = direct;
      } else {
        size_t name = text.find("\"name\"", pos);
        if (name != std::string_view::npos && name - pos < 300) c->ld_author = JsonStringAfter(text, name + 6);
      }
    }
  }
}

bool IsUrlLike(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0;
}

void ReadMeta(const xmlNode* n, Candidates* c) {
  std::string key = AsciiLower(Attr(n, "property"));
  if (key.empty()) key = AsciiLower(Attr(n, "name"));
  if (key.empty()) key = AsciiLower(Attr(n, "itemprop"));
  if (key.empty()) key = AsciiLower(Attr(n, "http-equiv"));
  if (key.empty()) return;
  std::string content = Attr(n, "content");
  if (content.empty()) content = Attr(n, "datetime");
  if (content.empty()) return;
  for (std::string_view k : kPublishedKeys) {
    if (key == k && !c->published) c->published = ParseLooseDate(content);
  }
  for (std::string_view k : kGenericDateKeys) {
    if (key == k && !c->generic_date) c->generic_date = ParseLooseDate(content);
  }
  if (key == "og:title" || key == "twitter:title") {
    if (c->og_title.empty()) c->og_title = CollapseSpace(content);
  } else if (key == "headline" || key == "title" || key == "dc.title") {
    if (c->meta_title.empty()) c->meta_title = CollapseSpace(content);
  } else if (key == "og:site_name" || key == "application-name") {
    if (c->site_name.empty()) c->site_name = CollapseSpace(content);
  } else if (key == "og:url") {
    c->og_url = content;
  } else if (key == "og:locale") {
    c->og_locale = content;
  } else if (key == "content-language" || key == "language" || key == "dc.language") {
    c->meta_lang = content;
  } else if ((key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") &&
             c->meta_author.empty() && !IsUrlLike(content)) {
    c->meta_author = CollapseSpace(content);
  }
}

void Walk(const xmlNode* n, Candidates* c) {
  for (; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string_view name = NodeName(n);
    if (name == "meta") {
      ReadMeta(n, c);
    } else if (name == "html" && c->html_lang.empty()) {
      c->html_lang = Attr(n, "lang");
      if (c->html_lang.empty()) c->html_lang = Attr(n, "xml:lang");
    } else if (name == "title" && c->title_tag.empty()) {
      std::string t;
      AppendText(n, &t);
      c->title_tag = CollapseSpace(t);
    } else if (name == "link" && c->canonical.empty() && AsciiLower(Attr(n, "rel")) == "canonical") {
      c->canonical = Attr(n, "href");
    } else if (name == "script") {
      if (AsciiLower(Attr(n, "type")) == "application/ld+json") {
        std::string t;
        AppendText(n, &t);
        ReadJsonLd(t, c);
      }
      continue;
    } else if (name == "style") {
      continue;
    } else if ((name == "h1" || name == "h2" || name == "h3") && c->headings.size() < 16) {
      std::string t;
      AppendText(n, &t);
      t = CollapseSpace(t);
      if (name == "h1" && c->h1.empty()) c->h1 = t;
      if (!t.empty()) c->headings.push_back(std::move(t));
    } else if (name == "time" && !c->time_date) {
      std::string dt = Attr(n, "datetime");
      if (!dt.empty()) c->time_date = ParseLooseDate(dt);
    }
    if (name != "meta") {
      std::string prop = AsciiLower(Attr(n, "itemprop"));
      if (prop == "datepublished" && !c->published) {
        std::string v = Attr(n, "datetime");
        if (v.empty()) v = Attr(n, "content");
        if (v.empty()) AppendText(n, &v);
        c->published = ParseLooseDate(v);
      } else if ((prop == "author" || AsciiLower(Attr(n, "rel")) == "author") &&
                 c->byline_text.empty()) {
        std::string t;
        AppendText(n, &t);
        c->byline_text = CollapseSpace(t);
      }
    }
    Walk(n->children, c);
  }
}

bool LooksLikeSiteName(std::string_view part, std::string_view site_name) {
  if (!site_name.empty() && AsciiLower(part) == AsciiLower(site_name)) return true;
  // "Forbes.com", "nytimes.com": a domain name.
  return part.find(' ') == std::string_view::npos && part.find('.') != std::string_view::npos;
}

// "Headline | Site" -> "Headline": the longest part between separators; a leading
// "Site: " is dropped when it is the site's name or a domain.
std::string StripSiteName(const std::string& title, std::string_view site_name) {
  std::string best;
  size_t start = 0;
  for (;;) {
    size_t cut = std::string::npos, len = 0;
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xBB "}) {
      size_t p = title.find(sep, start);
      if (p != std::string::npos && p < cut) {
        cut = p;
        len = sep.size();
      }
    }
    std::string part = title.substr(start, cut == std::string::npos ? std::string::npos : cut - start);
    if (part.size() > best.size() && !LooksLikeSiteName(part, site_name)) best = part;
    if (cut == std::string::npos) break;
    start = cut + len;
  }
  if (best.empty()) best = title;
  size_t colon = best.find(": ");
  if (colon != std::string::npos && LooksLikeSiteName(best.substr(0, colon), site_name)) {
    best = best.substr(colon + 2);
  }
  return best;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char ch : s) {
    bool space = ch == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The visible headline: an h1 of several words, else a heading the <title> or og:title
// repeats, else the title without the site's name.
std::string ChooseTitle(const Candidates& c) {
  if (!c.h1.empty() && CountWords(c.h1) >= 4 && !LooksLikeSiteName(c.h1, c.site_name)) return c.h1;
  std::string best;
  for (const std::string& h : c.headings) {
    if (CountWords(h) < 2 || h.size() <= best.size()) continue;
    for (const std::string* t : {&c.og_title, &c.title_tag, &c.meta_title}) {
      if (!t->empty() && t->find(h) != std::string::npos) {
        best = h;
        break;
      }
    }
  }
  if (!best.empty()) return best;
  if (!c.og_title.empty()) return StripSiteName(c.og_title, c.site_name);
  if (!c.title_tag.empty()) return StripSiteName(c.title_tag, c.site_name);
  if (!c.meta_title.empty()) return c.meta_title;
  return c.h1;
}

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char ch : tag) {
    if (ch == '-' || ch == '_' || ch == ',' || ch == ';' || ch == ' ') break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out.size() >= 2 && out.size() <= 3 ? out : std::string();
}

// "By Jane Roe @jroe Nov 18, 2019 • 2 min read" -> "Jane Roe": the names end where a
// handle, a separator or a number (a date, a reading time) starts.
std::string CleanByline(std::string s) {
  s = CollapseSpace(s);
  std::string lower = AsciiLower(s);
  if (lower.rfind("by ", 0) == 0) s = s.substr(3);
  size_t cut = s.find_first_of("@|0123456789\n");
  for (std::string_view sep : {"\xE2\x80\xA2", " - ", " \xE2\x80\x94 "}) cut = std::min(cut, s.find(sep));
  if (cut != std::string::npos) s = CollapseSpace(s.substr(0, cut));
  while (!s.empty() && (s.back() == ',' || s.back() == ';')) s.pop_back();
  if (s.size() > 120) return {};
  return s;
}

}  // namespace

PageMetadata ReadMetadata(const xmlNode* root, std::string_view page_url) {
  PageMetadata m;
  if (root == nullptr) return m;
  Candidates c;
  Walk(root, &c);
  m.title = ChooseTitle(c);
  m.canonical_url = !c.canonical.empty() && IsUrlLike(c.canonical) ? c.canonical : c.og_url;
  std::optional<Date> stated = c.published ? c.published : c.generic_date ? c.generic_date : c.time_date;
  std::optional<Date> in_url = DateFromUrl(m.canonical_url);
  if (!in_url) in_url = DateFromUrl(page_url);
  // Timestamps are often in UTC while the URL holds the newsroom's local day: within a
  // day of each other, the URL's day is the publication day.
  if (stated && in_url && std::abs(stated->ToDays() - in_url->ToDays()) <= 1) {
    m.published = in_url;
  } else {
    m.published = stated ? stated : in_url;
  }
  for (const std::string* lang : {&c.html_lang, &c.meta_lang, &c.og_locale}) {
    m.language = PrimaryLanguage(*lang);
    if (!m.language.empty()) break;
  }
  for (const std::string* by : {&c.meta_author, &c.ld_author, &c.byline_text}) {
    m.byline = CleanByline(*by);
    if (!m.byline.empty()) break;
  }
  return m;
}

}  // namespace dyad::extract
