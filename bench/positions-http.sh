#!/usr/bin/env bash
# Positions recorded per second over HTTP, one client thread per PG delegate
# (org.plenary.consensus.PositionsHttpBenchmark), against JAR (default target/plenary.jar) started on
# a fresh embedded database in a temporary folder. Prints the benchmark's result, the server's CPU
# time over warm-up and run, and the size of the database file at the end.
# Usage: bench/positions-http.sh [JAR] [RATE=500] [SECONDS=30] [WARMUP=10] [PORT=18082]
# PLENARY_DB_URL and PLENARY_JAVA_OPTS reach the server as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "${1:-target/plenary.jar}"); rate=${2:-500}; seconds=${3:-30}; warmup=${4:-10}; port=${5:-18082}
[[ -f "$jar" ]] || ./mvnw -q -B -DskipTests package
[[ -f target/test-classes/org/plenary/consensus/PositionsHttpBenchmark.class ]] || ./mvnw -q -B -DskipTests test-compile
[[ -f target/bench.classpath && target/bench.classpath -nt pom.xml ]] || \
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
dir=$(mktemp -d)
(cd "$dir" && exec java ${PLENARY_JAVA_OPTS:-} -jar "$jar" serve --port "$port" > app.log 2>&1) & pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf -u chair:demo "http://localhost:$port/api/me" >/dev/null; do
  kill -0 $pid 2>/dev/null || { tail -20 "$dir/app.log"; exit 1; }
  sleep 0.2
done
sleep 2
tick=$(getconf CLK_TCK)
cpu() { awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' /proc/$pid/stat; }
c0=$(cpu)
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.plenary.consensus.PositionsHttpBenchmark \
  "http://localhost:$port" "$rate" "$seconds" "$warmup"
c1=$(cpu)
echo "server CPU over warm-up and run: $((c1 - c0)) ms; database file: $(du -m "$dir/data/plenary.mv.db" | cut -f1) MiB"
