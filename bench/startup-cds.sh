#!/usr/bin/env bash
# Start-up time with the jar extracted and a class-data-sharing archive (the deployment
# docs/CONFIGURATION.md recommends): extract, one training run, then timed starts.
# Usage: ./mvnw -DskipTests package && bench/startup-cds.sh
set -euo pipefail
cd "$(dirname "$0")/../target"
DATA=${BENCH_DATA_DIR:-bench-data}
PORT=${BENCH_PORT:-18080}
export PORT
rm -rf extracted
java -Djarmode=tools -jar medkarta-0.1.0-SNAPSHOT.jar extract --destination extracted >/dev/null
cd extracted
export MEDKARTA_DATA_DIR="../$DATA"
java -Xmx256m -XX:ArchiveClassesAtExit=medkarta.jsa -Dspring.context.exit=onRefresh \
  -jar medkarta-0.1.0-SNAPSHOT.jar >../bench-cds-training.log 2>&1 || true
sleep 2
for i in 1 2 3 4 5; do
  t0=$(date +%s.%N)
  java -Xmx256m -XX:SharedArchiveFile=medkarta.jsa -jar medkarta-0.1.0-SNAPSHOT.jar >../bench-cds.log 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.1; done
  echo "start $i with CDS and existing data: $(echo "$(date +%s.%N) - $t0" | bc) s"
  kill "$pid"; wait "$pid" 2>/dev/null || true; sleep 2
done
