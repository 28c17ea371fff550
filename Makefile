# The README's two commands. Both start by installing what is missing (Debian 12).
#   make demo   build in release mode and run dyad's main job on examples/
#   make test   build and run the whole test suite: release tests, sanitizer tests, fuzzers
JOBS ?= $(shell nproc)
# ccache keys on paths relative to the checkout, so a fresh clone reuses earlier builds.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
FUZZ_SECONDS ?= 10

.PHONY: demo test deps release asan bench clean

deps:
	scripts/install-deps

release: deps
	cmake --preset release >/dev/null
	cmake --build build/release -j $(JOBS)

asan: deps
	cmake --preset asan >/dev/null
	cmake --build build/asan -j $(JOBS)

demo: release
	scripts/demo build/release/cli/dyad

test: release
	ctest --test-dir build/release --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory asan
	ctest --test-dir build/asan -L unit --output-on-failure -j $(JOBS)
	scripts/run-fuzzers build/asan $(FUZZ_SECONDS)

bench: release
	scripts/run-benchmarks build/release

clean:
	rm -rf build out
