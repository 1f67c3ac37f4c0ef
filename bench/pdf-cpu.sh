#!/usr/bin/env bash
# The son's lab-results PDF (some 2,000 entries, 108 pages in the record bench's data)
# one after another, against an application that is already running (as
# bench/overview-cpu.sh): the time of each, and the processor time the JVM spent per PDF
# (read from /proc before and after; the collector's threads count too, so this shows what
# a PDF costs the machine, not only the request's own thread).
# Usage: bench/pdf-cpu.sh BASE_URL JVM_PID [PDFS] [WARM_PDFS]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1
JVM=$2
COUNT=${3:-10}
WARM=${4:-8}
read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
PDF="$BASE/records/children/$CHILD/pdf?section=lab-results"
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
get() { curl -fs -o "$OUT" -w "%{time_total}\n" -H "Cookie: MEDKARTA_SESSION=$PARENT" "$PDF"; }
. bench/ticks.sh

for i in $(seq "$WARM"); do get >/dev/null; done
before=$(ticks "$JVM")
times=$(for i in $(seq "$COUNT"); do get; done | sort -n)
after=$(ticks "$JVM")
echo "$times" | awk -v n="$COUNT" -v cpu=$((after - before)) -v hz="$(getconf CLK_TCK)" -v pages="$(pdfinfo "$OUT" | awk '/^Pages:/ {print $2}')" '
  {t[NR] = $1}
  END {printf "%d PDFs of %s pages: median %.2f s, p95 %.2f s, max %.2f s; JVM CPU per PDF %.2f s\n",
    n, pages, t[int((n + 1) / 2)], t[int(n * 0.95 + 0.5)], t[n], cpu / hz / n}'
