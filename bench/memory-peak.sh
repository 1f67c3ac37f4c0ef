#!/usr/bin/env bash
# The JVM's highest resident memory through the heaviest load the record scripts make,
# against an application that is already running (as bench/overview-cpu.sh): 30 bundles
# through the import API (which loads HAPI FHIR's classes for good, as the import step of
# bench/records.sh does), the overview under wrk for WARM seconds, then
# bench/overview-pdfs.sh (the overview while 4 clients ask for whole-record PDFs), then
# five PDFs of the son's lab results one after another. The RSS of the JVM's process is
# sampled every second throughout.
# Usage: bench/memory-peak.sh BASE_URL JVM_PID [WARM_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1
JVM=$2
WARM=${3:-120}
SAMPLES=$(mktemp)
rss() { ps -o rss= -p "$JVM" | awk '{printf "%d", $1 / 1024}'; }
(while sleep 1; do rss; echo; done >"$SAMPLES") &
SAMPLER=$!
trap 'kill "$SAMPLER" 2>/dev/null || true; rm -f "$SAMPLES" "$SAMPLES.pdf"' EXIT
python3 bench/import.py "$BASE" 2 30:555000002
read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
COOKIE="Cookie: MEDKARTA_SESSION=$PARENT"
OVERVIEW="$BASE/records/children/$CHILD"
echo "overview for $WARM s: $(wrk -t2 -c8 -d"${WARM}s" -H "$COOKIE" "$OVERVIEW" | awk '/Requests\/sec/ {print $2}') req/s; RSS $(rss) MB"
[ "$WARM" -ge 61 ] || sleep $((61 - WARM)) # bench/overview-pdfs.sh signs in again; one code a minute
bench/overview-pdfs.sh "$BASE" 30
echo "RSS after the overview with PDFs: $(rss) MB"
for i in 1 2 3 4 5; do
  curl -fs -o "$SAMPLES.pdf" -w "%{time_total} " -H "$COOKIE" "$OVERVIEW/pdf?section=lab-results"
done
echo "s: five lab-results PDFs of $(pdfinfo "$SAMPLES.pdf" | awk '/^Pages:/ {print $2}') pages"
echo "highest RSS of the JVM: $(sort -n "$SAMPLES" | tail -1) MB"
