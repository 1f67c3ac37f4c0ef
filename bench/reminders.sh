#!/usr/bin/env bash
# Reminder run for CHILDREN children (docs/BENCHMARKS.md), on the local PostgreSQL server:
# migrates a database of its own, writes the children with bench/reminders-data.sql, then
# starts the app with the vaccination reminders due every minute and prints how long the
# first two runs took (the second finds everything queued). Needs psql on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-target/medkarta-0.1.0-SNAPSHOT.jar}
CHILDREN=${CHILDREN:-100000}
DB=${BENCH_DB:-medkarta_bench_reminders}
PORT=${BENCH_PORT:-18083}
export PORT MEDKARTA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" MEDKARTA_DB_USER=postgres
psql() { command psql -h 127.0.0.1 -U postgres -q "$@"; }
if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  psql -d postgres -c "CREATE DATABASE $DB"
fi
start() {
  java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" "$@" >target/bench-reminders.log 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do sleep 1; done
}
trap 'kill ${PID:-} 2>/dev/null || true' EXIT
start
kill $PID; wait $PID 2>/dev/null || true
if [ "$(psql -d "$DB" -tAc "SELECT count(*) FROM children WHERE surname = 'Нагрузочный'")" -lt "$CHILDREN" ]; then
  time psql -d "$DB" -v children="$CHILDREN" -f bench/reminders-data.sql
fi
psql -d "$DB" -tAc "SELECT count(*) || ' children, ' || (SELECT count(*) FROM record_entries WHERE section = 'VACCINATIONS') || ' vaccinations' FROM children"
psql -d "$DB" -c "DELETE FROM reminders"
start --medkarta.reminders.vaccines-cron="0 * * * * *" --medkarta.reminders.every=PT24H
until [ "$(grep -c 'vaccination reminders queued' target/bench-reminders.log)" -ge 2 ]; do sleep 5; done
grep -h "vaccination reminders queued" target/bench-reminders.log
ps -o rss= -p $PID | awk '{printf "JVM resident memory: %.0f MB\n", $1/1024}'
