#!/usr/bin/env bash
# Start-up time and resident memory of ./plenary, over RUNS fresh starts (default 5), each on an empty
# embedded database in a temporary folder (so each start loads the reference data and the demo).
# Prints each run and the medians. Usage: bench/startup.sh [RUNS] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; port=${2:-18080}
[[ -f target/plenary.jar ]] || ./mvnw -q -B -DskipTests package
jar=$(pwd)/target/plenary.jar
starts=(); rss=()
for i in $(seq 1 "$runs"); do
  if curl -sf "http://localhost:$port/actuator/health" >/dev/null; then echo "port $port is taken" >&2; exit 1; fi
  dir=$(mktemp -d); cd "$dir"
  t0=$(date +%s%N)
  java ${PLENARY_JAVA_OPTS:-} -jar "$jar" serve --port "$port" > app.log 2>&1 & pid=$!
  until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.05; done
  t1=$(date +%s%N)
  sleep 2  # let start-up work (demo accounts) settle before reading memory
  kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  spring=$(grep -o "Started [A-Za-z]* in [0-9.]* seconds" app.log | grep -o "[0-9.]*" | head -1 || true)
  kill $pid; wait $pid 2>/dev/null || true
  cd - >/dev/null; rm -rf "$dir"
  ms=$(( (t1 - t0) / 1000000 ))
  starts+=("$ms"); rss+=("$(( kb / 1024 ))")
  echo "run $i: ready in ${ms} ms (Spring: ${spring} s), RSS $(( kb / 1024 )) MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: ready in $(median "${starts[@]}") ms, RSS $(median "${rss[@]}") MiB"
