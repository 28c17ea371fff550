// Conversions for the Python module; see convert.h. Events go through the native JSON
// writer rather than a second hand-written schema, so Python and the CLI cannot drift.
#include "python/convert.h"

#include <utility>

#include "write/writer.h"

namespace dyad::python {
namespace {

py::str Str(std::string_view s) { return py::str(s.data(), s.size()); }

std::string TypeName(const py::handle& value) { return py::str(py::type::of(value).attr("__name__")); }

// A metadata field of an article dict: absent or None gives "", else it must be a str.
std::string OptionalText(const py::dict& d, const char* key, std::string_view where) {
  if (!d.contains(key)) return "";
  py::handle v = d[key];
  if (v.is_none()) return "";
  if (!py::isinstance<py::str>(v)) {
    throw py::type_error(std::string(where) + ": field \"" + key + "\" must be a str, got " + TypeName(v));
  }
  return v.cast<std::string>();
}

}  // namespace

void Raise(const Status& status) {
  const std::string message = status.ToString();
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kDataLoss:
    case StatusCode::kUnsupported:
      throw py::value_error(message);
    case StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, message.c_str());
      throw py::error_already_set();
    case StatusCode::kIoError:
      PyErr_SetString(PyExc_OSError, message.c_str());
      throw py::error_already_set();
    default:
      throw std::runtime_error(message);
  }
}

Json EventJson(const Event& e) {
  std::string line;
  write::AppendJsonl(e, &line);
  return Json::parse(line);
}

py::object ToPython(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return py::none();
    case Json::value_t::boolean: return py::bool_(j.get<bool>());
    case Json::value_t::number_integer: return py::int_(j.get<int64_t>());
    case Json::value_t::number_unsigned: return py::int_(j.get<uint64_t>());
    case Json::value_t::number_float: return py::float_(j.get<double>());
    case Json::value_t::string: return Str(j.get_ref<const std::string&>());
    case Json::value_t::array: {
      py::list out(j.size());
      for (size_t i = 0; i < j.size(); ++i) out[i] = ToPython(j[i]);
      return out;
    }
    case Json::value_t::object: {
      py::dict out;
      for (const auto& [key, value] : j.items()) out[Str(key)] = ToPython(value);
      return out;
    }
    default: return py::none();  // binary and discarded values never come from the writer
  }
}

py::list EventList(const std::vector<Event>& events) {
  py::list out;
  for (const Event& e : events) out.append(ToPython(EventJson(e)));
  return out;
}

std::optional<Date> DateArg(const py::handle& value, std::string_view what) {
  if (value.is_none()) return std::nullopt;
  std::string text;
  if (py::isinstance<py::str>(value)) {
    text = value.cast<std::string>();
  } else if (py::hasattr(value, "isoformat")) {
    text = py::str(value.attr("isoformat")());
  } else {
    throw py::type_error(std::string(what) + " must be a str (YYYY-MM-DD) or a datetime.date, got " +
                         TypeName(value));
  }
  std::optional<Date> date = Date::Parse(text);
  if (!date) Raise(InvalidArgument(std::string(what) + ": malformed date '" + text + "' (use YYYY-MM-DD)"));
  return date;
}

std::string TextArg(const py::handle& value, std::string_view what) {
  if (!py::isinstance<py::str>(value)) {
    throw py::type_error(std::string(what) + " must be a str, got " + TypeName(value));
  }
  return value.cast<std::string>();
}

