// Runs a function over a stream of items on several threads and hands the results to a
// consumer in input order, with a bounded number of items in flight, so memory stays
// bounded whatever the input size and output is identical for any thread count. This is
// how the pipeline runs many articles at once (oneTBB's parallel_pipeline: a serial
// in-order source, a parallel transform, a serial in-order sink).
#pragma once

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <cstddef>
#include <optional>
#include <utility>

namespace dyad {

// `next()` returns std::optional<In>: the next item, or nullopt at the end (called from
// one thread at a time, in order). `work(In&&) -> Out` runs concurrently on up to
// `threads` threads. `sink(Out&&)` is called once per item, in input order, one at a time.
// At most `max_in_flight` items exist at once. threads <= 1 runs everything inline on the
// calling thread, in the same order.
template <typename Next, typename Work, typename Sink>
void RunOrdered(int threads, size_t max_in_flight, Next&& next, Work&& work, Sink&& sink) {
  using In = typename std::invoke_result_t<Next&>::value_type;
  using Out = std::invoke_result_t<Work&, In&&>;
  if (threads <= 1) {
    while (auto item = next()) sink(work(std::move(*item)));
    return;
  }
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        max_in_flight < 1 ? 1 : max_in_flight,
        tbb::make_filter<void, In*>(tbb::filter_mode::serial_in_order,
                                    [&](tbb::flow_control& fc) -> In* {
                                      auto item = next();
                                      if (!item) {
                                        fc.stop();
                                        return nullptr;
                                      }
                                      return new In(std::move(*item));
                                    }) &
            tbb::make_filter<In*, Out*>(tbb::filter_mode::parallel,
                                        [&](In* in) -> Out* {
                                          Out* out = new Out(work(std::move(*in)));
                                          delete in;
                                          return out;
                                        }) &
            tbb::make_filter<Out*, void>(tbb::filter_mode::serial_in_order, [&](Out* out) {
              sink(std::move(*out));
              delete out;
            }));
  });
}

}  // namespace dyad
