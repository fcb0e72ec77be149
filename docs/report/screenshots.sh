#!/bin/sh
# Writes the HTML report of the paper's eleven proposals (examples/s*.proposal) and takes screenshots of its pages with
# Debian's headless Chromium (apt-get install chromium), to look at the report as a reader sees it.
#
#   docs/report/screenshots.sh [OUT_DIR] [HEIGHT]
#
# OUT_DIR (default: target/report-screenshots) gets the report in OUT_DIR/site and a PNG per page, 1280 pixels wide and
# HEIGHT pixels high (default: 1600; a large height such as 6000 shows whole pages). The two screenshots in docs/report
# were taken with the defaults: index.png and ImitativeAmplificationRelaxedAdversarialTraining.png.
# It also writes 'proposal-studio diff --format html' of §3 and §4 as OUT_DIR/diff-s03-s04.html, and a screenshot of its
# diagnostics and figures, 3000 pixels high (the list of changes above them left out of the picture):
# docs/report/diff-s03-s04.png.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/target/report-screenshots"}
height=${2:-1600}
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "screenshots.sh: no browser at $chromium; install one with 'apt-get install chromium'" >&2
  exit 2
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$root/proposal-studio" report "$root"/examples/s*.proposal --out "$out/site"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "$out"/site/*.html; do
  name=$(basename "$page" .html)
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,"$height" \
    --screenshot="$out/$name.png" "file://$page" >/dev/null 2>&1
  echo "$out/$name.png"
done
"$root/proposal-studio" diff --format html --out "$out/diff-s03-s04.html" "$root"/examples/s03-*.proposal "$root"/examples/s04-*.proposal
# the picture shows the figures side by side: drop the list of changes from a copy of the page
sed '/<section id="changes">/,/<\/section>/d' "$out/diff-s03-s04.html" >"$out/diff-s03-s04-figures.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1300,3000 \
  --screenshot="$out/diff-s03-s04.png" "file://$out/diff-s03-s04-figures.html" >/dev/null 2>&1
echo "$out/diff-s03-s04.png"
