#!/usr/bin/env bash
# Foundation budget (issue 2): `foothold-cli stats --json` on a 100k-contact database, whole
# process, under 300 ms; and `list contacts --search` for reference.
set -euo pipefail
build=${FOOTHOLD_BUILD_DIR:?}
cli=$build/bin/foothold-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/bench.sqlite3
echo "generating 100,000 sample contacts…"
"$cli" --db "$db" sample --contacts 100000 >/dev/null
export FOOTHOLD_DB=$db
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs 20 --export-markdown "$work/stats.md" \
    "$cli stats --json" "$cli list contacts --json --search okafor" >/dev/null
  cat "$work/stats.md"
else
  for cmd in "stats --json" "list contacts --json --search okafor"; do
    start=$(date +%s%N); for _ in $(seq 20); do "$cli" $cmd >/dev/null; done; end=$(date +%s%N)
    echo "$cmd: $(( (end - start) / 20000000 )) ms mean of 20"
  done
fi
