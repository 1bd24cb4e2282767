#!/usr/bin/env bash
# Runs a built bundle the way a user would, to catch what PyInstaller left out.
#
#   packaging/smoke_test.sh dist/backplan [OUT_DIR]
#
# The bundle must answer --version; import a plan with history into a fresh data
# folder and write the clinician report, the plan sheet, the chart, the FHIR and
# iCalendar exports and the agenda with no display; install its menu entry into a
# scratch XDG folder; and open its window under Xvfb on the demo data, staying up
# until it is closed. Screenshots of the window (and, when xdotool is there, of the
# Plan, Log, Progress and Print sections; the window loads the last three by name) go
# to OUT_DIR (default: a temporary folder, printed at the end) for a person to look at.
# BACKPLAN_SMOKE_WAIT sets the seconds given to the window and to each section (6).
#
# Nothing outside the temporary folders is touched: HOME and the XDG folders point
# into them, so the bundle never sees the real data, settings or menu.
# Needs: xvfb-run (xvfb, xauth), import (imagemagick), pdfinfo (poppler-utils),
# python3; installed with apt-get when missing and running as root.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -x "$1/backplan" ]; then
  echo "usage: $0 DIST_DIR [OUT_DIR]   (DIST_DIR holds the bundle's backplan executable)" >&2
  exit 2
