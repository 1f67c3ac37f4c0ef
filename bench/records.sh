#!/usr/bin/env bash
# The record's figures of issue 5 (docs/BENCHMARKS.md), on loopback with wrk, the
# application started with -Xmx256m and, as docs/CONFIGURATION.md advises, G1 with a 50 ms
# pause goal, a heap that starts at 64 MB and grows only while collections take more than
# a fifth of the time, the native heap trimmed every 5 s and MALLOC_ARENA_MAX=2:
#  1. generates CHILDREN children × ~500 entries through the import path (first start only;
#     10,000 children take about half an hour) and prints the rate the application logs;
#  2. gives the demo parent a grant for the demo son, through the pages;
#  3. warms up for WARM seconds (600 by default: the JIT compiler keeps a core busy for
#     minutes after the start on two cores), then 3 runs of 30 s: /actuator/health, the
#     record overview;
#  4. with FULL=1 also: whole-record and section PDFs one after another; the overview while
#     4 clients ask for PDFs (bench/overview-pdfs.sh); the import API over HTTP (bundles of 100); then a
#     lab-results section of some 2,000 entries for the son: a page of it and its PDF;
#  5. resident memory, sampled every second during all of the above, at its highest.
# Needs wrk, curl, python3 and pdfinfo (Debian: apt-get install wrk poppler-utils).
# Usage: ./mvnw -DskipTests package && CHILDREN=1000 FULL=1 bench/records.sh
# (RUNS=0 skips the overview runs; BENCH_JAR, BENCH_DATA_DIR, JAVA_OPTS, BENCH_ARGS as named.)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-target/medkarta-0.1.0-SNAPSHOT.jar}
CHILDREN=${CHILDREN:-1000}
DATA=${BENCH_DATA_DIR:-target/bench-records-$CHILDREN}
PORT=${BENCH_PORT:-18081}
WARM=${WARM:-600}
JAVA_OPTS=${JAVA_OPTS--Xms64m -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MarkStackSize=262144 -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BASE=http://127.0.0.1:$PORT
export MEDKARTA_DATA_DIR="$DATA" PORT

java -Xmx256m $JAVA_OPTS -jar "$JAR" --medkarta.bench.children="$CHILDREN" ${BENCH_ARGS:-} >"target/bench-records.log" 2>&1 &
PID=$!
SAMPLER=
trap 'kill $PID $SAMPLER 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do sleep 1; done
grep -h "Benchmark data" target/bench-records.log | tail -1

rss() { local pids; pids="$PID $(pgrep -f "$DATA/postgres" | tr '\n' ' ')"; ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}'; }
jvm() { ps -o rss= -p $PID | awk '{printf "%.0f", $1/1024}'; }
(while sleep 1; do echo "$(jvm) $(rss)"; done >target/bench-rss.txt) &
SAMPLER=$!

read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
COOKIE="Cookie: MEDKARTA_SESSION=$PARENT"
OVERVIEW="$BASE/records/children/$CHILD"
curl -fs -o /dev/null -w "overview once: %{http_code} in %{time_total} s\n" -H "$COOKIE" "$OVERVIEW"

echo "== warm-up, $WARM s"
wrk -t2 -c8 -d"${WARM}s" -H "$COOKIE" "$OVERVIEW" | grep Requests/sec
for run in $(seq "${RUNS:-3}"); do
  echo "== run $run: /actuator/health"
  wrk -t2 -c8 -d30s --latency "$BASE/actuator/health" | grep -E "Requests/sec|99%|50%"
  echo "== run $run: record overview"
  wrk -t2 -c8 -d30s --latency -H "$COOKIE" "$OVERVIEW" | grep -E "Requests/sec|99%|50%|Non-2xx"
done

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
seconds() { sort -n | awk '{a[NR]=$1} END {printf "min %s, median %s, p95 %s, max %s", a[1], a[int((NR+1)/2)], a[int(NR*0.95+0.5)], a[NR]}'; }
pdfs() { # URL TIMES
  for i in $(seq "$2"); do curl -fs -o target/bench-record.pdf -w "%{time_total}\n" -H "$COOKIE" "$1"; done | seconds
  echo " s; $(pages target/bench-record.pdf) pages"
}

if [ "${FULL:-0}" = 1 ]; then
  echo "== PDFs one after another, 20 each, after 10 not counted"
  for i in $(seq 10); do curl -fs -o /dev/null -H "$COOKIE" "$OVERVIEW/pdf"; done
  echo "whole record: $(pdfs "$OVERVIEW/pdf" 20)"
  for section in visits lab-results vaccinations; do
    echo "section $section: $(pdfs "$OVERVIEW/pdf?section=$section" 20)"
  done

  echo "== record overview alone, then while 4 clients ask for whole-record PDFs (at most 2 drawn at once, at most half the processors, resting while others wait)"
  bench/overview-pdfs.sh "$BASE" 30

  echo "== import over HTTP"
  # The son's 20 bundles (1,980 lab results) are for a data directory's first FULL run;
  # SON_BUNDLES=0 on later runs keeps his lab results at some 2,000.
  python3 bench/import.py "$BASE" 2 20:555000000 300:555000001 $([ "${SON_BUNDLES:-20}" = 0 ] || echo "${SON_BUNDLES:-20}:son")

  echo "== the son's lab results, one user, 20 times each"
  LABS="$OVERVIEW/lab-results"
  curl -fs -H "$COOKIE" "$LABS" | grep -o 'page=[0-9]*' | sort -t= -k2 -n | tail -1 || true
  for query in "" "?page=99" "?q=%D0%93%D0%B5%D0%BC%D0%BE%D0%B3%D0%BB%D0%BE%D0%B1%D0%B8%D0%BD" "?from=2015-01-01&to=2020-12-31"; do
    echo "lab-results$query: $(for i in $(seq 20); do curl -fs -o /dev/null -w "%{time_total}\n" -H "$COOKIE" "$LABS$query"; done | seconds) s"
  done
  echo "lab-results PDF: $(pdfs "$OVERVIEW/pdf?section=lab-results" 5)"
fi

kill $SAMPLER
sort -n -k2 target/bench-rss.txt | tail -1 | awk '{print "highest RSS: JVM " $1 " MB, JVM + PostgreSQL " $2 " MB"}'
