#!/usr/bin/env bash
# Time from `java -jar plenary.jar serve` to the first screening answer over HTTP (a POST
# /api/screening that answers 200 with the lists loaded), then single-name screening latency beside
# /actuator/health on the same server (bench/LoadTest.java, open loop). Each run starts on a fresh
# folder (empty database) unless KEEP_DATA=1, which reuses one folder across runs: the second start on
# it is the one a server restarted in production sees (saved screening index, database in place).
#   bench/screening-ready.sh [RUNS] [PORT] [JAR] [RATE] [SECONDS]      (RATE 0 skips the latency part)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; port=${2:-18090}; jar=$(realpath "${3:-target/plenary.jar}"); rate=${4:-100}; seconds=${5:-20}
bench=$(pwd)/bench
body='{"name":"Vladimir Vladimirovich Putin"}'
auth="officer-fr:demo"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
keep=""; [[ "${KEEP_DATA:-0}" == 1 ]] && keep=$(mktemp -d)
firsts=(); ups=()
for i in $(seq 1 "$runs"); do
  if curl -s -o /dev/null "http://localhost:$port/actuator/health"; then echo "port $port is taken" >&2; exit 1; fi
  dir=${keep:-$(mktemp -d)}; cd "$dir"
  t0=$(date +%s%N)
  java ${PLENARY_JAVA_OPTS:-} -jar "$jar" serve --port "$port" > app.log 2>&1 & pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do sleep 0.02; done
  t1=$(date +%s%N)
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' -d "$body" \
      "http://localhost:$port/api/screening")" == 200 ]]; do sleep 0.02; done
  t2=$(date +%s%N)
  up=$(( (t1 - t0) / 1000000 )); first=$(( (t2 - t0) / 1000000 ))
  ups+=("$up"); firsts+=("$first")
  echo "run $i: health up in ${up} ms, first screening answer in ${first} ms (load $(cut -d' ' -f1 /proc/loadavg))"
  if [[ "$rate" != 0 && "$i" == "$runs" ]]; then
    sleep 5
    echo "health:    $(java "$bench/LoadTest.java" "$rate" "$seconds" "http://localhost:$port/actuator/health")"
    echo "screening: $(LOAD_USER=officer-fr LOAD_METHOD=POST LOAD_BODY="$body" java "$bench/LoadTest.java" "$rate" "$seconds" \
      "http://localhost:$port/api/screening")"
    echo "health:    $(java "$bench/LoadTest.java" "$rate" "$seconds" "http://localhost:$port/actuator/health")"
    echo "screening: $(LOAD_USER=officer-fr LOAD_METHOD=POST LOAD_BODY="$body" java "$bench/LoadTest.java" "$rate" "$seconds" \
      "http://localhost:$port/api/screening")"
  fi
  kill $pid; wait $pid 2>/dev/null || true
  cp app.log "/tmp/screening-ready-run$i.log"; cd - >/dev/null; [[ -n "$keep" ]] || rm -rf "$dir"
done
[[ -z "$keep" ]] || rm -rf "$keep"
echo "median: health up in $(median "${ups[@]}") ms, first screening answer in $(median "${firsts[@]}") ms"
