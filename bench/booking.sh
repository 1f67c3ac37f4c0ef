#!/usr/bin/env bash
# Booking under contention (docs/BENCHMARKS.md): starts the app with PARENTS bench parents
# (made through the pages' APIs on the first start) and runs bench/booking.py: RUNS races,
# each on the next day's free slots, after WARMUP races not counted (default 3). Needs
# python3; the app listens on BENCH_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-target/medkarta-0.1.0-SNAPSHOT.jar}
PARENTS=${PARENTS:-200}
SLOTS=${SLOTS:-20}
RUNS=${RUNS:-3}
PORT=${BENCH_PORT:-18082}
BASE=http://127.0.0.1:$PORT
export MEDKARTA_DATA_DIR=${BENCH_DATA_DIR:-target/bench-booking} PORT
# 200 parents sign in from one loopback address: lift the per-address code limit (20 in
# 10 minutes), which would rightly stop them.
java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" --medkarta.bench.parents="$PARENTS" \
  --medkarta.security.codes.per-address-limit=100000 ${BENCH_ARGS:-} >target/bench-booking.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do sleep 1; done
until grep -q "Benchmark families" target/bench-booking.log; do sleep 1; done
grep -h "Benchmark families" target/bench-booking.log | tail -1
# Each run races on the next free day; the parents sign in once (a phone gets few codes).
python3 bench/booking.py "$BASE" "$PARENTS" "$SLOTS" "$RUNS" "${WARMUP:-3}"
