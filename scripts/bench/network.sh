#!/usr/bin/env bash
# Network reach: whole-process timings of foothold-cli on generated networks (docs/PERFORMANCE.md,
# "Network reach"). The databases are made once with the benchmark helper 'generate-network' and
# kept in $FOOTHOLD_BUILD_DIR/bench-data. Each figure is the median of 5 runs, wall clock, with
# the user+system CPU time of the same runs beside it (on a shared machine the wall clock also
# measures the neighbours). Usage: scripts/bench/network.sh [RUNS]
set -euo pipefail
build=${FOOTHOLD_BUILD_DIR:-build/release}
cli=$build/bin/foothold-cli
runs=${1:-5}
[[ -x $cli ]] || { echo "network.sh: build foothold-cli first ($cli)" >&2; exit 1; }
data=$build/bench-data
mkdir -p "$data"

database() { # CONTACTS LINKS -> path of a generated database
  local db=$data/network-$1-$2.sqlite3
  if [[ ! -f $db ]]; then
    "$cli" --db "$db.tmp" generate-network --contacts "$1" --links "$2" --seed 7 >&2
    mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
  fi
  echo "$db"
}

# Prints "median wall ms, median cpu ms" of RUNS runs of the command.
measure() {
  local walls=() cpus=() t0 t1 line
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    line=$( { /usr/bin/time -f "%U %S" "$@" > /dev/null; } 2>&1 | tail -1)
    t1=$(date +%s%N)
    walls+=($(((t1 - t0) / 1000000)))
    cpus+=($(awk -v u="${line% *}" -v s="${line#* }" 'BEGIN { printf "%d", (u + s) * 1000 }'))
  done
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo "$wall ms wall, $cpu ms cpu"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "100000 200000" "100000 300000" "100000 1000000"; do
  set -- $spec
  db=$(database "$1" "$2")
  echo "reach --json, $1 contacts, $2 links: $(measure "$cli" --db "$db" reach --json)  (budget 500 ms)"
done
db=$(database 100000 1000000)
echo "paths --to-company 'Company 1' --json, 100000 contacts, 1000000 links (whole process, load included): $(measure "$cli" --db "$db" paths --to-company "Company 1" --json)"
echo "paths --to-company 'Company 500' --json, same database: $(measure "$cli" --db "$db" paths --to-company "Company 500" --json)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
