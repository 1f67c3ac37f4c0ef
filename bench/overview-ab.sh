#!/usr/bin/env bash
# Two builds' record overview, interleaved so that the machine's drift falls on both: A and
# B run at once, each on its own copy of the same data directory, with the deployment's
# JVM options (as bench/records.sh); each is warmed, then ROUNDS rounds of 20 s of wrk (8
# connections) against one and then the other, the order alternating. Each line gives the
# rate, the p99 and the CPU per request of that build's JVM and of its PostgreSQL (the
# postmaster and its children).
# Needs a data directory made before (CHILDREN=1000 bench/records.sh, or a first start
# with --medkarta.bench.children=1000); it is copied for B, so stop everything using it.
# BENCH_DATA_DIR_B gives B a data directory of its own instead of the copy, to compare one
# build on two sets of data (for example 1,000 children against 10,000: JAR_A = JAR_B).
# ARGS_A and ARGS_B add application arguments to one side only, to compare a setting on one
# build (for example ARGS_B=--spring.thymeleaf.enable-spring-el-compiler=true).
# Usage: bench/overview-ab.sh JAR_A JAR_B [ROUNDS] [WARM_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR_A=$1
JAR_B=$2
ROUNDS=${3:-6}
WARM=${4:-240}
DATA_A=${BENCH_DATA_DIR:-target/bench-records-1000}
DATA_B=${BENCH_DATA_DIR_B:-$DATA_A-b}
JAVA_OPTS=${JAVA_OPTS--Xms64m -XX:+UseG1GC -XX:MaxGCPauseMillis=50 -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MarkStackSize=262144 -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if [ -z "${BENCH_DATA_DIR_B:-}" ]; then
  rm -rf "$DATA_B"
  cp -a "$DATA_A" "$DATA_B"
  rm -f "$DATA_B/postgres/postmaster.pid"
fi
start() { # JAR PORT DATA [ARGS...]
  local jar=$1 port=$2 data=$3
  shift 3
  MEDKARTA_DATA_DIR=$data PORT=$port java -Xmx256m $JAVA_OPTS -jar "$jar" --medkarta.bench.children=1000 "$@" \
    >"target/bench-ab-$port.log" 2>&1 &
  echo $!
}
# shellcheck disable=SC2086 # the extra arguments are words
PID_A=$(start "$JAR_A" 18081 "$DATA_A" ${ARGS_A:-})
# shellcheck disable=SC2086
PID_B=$(start "$JAR_B" 18082 "$DATA_B" ${ARGS_B:-})
trap 'kill $PID_A $PID_B 2>/dev/null || true' EXIT
for port in 18081 18082; do
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do sleep 1; done
done
read -r COOKIE_A CHILD_A < <(python3 bench/grant.py http://127.0.0.1:18081)
read -r COOKIE_B CHILD_B < <(python3 bench/grant.py http://127.0.0.1:18082)

. bench/ticks.sh
database() { # DATA -> the postmaster and its children
  local master
  master=$(pgrep -f "$1/postgres -p" | head -1)
  echo "$master $(pgrep -P "$master" | tr '\n' ' ')"
}
HZ=$(getconf CLK_TCK)
run() { # LABEL PORT COOKIE CHILD JVM DATA SECONDS
  local jvm0 db0 out
  jvm0=$(ticks "$5")
  db0=$(ticks $(database "$6"))
  out=$(wrk -t2 -c8 -d"$7s" --latency -H "Cookie: MEDKARTA_SESSION=$3" "http://127.0.0.1:$2/records/children/$4")
  echo "$out" | awk -v label="$1" -v jvm=$(($(ticks "$5") - jvm0)) -v db=$(($(ticks $(database "$6")) - db0)) -v hz="$HZ" '
    /requests in/ {n = $1}
    /Requests\/sec/ {rate = $2}
    / 99%/ {p99 = $2}
    /Non-2xx/ {bad = $0}
    END {printf "%s %s req/s, p99 %s; CPU per request: JVM %.2f ms, PostgreSQL %.2f ms %s\n",
      label, rate, p99, 1000 * jvm / hz / n, 1000 * db / hz / n, bad}'
}
a() { run A 18081 "$COOKIE_A" "$CHILD_A" "$PID_A" "$DATA_A" "$1"; }
b() { run B 18082 "$COOKIE_B" "$CHILD_B" "$PID_B" "$DATA_B" "$1"; }

echo "warm-up, $WARM s each:"
a "$WARM"
b "$WARM"
for round in $(seq "$ROUNDS"); do
  echo "round $round:"
  if [ $((round % 2)) = 1 ]; then a 20; b 20; else b 20; a 20; fi
done
