#!/usr/bin/env bash
# The event planner's return for every event, whole process (docs/PERFORMANCE.md, "Events"):
# `event roi --all --json` on the sample data of 100,000 contacts, which has 1,000 events
# (sample scales events at 1 per 100 contacts, up to 1,000), timed with hyperfine. The reference
# measured in the same run is `list events --json` on the same database (a process that opens it
# and prints the 1,000 events). The database is made once and kept in $FOOTHOLD_BUILD_DIR/bench-data.
# Then the agenda import (issue budget: 2,000 sessions in 100 ms or less): BM_AgendaImport and the
# libical reading alone (BM_AgendaParseOnly), seven repetitions each, their medians (wall and CPU).
# Usage: scripts/bench/events.sh [RUNS]   (issue budget: 200 ms or less)
set -euo pipefail
build=${FOOTHOLD_BUILD_DIR:-build/release}
cli=$build/bin/foothold-cli
runs=${1:-10}
[[ -x $cli ]] || { echo "events.sh: build foothold-cli first ($cli)" >&2; exit 1; }
command -v hyperfine > /dev/null || { echo "events.sh: hyperfine is not installed" >&2; exit 1; }
data=$build/bench-data
mkdir -p "$data"
db=$data/events-sample-100000.sqlite3
if [[ ! -f $db ]]; then
  "$cli" --db "$db.tmp" sample --contacts 100000 --seed 2026 >&2
  mv "$db.tmp" "$db"
  rm -f "$db.tmp-wal" "$db.tmp-shm"
fi
events=$("$cli" --db "$db" list events --json | grep -c '"id"' || true)
echo "database: 100000 sample contacts, $events events"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "$runs" --style basic --export-markdown "$data/events-roi.md" \
  -n "event roi --all --json" "$cli --db $db event roi --all --json" \
  -n "reference: list events --json" "$cli --db $db list events --json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

bench=$build/tests/benchmarks/foothold_benchmarks
if [[ -x $bench ]]; then
  echo "agenda import, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$bench" --benchmark_filter='BM_Agenda' --benchmark_repetitions=7 --benchmark_report_aggregates_only=true | grep -E 'Benchmark|median'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "events.sh: no $bench: the agenda import is not timed" >&2
fi
