#!/usr/bin/env bash
# The record's figures of issue 5 (docs/BENCHMARKS.md), on loopback with wrk:
#  1. generates CHILDREN children × ~500 entries through the import path (first start only),
#     and prints the import rate the application logs;
#  2. gives the demo parent a grant for the demo son, through the pages;
#  3. the record overview page (signed in, policy, audit row) and /actuator/health, 8
#     connections, 3 runs of 30 s after a warm-up, latency distribution;
#  4. whole-record PDFs one after another, and resident memory.
# Usage: ./mvnw -DskipTests package && CHILDREN=1000 bench/records.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/medkarta-0.1.0-SNAPSHOT.jar
CHILDREN=${CHILDREN:-1000}
DATA=${BENCH_DATA_DIR:-target/bench-records-$CHILDREN}
PORT=${BENCH_PORT:-18081}
BASE=http://127.0.0.1:$PORT
export MEDKARTA_DATA_DIR="$DATA" PORT

java -Xmx256m -jar "$JAR" --medkarta.bench.children="$CHILDREN" >"target/bench-records.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do sleep 1; done
grep -h "Benchmark data" target/bench-records.log | tail -1

read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
OVERVIEW="$BASE/records/children/$CHILD"
curl -fs -o /dev/null -w "overview once: %{http_code} in %{time_total} s\n" -b "MEDKARTA_SESSION=$PARENT" "$OVERVIEW"

echo "== warm-up"
wrk -t2 -c8 -d15s -H "Cookie: MEDKARTA_SESSION=$PARENT" "$OVERVIEW" >/dev/null
for run in 1 2 3; do
  echo "== run $run: /actuator/health"
  wrk -t2 -c8 -d30s --latency "$BASE/actuator/health" | grep -E "Requests/sec|99%|50%"
  echo "== run $run: record overview"
  wrk -t2 -c8 -d30s --latency -H "Cookie: MEDKARTA_SESSION=$PARENT" "$OVERVIEW" | grep -E "Requests/sec|99%|50%|Non-2xx"
done

echo "== whole-record PDF, 10 times one after another"
for i in $(seq 10); do
  curl -fs -o target/bench-record.pdf -w "%{time_total}\n" -b "MEDKARTA_SESSION=$PARENT" "$OVERVIEW/pdf"
done | sort -n | awk '{a[NR]=$1} END {print "PDF seconds: min " a[1] ", median " a[int((NR+1)/2)] ", max " a[NR]}'

rss() { local pids; pids="$PID $(pgrep -P "$PID" | tr '\n' ' ') $(pgrep -f "$DATA/postgres" | tr '\n' ' ')"; ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}'; }
echo "RSS: JVM $(ps -o rss= -p $PID | awk '{printf "%.0f", $1/1024}') MB, JVM + PostgreSQL $(rss) MB"
