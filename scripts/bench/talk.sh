#!/usr/bin/env bash
# End-to-end timing of `foothold-cli balance` on a 3-hour meeting of 10,000 cues (WebVTT as Teams
# writes it, SubRip in UTF-16 as Zoom's captions saved by a player, and Google Meet's text), against
# the reference of the same binary doing nothing (`--version`: process start and Qt's set-up),
# measured in the same run. Figures and how to read them: docs/PERFORMANCE.md, "Talk share".
# Usage: scripts/bench/talk.sh [RUNS]   (binaries from $FOOTHOLD_BUILD_DIR, default build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${FOOTHOLD_BUILD_DIR:-$PWD/build/release}
cli=$build/bin/foothold-cli
[[ -x $cli ]] || { echo "talk bench: no $cli (cmake --preset release && cmake --build --preset release --target foothold-cli)" >&2; exit 1; }
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
exec "$python" - "$cli" "${1:-21}" <<'PY'
import os, random, resource, statistics, subprocess, sys, tempfile, time

cli, runs = sys.argv[1], int(sys.argv[2])
scratch = tempfile.mkdtemp(prefix="foothold-bench-talk-")
env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(scratch, "config"), XDG_DATA_HOME=os.path.join(scratch, "data"),
           HOME=scratch, FOOTHOLD_DB=os.path.join(scratch, "unused.sqlite3"))

# The same shape as tests/benchmarks/TalkBenchmark.cpp: two people talking in runs, a third now and
# then, cues of about a second that sometimes overlap, a question every few cues.
rng = random.Random(20260615)
speakers = ["Ana Lima", "Ben Okafor", "Carla Mendes"]
words = "the team ships a release every week and I think that works because we review code together so what matters most is trust in how people learn".split()
cues, seconds = 10_000, 3 * 3600.0
step, speaker, turns = seconds / cues, 0, []
for i in range(cues):
    if rng.random() < 0.3:
        speaker = 2 if rng.random() < 0.1 else (1 if speaker != 1 else 0)
    text = " ".join(rng.choice(words) for _ in range(6 + rng.randrange(9))) + ("?" if rng.random() < 1 / 6 else ".")
    start = i * step
    turns.append((start, start + step * (0.8 + rng.randrange(40) / 100), speakers[speaker], text))

def stamp(t, sep):
    ms = int(t * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"

vtt = ["WEBVTT", "", 'NOTE duration:"03:00:00.0000000"', ""]
for i, (a, b, who, text) in enumerate(turns):
    vtt += [f"8c3f2a1e-4b7d-4e09-9a51-{i:012d}/{i}-0", f"{stamp(a, '.')} --> {stamp(b, '.')}", f"<v {who}>{text}</v>", ""]
srt = []
for i, (a, b, who, text) in enumerate(turns):
    srt += [str(i + 1), f"{stamp(a, ',')} --> {stamp(b, ',')}", f"{who}: {text}", ""]
meet = ["Weekly sync - Transcript", "00:00:00", " "]
for i, (a, b, who, text) in enumerate(turns):
    if i and i % 150 == 0:
        meet += [stamp(a, ".")[:8], " "]
    meet.append(f"{who}: {text}")
meet.append("Transcription ended after 03:00:00")

files = {}
for name, lines, encoding in [("meeting.vtt", vtt, "utf-8"), ("meeting.srt", srt, "utf-16"), ("meeting.txt", meet, "utf-8")]:
    path = os.path.join(scratch, name)
    with open(path, "w", encoding=encoding, newline="\n") as f:  # Python's utf-16 writes a byte-order mark
        f.write("\n".join(lines) + "\n")
    files[name] = path

def timed(args):
    """Median and minimum of the wall time, and median CPU time (user + system) of the child, in ms."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([cli, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        if done.returncode != 0:
            sys.exit(f"talk bench: {' '.join(args)} failed: {done.stderr.decode()}")
    return statistics.median(walls), min(walls), statistics.median(cpus)

reference = timed(["--version"])
print(f"runs: {runs} of each; times in ms; wall time median and min, CPU time (user + system) median")
print(f"{'what':<40} {'wall':>7} {'min':>7} {'cpu':>7} {'cpu - ref':>9} {'ratio':>6}")
print(f"{'reference: foothold-cli --version':<40} {reference[0]:7.1f} {reference[1]:7.1f} {reference[2]:7.1f} {'':>9} {1:6.2f}")
for name, path in files.items():
    wall, low, cpu = timed(["balance", path, "--me", "Ana Lima", "--json"])
    label = f"balance {name} ({os.path.getsize(path) / 1e6:.2f} MB)"
    print(f"{label:<40} {wall:7.1f} {low:7.1f} {cpu:7.1f} {cpu - reference[2]:9.1f} {wall / reference[0]:6.2f}")
PY
