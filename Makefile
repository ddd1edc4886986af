# The two commands of the quick start, and a few more. Each target installs what is missing first.
#   make run     install, build (release), open the app on its default database
#   make test    install, build (dev), run the whole suite through ctest
#   make build   release build; binaries in build/release/bin
#   make bench   release build; run the benchmarks (see docs/PERFORMANCE.md)
#   make asan    the suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make screenshots   every page, light and dark, on sample data, into docs/screenshots/

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ARGS ?=

.PHONY: deps run build test asan bench screenshots format clean

deps:
	@./scripts/install-deps.sh

build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

run: build
	./build/release/bin/foothold $(ARGS)

test: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)
	ctest --preset dev -j $(JOBS)

asan: deps
	cmake --preset asan-ubsan >/dev/null
	cmake --build --preset asan-ubsan -j $(JOBS)
	ctest --preset asan-ubsan -j $(JOBS)

bench: build
	./scripts/bench.sh

screenshots: build
	./scripts/screenshots.sh

format:
	find app cli core ui tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build
