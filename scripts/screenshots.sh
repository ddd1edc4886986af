#!/usr/bin/env bash
# Renders every page of the app, light and dark, on sample data, into docs/screenshots/PAGE-THEME.png
# (what `make screenshots` runs), and the event planner's Plan, Before, Agenda and Return tabs
# (event-planner-THEME.png, event-before-…, event-agenda-…, event-return-…). Each picture is the real window in a real X server (Xvfb), taken
# with xdotool and ImageMagick's import; all three come from scripts/install-deps.sh.
#
#   scripts/screenshots.sh [OUT_DIR]        # default docs/screenshots
#   FOOTHOLD_BUILD_DIR=build/dev scripts/screenshots.sh
#
# The page keys come from the app itself (foothold --list-pages), so a new page is pictured without
# touching this script. Settings go to a throw-away directory: the user's own are never read or
# changed, and every picture starts from the default layout.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FOOTHOLD_BUILD_DIR:-build/release}
out=${1:-docs/screenshots}
app=$build/bin/foothold
cli=$build/bin/foothold-cli
size=${SCREENSHOT_SIZE:-1280x800}
for tool in Xvfb xdotool import "$app" "$cli"; do
  command -v "$tool" >/dev/null || [[ -x $tool ]] || { echo "screenshots: $tool is missing (make build; scripts/install-deps.sh)" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
db=$work/sample.sqlite3
"$cli" --db "$db" sample >/dev/null
# The planner's settings (in the throw-away settings above): a budget for the Plan tab's budget line,
# a few interests for its topic part, and the sample's costs' own currency.
"$cli" --db "$db" events settings --budget 2500 --home-currency EUR --interest python --interest rust \
  --interest typescript --interest kubernetes >/dev/null

# A free display number: the first without a lock file.
display=99
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [[ -S /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
sleep 0.3
export DISPLAY=:$display QT_QPA_PLATFORM=xcb

mkdir -p "$out"
mapfile -t pages < <("$app" --list-pages)
[[ ${#pages[@]} -gt 0 ]] || { echo "screenshots: the app listed no pages" >&2; exit 1; }
width=${size%x*}
height=${size#*x}
count=0
# shoot NAME THEME TITLE_REGEX APP_ARGS...: starts the app, waits for its window whose title matches
# (a dialog opened over the main window has its own), fills the screen with it and takes the picture.
shoot() {
  local name=$1 theme=$2 title=$3 wid match=()
  shift 3
  "$app" --db "$db" --theme "$theme" "$@" >"$work/app.log" 2>&1 &
  app_pid=$!
  # xdotool: --name is a flag, the pattern comes last.
  [[ -n $title ]] && match=(--all --name "$title")
  if ! wid=$(timeout 20 xdotool search --sync --onlyvisible --pid "$app_pid" "${match[@]}" 2>/dev/null | head -n1) || [[ -z $wid ]]; then
    echo "screenshots: no window for $name ($theme); the app said:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  # The whole screen is the window's: no window manager, no decorations.
  xdotool windowmove "$wid" 0 0 windowsize "$wid" "$width" "$height"
  xdotool mousemove "$((width - 1))" "$((height - 1))" # no hover highlight
  sleep "${SCREENSHOT_WAIT:-2}"
  import -window "$wid" "$out/$name-$theme.png"
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  count=$((count + 1))
  echo "screenshots: $out/$name-$theme.png"
}
for page in "${pages[@]}"; do
  for theme in light dark; do
    shoot "$page" "$theme" "" --page "$page"
  done
done

# The event planner (a dialog over the Events page): the ranked plan with the budget, the agenda of
# the soonest event that has one (the sample data gives one) and its brief (pitch, checklist), and the
# return comparison.
windows=(event-planner event-before event-agenda event-return)
for window in "${windows[@]}"; do
  for theme in light dark; do
    shoot "$window" "$theme" "^Event planner" --open "$window"
  done
done

# Windows over the main one: the import wizard's preview (of a later LinkedIn export that updates
# two people and finds a likely duplicate) and then the possible duplicates that import left.
"$cli" --db "$db" import linkedin tests/fixtures/formats/linkedin/connections-standard.csv >/dev/null 2>&1
shoot_window() { # NAME THEME KEYS ARGS...
  local name=$1 theme=$2 keys=$3
  shift 3
  "$app" --db "$db" --theme "$theme" "$@" >"$work/app.log" 2>&1 &
  app_pid=$!
  if ! timeout 20 xdotool search --sync --onlyvisible --pid "$app_pid" >/dev/null 2>&1; then
    echo "screenshots: no window for $name ($theme); the app said:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  sleep 1.5
  [[ -n $keys ]] && xdotool $keys && sleep 1.5
  # The whole screen: the main window with the dialog over it, as the user sees them.
  import -window root "$out/$name-$theme.png"
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  count=$((count + 1))
  echo "screenshots: $out/$name-$theme.png"
}
for theme in light dark; do
  shoot_window import-wizard "$theme" "" --import tests/fixtures/formats/linkedin/connections-later.csv
  shoot_window import-preview "$theme" "key Return" --import tests/fixtures/formats/linkedin/connections-later.csv
done
"$cli" --db "$db" import linkedin tests/fixtures/formats/linkedin/connections-later.csv >/dev/null 2>&1
for theme in light dark; do
  shoot_window duplicates "$theme" "" --open duplicates
done
echo "screenshots: $count pictures of ${#pages[@]} pages and their windows in $out"
