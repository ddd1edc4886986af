#!/usr/bin/env bash
# Runs every conformance check (scripts/conformance/*.sh) over the real-world corpora of other
# projects: no crash, no hang, malformed files refused with a line number, well-formed files
# imported. Usage: scripts/conformance.sh CORPORA_DIR [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${1:?usage: conformance.sh CORPORA_DIR [BUILD_DIR]}
export FOOTHOLD_BUILD_DIR=${2:-$PWD/build/dev}
status=0
for script in scripts/conformance/*.sh; do
  [[ -e $script ]] || continue
  echo "== conformance: $(basename "$script" .sh)"
  bash "$script" "$corpora" || status=1
done
exit $status
