#!/usr/bin/env bash
# Conformance of the vCard, iCalendar and LinkedIn readers over the real-world corpora (see
# formats_check.py for what is checked). Usage: scripts/conformance/formats.sh CORPORA_DIR
# Uses $FOOTHOLD_BUILD_DIR/bin/formats_probe (default build/dev); exits non-zero on a crash, a
# hang or a result that is neither expected nor listed with its reason. The results table goes
# to docs/CONFORMANCE.md (between the formats markers).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=${1:?usage: formats.sh CORPORA_DIR}
build=${FOOTHOLD_BUILD_DIR:-build/dev}
probe=$build/bin/formats_probe
[[ -x $probe ]] || { echo "formats: build formats_probe first (cmake --build --preset dev --target formats_probe)" >&2; exit 1; }
# Floating times and the expansion window must not depend on the machine.
export TZ=UTC LANG=C.UTF-8
exec /usr/bin/python3 scripts/conformance/formats_check.py "$corpora" "$probe" --doc docs/CONFORMANCE.md
