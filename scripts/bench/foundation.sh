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

# The floor under the insert budget: SQLite itself writing 100,000 contacts of the shape
# BM_InsertContacts writes into Foothold's own schema, in one INSERT … SELECT (no C++ at all): as
# the schema is, then without the search index's trigger, then also without the secondary indexes,
# and last into a bare table, for the host's own pace. CPU seconds (user + system) of the statements.
floor() {
  local label=$1 prepare=$2 copy=$work/floor.sqlite3
  rm -f "$copy"*
  "$cli" --db "$copy" stats >/dev/null # an empty database at the current schema
  [[ -n $prepare ]] && sqlite3 "$copy" "$prepare"
  sqlite3 "$copy" <<'SQL' | awk -v label="$label" '/Run Time/ { cpu += $6 + $8 } END { printf "%s: %.2f s CPU for 100,000 rows (%d rows/s)\n", label, cpu, 100000 / cpu }'
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -32768;
INSERT INTO companies(id, name, normalized_name, created_at, updated_at)
  SELECT value, 'Company ' || value, 'company ' || value, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM generate_series(1, 500);
.timer on
BEGIN;
INSERT INTO contacts(name, headline, company_id, emails, phones, urls, addresses, location, channel, role, connected_on,
                     cadence_days, prospect, notes, sample, created_at, updated_at)
  SELECT 'Person ' || value || ' Lastname', 'Software Engineer', 1 + value % 500,
         '[{"value":"person' || value || '@example.com","type":"work"}]', '[]',
         '[{"value":"https://www.linkedin.com/in/person-' || value || '","type":"linkedin"}]', '[]', '', 'linkedin', 'none',
         date('2024-01-01', '+' || (value % 700) || ' days'), 0, 0, '', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM generate_series(1, 100000);
COMMIT;
SQL
}
echo "SQLite's own floor for the insert budget (sqlite3 shell, Foothold's schema):"
floor "  with the search index" ""
floor "  without the search index's trigger" "DROP TRIGGER contacts_search_insert"
floor "  without the trigger and the two secondary indexes an insert touches" \
  "DROP TRIGGER contacts_search_insert; DROP INDEX contacts_company; DROP INDEX contacts_channel_connected"
# The host's own pace, for scale: the same rows into a table of the same columns with nothing on it
# (no CHECK, no foreign key, no index, no trigger): what SQLite does on this machine at best.
floor "  a bare table of the same columns (no constraints, no index, no trigger)" \
  "PRAGMA foreign_keys = OFF; DROP TABLE contacts; CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT, headline TEXT,
   company_id INTEGER, emails TEXT, phones TEXT, urls TEXT, addresses TEXT, location TEXT, channel TEXT, role TEXT,
   connected_on TEXT, cadence_days INTEGER, prospect INTEGER, notes TEXT, sample INTEGER, created_at TEXT, updated_at TEXT)"
