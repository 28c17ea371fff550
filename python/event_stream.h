// EventStream: the iterator behind Coder.code_many. It pulls articles from a Python
// iterable in batches, codes each batch on `jobs` threads with the GIL released
// (util/ordered_parallel.h, so events come out in input order whatever `jobs` is), and
// hands the events back one dict at a time. Memory stays bounded by one batch however
// long the input; with jobs <= 1 a batch is one article, so events stream as soon as
// their article is coded.
#pragma once

#include <pybind11/pybind11.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <string>

#include "pipeline/coder.h"

namespace dyad::python {

namespace py = pybind11;

// What to do with an article that cannot be read or coded.
enum class OnError {
  kRaise,   // raise its exception once the events before it have been delivered
  kWarn,    // emit a RuntimeWarning naming it and go on, as `dyad code` does
  kIgnore,  // skip it silently
};

// "raise", "warn" or "ignore"; ValueError otherwise.
OnError ParseOnError(const std::string& name);

class EventStream {
 public:
  // `articles` is any iterable of str or dict (see ArticleArg in convert.h); articles
  // without an id are named "python:N", N counting from 1.
  EventStream(std::shared_ptr<const pipeline::Coder> coder, const py::iterable& articles, int jobs,
              OnError on_error);

  // The next event dict; raises StopIteration at the end. Requires the GIL. RuntimeError
  // when another thread is inside Next at the same time.
  py::object Next();

  uint64_t articles_read() const { return record_; }

 private:
  // Reads up to one batch of articles and codes them, filling ready_ (or pending_).
  void Fill();
  // Applies on_error_ to the exception now being handled (inside a catch block).
  void Fail();

  std::shared_ptr<const pipeline::Coder> coder_;
  py::iterator iter_;
  int jobs_;
  OnError on_error_;
  uint64_t record_ = 0;
  bool exhausted_ = false;
  std::exception_ptr pending_;  // raised once ready_ is drained
  std::deque<py::object> ready_;
  std::atomic<bool> busy_ = false;
};

}  // namespace dyad::python
