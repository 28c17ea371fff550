// The Python module `dyad`: the dyad library one import away. Coder codes articles into
// events (the native event schema as dicts), explains and parses text; Store queries an
// event store written by `dyad code --db`; extract and segment expose the first stages.
// Every call that does real work releases the GIL, so Python threads code in parallel,
// and every dyad error arrives as a Python exception carrying dyad's message (convert.h).
#include <pybind11/pybind11.h>

#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "pipeline/coder.h"
#include "python/convert.h"
#include "python/event_stream.h"
#include "python/store_binding.h"
#include "text/segmenter.h"

namespace dyad::python {
namespace {

// A file system path argument: a str or an os.PathLike; None gives "".
std::string PathArg(const py::handle& value) {
  if (value.is_none()) return "";
  return py::module_::import("os").attr("fspath")(value).cast<std::string>();
}

std::string OptionalTextArg(const py::handle& value, std::string_view what) {
  return value.is_none() ? "" : TextArg(value, what);
}

class PyCoder {
 public:
  PyCoder(const py::object& dictionaries, const py::object& models, const py::object& date, bool keep_negated,
          bool article_country) {
    pipeline::CoderOptions options;
    options.dict = PathArg(dictionaries);
    options.models = PathArg(models);
    options.date = DateArg(date, "date");
    options.coding.keep_negated = keep_negated;
    options.article_country = article_country;
    Result<std::shared_ptr<const pipeline::Coder>> coder = Internal("not loaded");
    {
      py::gil_scoped_release nogil;
      coder = pipeline::Coder::Load(options);
    }
    coder_ = ValueOrRaise(std::move(coder));
  }

  py::list Code(const py::handle& text, const py::handle& date, const py::handle& title, const std::string& id,
                const py::handle& url, const py::handle& source) {
    Article a;
    a.id = id;
    a.text = TextArg(text, "text");
    a.published = DateArg(date, "date");
    a.title = OptionalTextArg(title, "title");
    a.url = OptionalTextArg(url, "url");
    a.source = OptionalTextArg(source, "source");
    return CodeOne(std::move(a));
  }

  py::list CodeArticle(const py::handle& article) { return CodeOne(ArticleArg(article, "python:1", "article")); }

  std::unique_ptr<EventStream> CodeMany(const py::iterable& articles, int jobs, const std::string& errors) {
    if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::make_unique<EventStream>(coder_, articles, jobs, ParseOnError(errors));
  }

  py::dict Explain(const py::handle& text, const py::handle& date) {
    std::string t = TextArg(text, "text");
    std::optional<Date> d = DateArg(date, "date");
    std::vector<code::Candidate> trace;
    Result<pipeline::CodedArticle> coded = Internal("not coded");
    {
      py::gil_scoped_release nogil;
      coded = coder_->Explain(std::move(t), d, &trace);
    }
    const pipeline::CodedArticle& c = ValueOrRaise(std::move(coded));
    py::list sentences = SentenceList(c.doc, true);
    for (size_t si = 0; si < sentences.size(); ++si) {
      py::list predicates;
      for (const code::Candidate& cand : trace) {
        if (cand.sentence != si) continue;
        auto word = [&](int32_t tok) -> py::object {
          if (tok < 0) return py::none();
          return py::str(std::string(c.doc.Form(c.doc.tokens[tok])));
        };
        py::dict p;
        p["predicate"] = word(static_cast<int32_t>(cand.predicate));
        p["noun"] = cand.noun;
        p["pattern"] = cand.pattern;
        p["source"] = word(cand.source_token);
        p["target"] = word(cand.target_token);
        p["code"] = cand.code.empty() ? py::object(py::none()) : py::object(py::str(cand.code));
        p["note"] = cand.note;
        predicates.append(std::move(p));
      }
      py::dict s = sentences[si].cast<py::dict>();
      s["mentions"] = MentionList(c.doc, c.mentions, static_cast<int64_t>(si));
      s["predicates"] = std::move(predicates);
    }
    py::dict out;
    out["date"] = c.date.ToString();
    out["analysis"] = std::string(coder_->analysis_level());
    out["sentences"] = std::move(sentences);
    out["events"] = EventList(c.events);
    return out;
  }

  py::list Parse(const py::handle& text) {
    std::string t = TextArg(text, "text");
    Result<pipeline::CodedArticle> coded = Internal("not parsed");
    {
      py::gil_scoped_release nogil;
      coded = coder_->CodeText(std::move(t));
    }
    return SentenceList(ValueOrRaise(std::move(coded)).doc, true);
  }

  std::string analysis_level() const { return std::string(coder_->analysis_level()); }

 private:
  py::list CodeOne(Article a) {
    Status status;
    std::vector<Json> events;
    {
      py::gil_scoped_release nogil;
      Result<pipeline::CodedArticle> coded = coder_->Code(std::move(a));
      if (coded.ok()) {
        for (const Event& e : coded->events) events.push_back(EventJson(e));
      } else {
        status = coded.status();
      }
    }
    if (!status.ok()) Raise(status);
    py::list out;
    for (const Json& j : events) out.append(ToPython(j));
    return out;
  }

