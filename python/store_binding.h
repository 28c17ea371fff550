// dyad.Store: read access to an event store written by `dyad code --db` (store/query.h)
// from Python. Filters are keyword arguments named like `dyad query`'s options; rows
// come back as dicts, events in dyad's native schema.
#pragma once

#include <pybind11/pybind11.h>

namespace dyad::python {

// Adds the Store class to module `m`.
void BindStore(pybind11::module_& m);

}  // namespace dyad::python