Article ArticleArg(const py::handle& value, const std::string& default_id, std::string_view where) {
  Article a;
  a.id = default_id;
  a.origin = std::string(where);
  if (py::isinstance<py::str>(value)) {
    a.text = value.cast<std::string>();
    return a;
  }
  if (!py::isinstance<py::dict>(value)) {
    throw py::type_error(std::string(where) + ": an article must be a str or a dict, got " + TypeName(value));
  }
  const py::dict d = py::reinterpret_borrow<py::dict>(value);
  if (d.contains("id") && !d["id"].is_none()) {
    py::handle id = d["id"];
    if (py::isinstance<py::str>(id) || py::isinstance<py::int_>(id)) {
      a.id = py::str(id);
    } else {
      throw py::type_error(std::string(where) + ": field \"id\" must be a str or an int, got " + TypeName(id));
    }
  }
  // As in the JSON Lines reader: with text, the text is coded and a page is kept in
  // `raw`; with only html, the page is extracted.
  auto present = [&](const char* key) { return d.contains(key) && !d[key].is_none(); };
  if (!present("text") && !present("html")) {
    Raise(InvalidArgument(std::string(where) + ": article has neither \"text\" nor \"html\""));
  }
  a.text = OptionalText(d, "text", where);
  a.raw = OptionalText(d, "html", where);
  a.content_type = present("text") ? ContentType::kText : ContentType::kHtml;
  for (const char* key : {"date", "published"}) {
    if (!a.published && d.contains(key)) {
      py::handle v = d[key];
      // An empty string is an unknown date, as in the JSON Lines reader.
      if (py::isinstance<py::str>(v) && v.cast<std::string>().empty()) continue;
      a.published = DateArg(v, std::string(where) + ": field \"" + key + "\"");
    }
  }
  a.title = OptionalText(d, "title", where);
  a.url = OptionalText(d, "url", where);
  a.source = OptionalText(d, "source", where);
  for (const char* key : {"authors", "author", "byline"}) {
    if (!a.byline.empty() || !d.contains(key)) continue;
    py::handle v = d[key];
    if (py::isinstance<py::list>(v)) {
      for (py::handle name : v) a.byline += (a.byline.empty() ? "" : ", ") + TextArg(name, key);
    } else {
      a.byline = OptionalText(d, key, where);
    }
  }
  a.language = OptionalText(d, "language", where);
  if (a.language.empty()) a.language = OptionalText(d, "lang", where);
  return a;
}

py::list SentenceList(const Document& doc, bool analysed) {
  py::list out;
  for (const Sentence& s : doc.sentences) {
    py::list tokens;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      py::dict d;
      d["form"] = Str(doc.Form(tok));
      d["start"] = tok.begin;
      d["end"] = tok.end;
      if (analysed) {
        d["upos"] = Str(UposName(tok.upos));
        d["xpos"] = Str(XposName(tok.xpos));
        d["lemma"] = Str(doc.Lemma(tok));
        d["head"] = tok.head < 0 ? 0 : tok.head - static_cast<int32_t>(s.token_begin) + 1;
        d["deprel"] = Str(DeprelName(tok.deprel));
      }
      tokens.append(std::move(d));
    }
    py::dict sentence;
    sentence["text"] = Str(doc.Text(s));
    sentence["start"] = s.begin;
    sentence["end"] = s.end;
    sentence["heading"] = s.heading;
    sentence["paragraph"] = s.paragraph;
    sentence["tokens"] = std::move(tokens);
    out.append(std::move(sentence));
  }
  return out;
}

py::list MentionList(const Document& doc, const std::vector<actors::Mention>& mentions, int64_t sentence) {
  py::list out;
  for (const actors::Mention& m : mentions) {
    if (sentence >= 0 && m.sentence != sentence) continue;
    py::list codes;
    for (const std::string& c : m.codes) codes.append(Str(c));
    py::dict d;
    d["sentence_index"] = m.sentence;
    d["text"] = Str(std::string_view(doc.text).substr(m.byte_begin, m.byte_end - m.byte_begin));
    d["start"] = m.byte_begin;
    d["end"] = m.byte_end;
    d["codes"] = std::move(codes);
    d["country"] = Str(m.country);
    d["kind"] = Str(actors::MentionKindName(m.kind));
    d["resolution"] = Str(actors::ResolutionName(m.how));
    out.append(std::move(d));
  }
  return out;
}

}  // namespace dyad::python