fi
DIST=$(cd "$1" && pwd)
BIN="$DIST/backplan"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXAMPLE="$ROOT/tests/data/examples/with-history.backplan.json"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/backplan-smoke.XXXXXX")
OUT=${2:-$WORK/screenshots}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# With OUT_DIR given, the scratch folder goes once the test passes; on a failure it
# stays, with the bundle's output in it, for a look.
if [ $# -ge 2 ]; then trap 'status=$?; [ "$status" -eq 0 ] && rm -rf "$WORK"; exit "$status"' EXIT; fi

step() { printf '\n== %s\n' "$*"; }
fail() { echo "SMOKE TEST FAILED: $* (files in $WORK)" >&2; exit 1; }

need_tools() {
  local missing=() tool pkg
  for pair in "$@"; do
    tool=${pair%%:*} pkg=${pair#*:}
    command -v "$tool" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  else
    fail "missing tools; install: ${missing[*]}"
  fi
}
need_tools pdfinfo:poppler-utils python3:python3 xvfb-run:xvfb xauth:xauth import:imagemagick

# A private home: the bundle's settings, caches and menu entry land here.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache" \
  XDG_DATA_HOME="$WORK/home/.local/share" MPLCONFIGDIR="$WORK/home/.cache/matplotlib"
mkdir -p "$HOME"
unset BACKPLAN_DATA_DIR
DATA="$WORK/data"
bp() { "$BIN" --data-dir "$DATA" "$@"; }

step "version"
version=$("$BIN" --version)
echo "$version"
[[ "$version" =~ ^backplan\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"

step "import a plan with history into a new data folder"
bp import "$EXAMPLE" 2>"$WORK/import.err" || { cat "$WORK/import.err" >&2; fail "import"; }
grep -q "imported a plan for" "$WORK/import.err" || fail "import did not say what it imported"
[ -s "$DATA/backplan.sqlite3" ] || fail "no database in the data folder"
start=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["plan"]["start"])' "$EXAMPLE")

step "clinician report"
bp report --out "$WORK/report.pdf"
pdfinfo "$WORK/report.pdf" | tee "$WORK/report.info" | grep -E "^(Title|Pages|Page size)"
pages=$(awk '/^Pages:/ {print $2}' "$WORK/report.info")
[ "${pages:-0}" -ge 1 ] || fail "the report has no pages"

step "plan sheet for the plan's first week"
bp sheet --week "$start" --out "$WORK/sheet.pdf"
pdfinfo "$WORK/sheet.pdf" | grep -E "^Pages:" || fail "the sheet is not a PDF"

step "chart (PDF and SVG canvases are loaded by name at run time)"
bp chart --out "$WORK/chart.pdf" 2>"$WORK/chart.err"
bp chart --out "$WORK/chart.svg" 2>>"$WORK/chart.err"
pdfinfo "$WORK/chart.pdf" | grep -E "^Pages:" || fail "the chart is not a PDF"
grep -q "<svg" "$WORK/chart.svg" || fail "the chart is not an SVG"
if grep -qi "warning" "$WORK/chart.err"; then cat "$WORK/chart.err" >&2; fail "the chart warned"; fi

step "agenda --json on the plan's first day"
bp agenda --date "$start" --json >"$WORK/agenda.json"
python3 - "$WORK/agenda.json" <<'EOF'
import json, sys
items = json.load(open(sys.argv[1]))
assert isinstance(items, list) and items, "the agenda of the plan's first day is empty"
assert all({"start", "end", "kind", "item", "title"} <= set(i) for i in items), items[0]
print(f"{len(items)} items, first: {items[0]['start']} {items[0]['title']}")
EOF

step "exports: FHIR bundle, iCalendar, CSV log"
bp export --fhir --out "$WORK/plan.fhir.json" 2>/dev/null
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); assert b["resourceType"]=="Bundle" and b["entry"]; print(len(b["entry"]), "FHIR entries")' "$WORK/plan.fhir.json"
bp calendar --from "$start" --days 7 --out "$WORK/plan.ics" 2>/dev/null
events=$(grep -c "BEGIN:VEVENT" "$WORK/plan.ics") || fail "the calendar has no events"
echo "$events calendar events (repeating ones as one event with a rule) from the plan's first day"
bp export --csv log --out "$WORK/log.csv" 2>/dev/null
[ "$(wc -l <"$WORK/log.csv")" -gt 1 ] || fail "the CSV log is empty"

step "menu entry from the bundle"
"$BIN" --install-desktop-entry 2>/dev/null
desktop="$XDG_DATA_HOME/applications/org.backplan.Backplan.desktop"
grep "^Exec=" "$desktop"
# backplan-gui is the link beside the executable that opens the window alone
grep -Eq "^Exec=\"?$DIST/backplan-gui\"? " "$desktop" || fail "the menu entry does not start this bundle's backplan-gui"
"$DIST/backplan-gui" --version | grep -q "^backplan " || fail "backplan-gui --version"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
"$BIN" --uninstall-desktop-entry 2>/dev/null
[ ! -e "$desktop" ] || fail "--uninstall-desktop-entry left the menu entry"

step "the window under Xvfb, on the demo data"
cat >"$WORK/window.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run: start the window, photograph it, close it.
set -u
BIN=$1 DATA=$2 OUT=$3 LOG=$4
QT_QPA_PLATFORM=xcb "$BIN" --data-dir "$DATA" --demo >"$LOG" 2>&1 &
pid=$!
sleep "${BACKPLAN_SMOKE_WAIT:-6}"
if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; echo "the window exited early with $?"; exit 1; fi
import -window root "$OUT/window.png"
if command -v xdotool >/dev/null; then
  win=$(xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1)
  if [ -n "$win" ]; then
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    # the sections' keyboard mnemonics: &Plan, &Log, P&rogress, Pr&int
    for section in plan:alt+p log:alt+l progress:alt+r print:alt+i; do
      xdotool key --window "$win" "${section#*:}"; sleep "${BACKPLAN_SMOKE_WAIT:-6}"
      kill -0 "$pid" 2>/dev/null || { echo "the window died on ${section%%:*}"; exit 1; }
      import -window root "$OUT/window-${section%%:*}.png"
    done
  fi
fi
kill "$pid"; wait "$pid" 2>/dev/null
exit 0
EOF
chmod +x "$WORK/window.sh"
env -u QT_QPA_PLATFORM -u MPLBACKEND xvfb-run -a -s "-screen 0 1280x800x24" \
  "$WORK/window.sh" "$BIN" "$WORK/gui-data" "$OUT" "$WORK/window.log" || { cat "$WORK/window.log" >&2; fail "window"; }
if grep -Eiq "traceback|error|could not load the qt platform plugin" "$WORK/window.log"; then
  cat "$WORK/window.log" >&2; fail "the window reported an error"
fi
[ -d "$WORK/gui-data/demo" ] || fail "--demo did not make its own folder inside the data folder"
[ -s "$OUT/window.png" ] || fail "no screenshot"
ls -1 "$OUT"/*.png

printf '\nSMOKE TEST PASSED: %s\nscreenshots in %s (look at them)\n' "$DIST" "$OUT"
exit 0
