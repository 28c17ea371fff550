// EventStream: see event_stream.h. Articles are converted from Python objects while the
// GIL is held, coded and written to native JSON without it, and turned into dicts with
// it again; a record that fails is reported in its place in the stream.
#include "python/event_stream.h"

#include <optional>
#include <utility>
#include <vector>

#include "python/convert.h"
#include "util/ordered_parallel.h"

namespace dyad::python {
namespace {

// One article's result, carried from the coding threads back to the GIL.
struct Outcome {
  Status status;
  std::string where;
  std::vector<Json> events;
};

// The message of the exception now being handled.
std::string CurrentMessage() {
  try {
    throw;
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown error";
  }
}

}  // namespace

OnError ParseOnError(const std::string& name) {
  if (name == "raise") return OnError::kRaise;
  if (name == "warn") return OnError::kWarn;
  if (name == "ignore") return OnError::kIgnore;
  throw py::value_error("errors must be 'raise', 'warn' or 'ignore', got '" + name + "'");
}

EventStream::EventStream(std::shared_ptr<const pipeline::Coder> coder, const py::iterable& articles, int jobs,
                         OnError on_error)
    : coder_(std::move(coder)), iter_(py::iter(articles)), jobs_(jobs), on_error_(on_error) {}

py::object EventStream::Next() {
  if (busy_.exchange(true)) throw std::runtime_error("code_many: the stream is being read by another thread");
  struct Release {
    std::atomic<bool>& busy;
    ~Release() { busy = false; }
  } release{busy_};
  while (ready_.empty()) {
    if (pending_) {
      std::exception_ptr e = std::exchange(pending_, nullptr);
      std::rethrow_exception(e);
    }
    if (exhausted_) throw py::stop_iteration();
    Fill();
  }
  py::object event = std::move(ready_.front());
  ready_.pop_front();
  return event;
}

void EventStream::Fail() {
  switch (on_error_) {
    case OnError::kRaise:
      pending_ = std::current_exception();
      exhausted_ = true;
      return;
    case OnError::kWarn:
      if (PyErr_WarnEx(PyExc_RuntimeWarning, CurrentMessage().c_str(), 1) < 0) throw py::error_already_set();
      return;
    case OnError::kIgnore:
      return;
  }
}

void EventStream::Fill() {
  const size_t want = jobs_ <= 1 ? 1 : static_cast<size_t>(8 * jobs_);
  std::vector<Article> batch;
  while (batch.size() < want && !exhausted_) {
    PyObject* raw = PyIter_Next(iter_.ptr());
    if (raw == nullptr) {
      exhausted_ = true;
      // The iterable itself failed: nothing after this point can be read.
      if (PyErr_Occurred()) pending_ = std::make_exception_ptr(py::error_already_set());
      break;
    }
    py::object item = py::reinterpret_steal<py::object>(raw);
    const std::string n = std::to_string(++record_);
    try {
      batch.push_back(ArticleArg(item, "python:" + n, "article " + n));
    } catch (...) {
      Fail();
    }
  }
  if (batch.empty()) return;

  std::vector<Outcome> outcomes;
  outcomes.reserve(batch.size());
  {
    py::gil_scoped_release nogil;
    size_t next = 0;
    RunOrdered(
        jobs_, batch.size(),
        [&]() -> std::optional<size_t> {
          if (next == batch.size()) return std::nullopt;
          return next++;
        },
        [&](size_t i) {
          Outcome o;
          o.where = batch[i].origin + " (id " + batch[i].id + ")";
          Result<pipeline::CodedArticle> coded = coder_->Code(std::move(batch[i]));
          if (!coded.ok()) {
            o.status = coded.status();
            return o;
          }
          o.events.reserve(coded->events.size());
          for (const Event& e : coded->events) o.events.push_back(EventJson(e));
          return o;
        },
        [&](Outcome&& o) { outcomes.push_back(std::move(o)); });
  }
  for (const Outcome& o : outcomes) {
    if (!o.status.ok()) {
      try {
        Raise(o.status.WithContext(o.where));
      } catch (...) {
        Fail();
      }
      // A raised error ends the stream where it happened; later articles are dropped.
      if (pending_) break;
      continue;
    }
    for (const Json& j : o.events) ready_.push_back(ToPython(j));
  }
}

}  // namespace dyad::python
