#!/usr/bin/env bash
# Conformance of the transcript readers (WebVTT, SubRip) over the real-world corpora in
# CORPORA_DIR/transcripts: no crash and no hang on any file; files the suites call invalid refused
# with FILE:LINE (or read with a stated warning where suites disagree); valid ones read with the cue
# counts (and, for mozilla/vtt.js, the cue times) their suites expect; the real two-speaker talk
# measured sensibly. Writes its results into the "Transcripts" section of docs/CONFORMANCE.md.
# Usage: scripts/conformance/transcripts.sh CORPORA_DIR   (binaries from $FOOTHOLD_BUILD_DIR, default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=${1:?usage: transcripts.sh CORPORA_DIR}
build=${FOOTHOLD_BUILD_DIR:-$PWD/build/dev}
cli=$build/bin/foothold-cli
[[ -x $cli ]] || { echo "transcripts: no $cli (build foothold-cli first)" >&2; exit 1; }
[[ -d $corpora/transcripts ]] || { echo "transcripts: no $corpora/transcripts" >&2; exit 1; }
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
exec "$python" scripts/conformance/transcripts.py "$corpora/transcripts" "$cli" docs/CONFORMANCE.md
