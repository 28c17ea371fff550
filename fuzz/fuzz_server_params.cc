// Fuzzes the server's request parsing down to the store: the input is a query string (as
// httplib decodes it) or, after a first byte '{', a JSON body; every API endpoint is then
// called with the parameters on the hand-written sample store. Any answer is fine; a
// crash, a sanitizer report or an Internal status is not.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <httplib.h>

#include "server/api.h"
#include "server/params.h"
#include "server/sample_store.h"

namespace {

dyad::server::Api* api = nullptr;
std::string store_path;

void RemoveStore() {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((store_path + suffix).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* tmp = std::getenv("TMPDIR");
  store_path = std::string(tmp && *tmp ? tmp : "/tmp") + "/dyad_fuzz_server_" + std::to_string(getpid()) + ".db";
  RemoveStore();
  if (!dyad::server::WriteSampleStore(store_path).ok()) std::abort();
  std::atexit(RemoveStore);
  auto opened = dyad::server::Api::Open(store_path, {1, std::chrono::milliseconds(1000)});
  if (!opened.ok()) std::abort();
  api = std::move(opened).value().release();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  dyad::server::Params params;
  if (!input.empty() && input[0] == '{') {
    auto p = dyad::server::ParamsFromJsonBody(input);
    if (!p.ok()) return 0;
    params = std::move(p).value();
  } else {
    httplib::detail::parse_query_text(input, params);
  }
  using Endpoint = dyad::Result<std::string> (dyad::server::Api::*)(const dyad::server::Params&);
  for (Endpoint e : {&dyad::server::Api::Events, &dyad::server::Api::Timeline, &dyad::server::Api::Network,
                     &dyad::server::Api::Places, &dyad::server::Api::Actors, &dyad::server::Api::Dyads,
                     &dyad::server::Api::Article, &dyad::server::Api::Summary}) {
    dyad::Result<std::string> r = (api->*e)(params);
    if (!r.ok() && r.status().code() == dyad::StatusCode::kInternal) {
      std::fprintf(stderr, "internal error for '%s': %s\n", input.c_str(), r.status().ToString().c_str());
      std::abort();
    }
  }
  return 0;
}
