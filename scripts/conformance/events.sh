#!/usr/bin/env bash
# Conformance of the event planner's agenda import (foothold-cli import agenda) over the real
# Sched.com exports in CORPORA_DIR/ical/swiftarr-sched: every session kept with its track and
# room, re-import idempotent, the plan exported, other dates refused. No crash, no hang (each
# command under a timeout). Writes the "Events" section of docs/CONFORMANCE.md.
# Usage: scripts/conformance/events.sh CORPORA_DIR   (binaries from $FOOTHOLD_BUILD_DIR, default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=${1:?usage: events.sh CORPORA_DIR}
build=${FOOTHOLD_BUILD_DIR:-$PWD/build/dev}
cli=$build/bin/foothold-cli
[[ -x $cli ]] || { echo "events: no $cli (build foothold-cli first)" >&2; exit 1; }
[[ -d $corpora/ical/swiftarr-sched ]] || { echo "events: no $corpora/ical/swiftarr-sched" >&2; exit 1; }
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
exec "$python" scripts/conformance/events.py "$corpora/ical/swiftarr-sched" "$cli" docs/CONFORMANCE.md
