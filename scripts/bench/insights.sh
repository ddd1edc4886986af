#!/usr/bin/env bash
# The Insights page drawn with 100k contacts and 20k conversations (budget: 200 ms), against the
# reference of the same page on the default sample (300 contacts), measured in the same run; and the
# parts of a draw.
# Figures and how to read them: docs/PERFORMANCE.md, "Insights page".
# Usage: scripts/bench/insights.sh [extra Google Benchmark options]  (binaries from $FOOTHOLD_BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${FOOTHOLD_BUILD_DIR:-$PWD/build/release}
bench=$build/tests/benchmarks/ui/foothold_ui_benchmarks
[[ -x $bench ]] || { echo "insights bench: no $bench (cmake --preset release && cmake --build --preset release --target foothold_ui_benchmarks)" >&2; exit 1; }
# Settings and data of the run stay in a scratch directory.
scratch=$(mktemp -d /tmp/foothold-bench-insights-XXXXXX)
trap 'rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data QT_QPA_PLATFORM=offscreen \
  "$bench" --benchmark_filter=BM_Insights --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_counters_tabular=true "$@"