  std::shared_ptr<const pipeline::Coder> coder_;
};

py::dict Extract(const py::handle& page, const py::handle& url, const py::handle& date) {
  Article a;
  a.id = "page";
  a.content_type = ContentType::kHtml;
  if (py::isinstance<py::bytes>(page)) {
    a.raw = page.cast<std::string>();
  } else {
    a.raw = TextArg(page, "html");
  }
  a.url = OptionalTextArg(url, "url");
  a.published = DateArg(date, "date");
  Result<Article> extracted = Internal("not extracted");
  {
    py::gil_scoped_release nogil;
    extracted = extract::Extract(std::move(a));
  }
  const Article& e = ValueOrRaise(std::move(extracted));
  py::dict out;
  out["text"] = e.text;
  out["title"] = e.title;
  out["date"] = e.published ? py::object(py::str(e.published->ToString())) : py::object(py::none());
  out["byline"] = e.byline;
  out["language"] = e.language;
  out["url"] = e.url;
  return out;
}

py::list Segment(const py::handle& text) {
  std::string t = TextArg(text, "text");
  Document doc;
  {
    py::gil_scoped_release nogil;
    doc = text::Segment(t);
  }
  return SentenceList(doc, false);
}

}  // namespace
}  // namespace dyad::python

PYBIND11_MODULE(dyad, m) {
  namespace py = pybind11;
  using namespace dyad::python;
  m.doc() = "dyad: news in, event data out (who did what to whom, CAMEO codes).";
  m.attr("__version__") = DYAD_VERSION;

  py::class_<EventStream>(m, "EventStream", "Iterator over the events of Coder.code_many, in input order.")
      .def("__iter__", [](EventStream& s) -> EventStream& { return s; })
      .def("__next__", &EventStream::Next)
      .def_property_readonly("articles_read", &EventStream::articles_read,
                             "How many articles have been taken from the input so far.");

  py::class_<PyCoder>(m, "Coder", R"(Codes articles into events with dyad's whole pipeline.

Loading reads the dictionaries, the tagger and parser models and the gazetteer once
(a second or so); one Coder may then be used from any number of threads.)")
      .def(py::init<py::object, py::object, py::object, bool, bool>(), py::arg("dictionaries") = py::none(),
           py::arg("models") = py::none(), py::arg("date") = py::none(), py::arg("keep_negated") = false,
           py::arg("article_country") = true,
           R"(dictionaries: a dictionary spec or file as `dyad code --dict` takes (default: dyad's own).
models: the model folder (default: the shipped models).
date: code every article as of this day (str YYYY-MM-DD or datetime.date); default: each
  article's own date, else a dateline, else today.
keep_negated: also return negated events, flagged "negated": true.
article_country: give actors named only by their sector ("Congress", "the army") the
  country the article is about, as `dyad code` does (False: `--no-article-country`).
Raises FileNotFoundError, OSError or ValueError naming what failed to load.)")
      .def("code", &PyCoder::Code, py::arg("text"), py::arg("date") = py::none(), py::arg("title") = py::none(),
           py::arg("id") = "text", py::arg("url") = py::none(), py::arg("source") = py::none(),
           R"(Codes one plain-text article; returns its events as dicts in dyad's native schema
(the keys of `dyad code --format jsonl`). Offsets ("start", "end") are UTF-8 byte offsets
into `text`. Trailing boilerplate lines are removed first, as `dyad code` does.
Raises TypeError for a text that is not a str, ValueError for a malformed date.)")
      .def("code_article", &PyCoder::CodeArticle, py::arg("article"),
           R"(Codes one article given as a str or as a dict with the keys of dyad's JSON Lines
input: id, text or html, date, title, url, source, authors. Returns its events.)")
      .def("code_many", &PyCoder::CodeMany, py::arg("articles"), py::arg("jobs") = 1,
           py::arg("errors") = "raise",
           R"(Codes an iterable of articles (str or dict, as code_article takes) on `jobs` threads
(0: all cores) and returns an iterator over their events, in input order for any `jobs`.
Articles are read lazily, a batch of 8 x jobs at a time. errors: "raise" (default) raises
the exception of the first bad article after the events before it; "warn" emits a
RuntimeWarning and goes on, as `dyad code` does; "ignore" skips bad articles silently.)")
      .def("explain", &PyCoder::Explain, py::arg("text"), py::arg("date") = py::none(),
           R"(How `text` is coded, step by step, as `dyad explain` shows it: a dict with the date,
the analysis level, the sentences (tokens with tags, lemmas, heads and relations; actor
mentions; every predicate considered with its pattern and what became of it) and the events.)")
      .def("parse", &PyCoder::Parse, py::arg("text"),
           R"(Segments, tags and parses `text`: a list of sentence dicts whose tokens carry form,
start, end (UTF-8 bytes), upos, xpos, lemma, head (1-based, 0 for the root) and deprel.)")
      .def_property_readonly("analysis_level", &PyCoder::analysis_level,
                             "\"parsed\", \"tagged\" or \"segmented\": what the installed models allow.");

  m.def("extract", &Extract, py::arg("html"), py::arg("url") = py::none(), py::arg("date") = py::none(),
        R"(The article in an HTML page (str, or bytes in any charset the page declares): a dict
with text, title, date (YYYY-MM-DD or None), byline, language and url.
Raises ValueError when the page cannot be decoded or parsed.)");
  m.def("segment", &Segment, py::arg("text"),
        R"(Splits `text` into sentences and tokens: a list of sentence dicts (text, start, end,
heading, paragraph, tokens with form, start and end); offsets are UTF-8 bytes into `text`.)");

  BindStore(m);
}
