#!/usr/bin/env bash
# The record overview alone and while 4 clients ask for whole-record PDFs, against an
# application that is already running (as bench/overview-cpu.sh): the rate and p99 of
# each, and the PDF answers. With a GC log of the running JVM alongside
# (`jcmd <pid> VM.log output=gc.log what=gc`) it shows what the PDFs cost the pages.
# Usage: bench/overview-pdfs.sh BASE_URL [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1
SECONDS_EACH=${2:-30}
read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
COOKIE="Cookie: MEDKARTA_SESSION=$PARENT"
OVERVIEW="$BASE/records/children/$CHILD"
overview() { wrk -t2 -c8 -d"${SECONDS_EACH}s" --latency -H "$COOKIE" "$OVERVIEW" | awk '/Requests\/sec/ {r = $2} / 99%/ {p = $2} END {print r " req/s, p99 " p}'; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "overview alone: $(overview)"
CLIENTS=
for client in 1 2 3 4; do
  (end=$((SECONDS + SECONDS_EACH)); while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -H "$COOKIE" "$OVERVIEW/pdf"; done >"$OUT/$client") &
  CLIENTS="$CLIENTS $!"
done
echo "overview with PDFs: $(overview)"
wait $CLIENTS
cat "$OUT"/* | awk '{n[$1]++; t += $2} END {for (s in n) printf "PDF answers %s: %d; ", s, n[s]; printf "mean %.2f s\n", t / NR}'
