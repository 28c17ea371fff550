// dyad.Store: see store_binding.h. One store::Store per Python object, opened read-only;
// a mutex keeps it to one query at a time (store::Store is not thread-safe) while the
// GIL is released during the query.
#include "python/store_binding.h"

#include <cctype>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "python/convert.h"
#include "store/query.h"

namespace dyad::python {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

store::Role RoleArg(const std::string& name, const char* what) {
  if (name == "source") return store::Role::kSource;
  if (name == "target") return store::Role::kTarget;
  if (name == "either") return store::Role::kEither;
  Raise(InvalidArgument(std::string(what) + ": unknown role '" + name + "' (choose source, target or either)"));
}

// The filter from keyword arguments; TypeError for an unknown keyword, ValueError (from
// store::Validate) for a bad value.
store::EventFilter FilterArg(const py::kwargs& kwargs) {
  store::EventFilter f;
  for (const auto& [key_handle, value] : kwargs) {
    const std::string key = py::str(key_handle);
    if (value.is_none()) continue;
    auto text = [&] { return TextArg(value, key); };
    if (key == "actor") {
      f.actor = Upper(text());
    } else if (key == "actor_role") {
      f.actor_role = RoleArg(text(), "actor_role");
    } else if (key == "country") {
      f.country = Upper(text());
    } else if (key == "country_role") {
      f.country_role = RoleArg(text(), "country_role");
    } else if (key == "dyad") {
      std::vector<std::string> pair;
      if (py::isinstance<py::str>(value)) {
        const std::string s = text();
        const size_t comma = s.find(',');
        if (comma != std::string::npos) pair = {s.substr(0, comma), s.substr(comma + 1)};
      } else {
        for (py::handle code : value) pair.push_back(TextArg(code, "dyad"));
      }
      if (pair.size() != 2) Raise(InvalidArgument("dyad wants two actor codes: ('USA', 'PRK') or 'USA,PRK'"));
      f.dyad_a = Upper(pair[0]);
      f.dyad_b = Upper(pair[1]);
    } else if (key == "directed") {
      f.dyad_directed = value.cast<bool>();
    } else if (key == "cameo") {
      f.cameo = text();
    } else if (key == "root") {
      f.root = text();
    } else if (key == "quad_class") {
      f.quad_class = value.cast<int>();
    } else if (key == "date_from") {
      f.from = DateArg(value, "date_from");
    } else if (key == "date_to") {
      f.to = DateArg(value, "date_to");
    } else if (key == "place") {
      f.place_country = Upper(text());
    } else if (key == "text") {
      f.text = text();
    } else {
      throw py::type_error("unknown filter '" + key +
                           "' (filters: actor, actor_role, country, country_role, dyad, directed, cameo, root, "
                           "quad_class, date_from, date_to, place, text)");
    }
  }
  if (Status s = store::Validate(f); !s.ok()) Raise(s);
  return f;
}

class PyStore {
 public:
  explicit PyStore(const py::object& path) : path_(py::module_::import("os").attr("fspath")(path).cast<std::string>()) {
    Result<store::Store> s = Internal("not opened");
    {
      py::gil_scoped_release nogil;
      s = store::Store::Open(path_, store::OpenMode::kReadOnly);
    }
    store_.emplace(ValueOrRaise(std::move(s)));
  }

  py::dict QueryPage(int limit, int64_t offset, const std::string& cursor, const py::kwargs& kwargs) {
    const store::EventFilter f = FilterArg(kwargs);
    const store::Page page{.limit = limit, .offset = offset, .cursor = cursor};
    std::vector<Json> events;
    std::string next;
    Status status = Locked([&](store::Store& s) {
      ASSIGN_OR_RETURN(store::EventPage p, store::QueryEvents(s, f, page));
      for (const Event& e : p.events) events.push_back(EventJson(e));
      next = std::move(p.next_cursor);
      return Status::Ok();
    });
    if (!status.ok()) Raise(status);
    py::list rows;
    for (const Json& j : events) rows.append(ToPython(j));
    py::dict out;
    out["events"] = std::move(rows);
    out["next_cursor"] = next.empty() ? py::object(py::none()) : py::object(py::str(next));
    return out;
  }

  py::list Timeline(const std::string& period, bool by_quad_class, const py::kwargs& kwargs) {
    const store::EventFilter f = FilterArg(kwargs);
    const store::Bucket bucket = ValueOrRaise(store::ParseBucket(period));
    std::vector<store::TimelinePoint> points;
    Status status = Locked([&](store::Store& s) {
      ASSIGN_OR_RETURN(points, store::Timeline(s, f, bucket, by_quad_class));
      return Status::Ok();
    });
    if (!status.ok()) Raise(status);
    py::list rows;
    for (const store::TimelinePoint& p : points) {
      py::dict row;
      row["period"] = p.period;
      if (by_quad_class) row["quad_class"] = p.quad_class;
      row["events"] = p.events;
      row["goldstein"] = p.goldstein_sum;
      rows.append(std::move(row));
    }
    return rows;
  }

