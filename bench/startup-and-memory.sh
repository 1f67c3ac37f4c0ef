#!/usr/bin/env bash
# Measures, for the packaged jar on an existing data directory:
#  1. seconds from `java -jar` to /actuator/health answering UP,
#  2. resident memory (RSS of the JVM plus its embedded PostgreSQL) after start,
#  3. the same after 1,000 loads of the sign-in page,
#  4. sign-in page throughput with wrk on loopback.
# Usage: ./mvnw -DskipTests package && bench/startup-and-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/medkarta-0.1.0-SNAPSHOT.jar
DATA=${BENCH_DATA_DIR:-target/bench-data}
PORT=${BENCH_PORT:-18080}
export MEDKARTA_DATA_DIR="$DATA" PORT

rss_mb() { # the JVM and every process it started (the embedded PostgreSQL)
  local pids; pids="$1 $(pgrep -P "$1" | tr '\n' ' ') $(pgrep -f "$DATA/postgres" | tr '\n' ' ')"
  ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}'
}
jvm_rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
start() {
  local t0; t0=$(date +%s.%N)
  java -Xmx256m -jar "$JAR" >"target/bench-$1.log" 2>&1 &
  echo $! >target/bench.pid
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.1; done
  echo "$(date +%s.%N) - $t0" | bc
}
stop() {
  local pid; pid=$(cat target/bench.pid)
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

echo "first start (creates $DATA, loads demo data): $(start first) s"; stop
for i in 1 2 3; do
  echo "start $i with existing data: $(start again) s"
  [ "$i" -lt 3 ] && stop
done
sleep 2
PID=$(cat target/bench.pid)
echo "RSS after start: JVM $(jvm_rss_mb "$PID") MB, JVM + PostgreSQL $(rss_mb "$PID") MB"
for i in $(seq 1000); do curl -s -o /dev/null "http://127.0.0.1:$PORT/signin"; done
echo "RSS after 1,000 sign-in page loads: JVM $(jvm_rss_mb "$PID") MB, JVM + PostgreSQL $(rss_mb "$PID") MB"
if command -v wrk >/dev/null; then
  wrk -t2 -c16 -d20s "http://127.0.0.1:$PORT/signin"
  echo "RSS after wrk: JVM $(jvm_rss_mb "$PID") MB, JVM + PostgreSQL $(rss_mb "$PID") MB"
fi
stop
