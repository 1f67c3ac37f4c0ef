#!/usr/bin/env bash
# The record overview's rate and its CPU cost per request, split between the JVM and
# PostgreSQL, against an application that is already running (bench/records.sh starts
# one; so does `java -Xmx256m -jar ... --medkarta.bench.children=1000`).
# Per run: /actuator/health for 10 s, then the overview for 20 s with wrk (8
# connections); the CPU times are read from /proc before and after the overview run, for
# the JVM's process and for every process named postgres of this user (the embedded
# PostgreSQL runs as the user who started the application).
# Usage: bench/overview-cpu.sh BASE_URL JVM_PID [RUNS] [WARM_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1
JVM=$2
RUNS=${3:-3}
WARM=${4:-300}
read -r PARENT CHILD < <(python3 bench/grant.py "$BASE")
COOKIE="Cookie: MEDKARTA_SESSION=$PARENT"
OVERVIEW="$BASE/records/children/$CHILD"

. bench/ticks.sh
databases() { pgrep -u "$(id -u)" -x postgres | tr '\n' ' '; }
HZ=$(getconf CLK_TCK)

echo "warm-up, $WARM s: $(wrk -t2 -c8 -d"${WARM}s" -H "$COOKIE" "$OVERVIEW" | awk '/Requests\/sec/ {print $2}') req/s"
for run in $(seq "$RUNS"); do
  health=$(wrk -t2 -c8 -d10s "$BASE/actuator/health" | awk '/Requests\/sec/ {print $2}')
  jvm0=$(ticks "$JVM")
  db0=$(ticks $(databases))
  out=$(wrk -t2 -c8 -d20s --latency -H "$COOKIE" "$OVERVIEW")
  jvm1=$(ticks "$JVM")
  db1=$(ticks $(databases))
  echo "$out" | awk -v health="$health" -v jvm=$((jvm1 - jvm0)) -v db=$((db1 - db0)) -v hz="$HZ" '
    /requests in/ {n = $1}
    /Requests\/sec/ {rate = $2}
    / 99%/ {p99 = $2}
    /Non-2xx/ {bad = $0}
    END {printf "overview %s req/s, p99 %s, %.1f%% of health (%s req/s); CPU per request: JVM %.2f ms, PostgreSQL %.2f ms %s\n",
      rate, p99, 100 * rate / health, health, 1000 * jvm / hz / n, 1000 * db / hz / n, bad}'
done