  py::list TopDyads(int limit, const py::kwargs& kwargs) {
    const store::EventFilter f = FilterArg(kwargs);
    std::vector<store::DyadCount> dyads;
    Status status = Locked([&](store::Store& s) {
      ASSIGN_OR_RETURN(dyads, store::TopDyads(s, f, limit));
      return Status::Ok();
    });
    if (!status.ok()) Raise(status);
    py::list rows;
    for (const store::DyadCount& d : dyads) {
      py::dict row;
      row["source"] = d.source;
      row["target"] = d.target;
      row["events"] = d.events;
      row["goldstein"] = d.goldstein_sum;
      rows.append(std::move(row));
    }
    return rows;
  }

  py::list TopActors(int limit, const py::kwargs& kwargs) {
    const store::EventFilter f = FilterArg(kwargs);
    std::vector<store::ActorCount> actors;
    Status status = Locked([&](store::Store& s) {
      ASSIGN_OR_RETURN(actors, store::TopActors(s, f, limit));
      return Status::Ok();
    });
    if (!status.ok()) Raise(status);
    py::list rows;
    for (const store::ActorCount& a : actors) {
      py::dict row;
      row["code"] = a.code;
      row["as_source"] = a.as_source;
      row["as_target"] = a.as_target;
      row["events"] = a.total();
      rows.append(std::move(row));
    }
    return rows;
  }

  void Close() {
    py::gil_scoped_release nogil;
    std::lock_guard<std::mutex> lock(mu_);
    store_.reset();
  }

  const std::string& path() const { return path_; }

 private:
  // Runs `fn` on the open store with the GIL released, one caller at a time.
  template <typename Fn>
  Status Locked(Fn&& fn) {
    py::gil_scoped_release nogil;
    std::lock_guard<std::mutex> lock(mu_);
    if (!store_) return InvalidArgument("the store " + path_ + " is closed");
    return fn(*store_);
  }

  std::string path_;
  std::mutex mu_;
  std::optional<store::Store> store_;
};

}  // namespace

void BindStore(py::module_& m) {
  py::class_<PyStore>(m, "Store", R"(An event store written by `dyad code --db FILE`, opened read-only.

Filters are keyword arguments: actor (code prefix: "RUS" matches RUSMIL), actor_role
("source", "target" or "either"), country (ISO 3166 alpha-3), country_role, dyad
(("USA", "PRK") or "USA,PRK"; both directions unless directed=True), cameo ("042"),
root ("04"), quad_class (1-4), date_from and date_to (inclusive; str or datetime.date),
place (the event location's country) and text (a full-text query over the sentence).)")
      .def(py::init<py::object>(), py::arg("path"),
           "Opens the store at `path` read-only. OSError or ValueError when it cannot be opened.")
      .def(
          "query",
          [](PyStore& s, int limit, int64_t offset, const py::kwargs& kwargs) {
            return py::object(s.QueryPage(limit, offset, "", kwargs)["events"]);
          },
          py::arg("limit") = 100, py::arg("offset") = 0,
          "Matching events ordered by date, as dicts in dyad's native schema; `limit` at most 10000.")
      .def("query_page", &PyStore::QueryPage, py::arg("limit") = 100, py::arg("offset") = 0, py::arg("cursor") = "",
           R"(One page of matching events: {"events": [...], "next_cursor": str or None}. Pass
next_cursor back as `cursor` for the next page.)")
      .def("timeline", &PyStore::Timeline, py::arg("period") = "month", py::arg("by_quad_class") = false,
           R"(Counts and Goldstein sums of matching events per "day", "week" or "month": dicts with
period, events and goldstein (and quad_class when by_quad_class), in period order.)")
      .def("top_dyads", &PyStore::TopDyads, py::arg("limit") = 10,
           "The directed dyads with most matching events: dicts with source, target, events, goldstein.")
      .def("top_actors", &PyStore::TopActors, py::arg("limit") = 10,
           "The actors in most matching events: dicts with code, as_source, as_target, events.")
      .def("close", &PyStore::Close, "Closes the store; later queries raise ValueError.")
      .def("__enter__", [](PyStore& s) -> PyStore& { return s; })
      .def("__exit__", [](PyStore& s, const py::args&) { s.Close(); })
      .def_property_readonly("path", &PyStore::path);
}

}  // namespace dyad::python
