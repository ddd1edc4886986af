#!/usr/bin/env bash
# Runs every benchmark on the release build: the Google Benchmark programs, then each scripted
# end-to-end timing in scripts/bench/*.sh. Figures and how to read them: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
[[ -x $build/tests/benchmarks/foothold_benchmarks ]] || { echo "bench: build the release preset first (make build)" >&2; exit 1; }
export FOOTHOLD_BUILD_DIR=$PWD/$build
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
echo "== Google Benchmark"
"$build/tests/benchmarks/foothold_benchmarks" --benchmark_counters_tabular=true "$@"
for script in scripts/bench/*.sh; do
  [[ -e $script ]] || continue
  echo "== $(basename "$script")"
  bash "$script"
done
