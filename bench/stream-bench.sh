#!/usr/bin/env bash
# The stream benchmarks (BENCHMARKS.md, "Stream"), each against a fresh in-process KRaft broker:
#   bench/stream-bench.sh throughput N INSTANCES   N generated transfers already in plenary.transfers (4 partitions),
#                                                  then INSTANCES stream instances (separate JVMs) decide them
#   bench/stream-bench.sh latency N RATE           one instance running; N transfers produced at RATE/s;
#                                                  latency from each transfer's produce time to its decision consumed
#   bench/stream-bench.sh kill N                   two instances; N transfers produced; one instance killed with
#                                                  kill -9 once a third of them are decided; then every transfer
#                                                  id counted in the committed decisions (read_committed)
# Decisions and errors are counted by StreamBenchmark (src/test/java/org/plenary/stream).
# BENCH_DIR (default target/stream-bench) holds the broker, the state and the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?throughput|latency|kill}; n=${2:?N}
work=${BENCH_DIR:-target/stream-bench}
./mvnw -o -q -B -DskipTests test-compile
[[ -f target/bench.classpath && target/bench.classpath -nt pom.xml ]] || \
  ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p "$work"
transfers=$work/transfers-$n.jsonl
[[ -f $transfers ]] || java bench/TransferGenerator.java "$n" "$transfers"
rm -rf "$work/kafka" "$work"/state-* "$work/bootstrap"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
java -Xmx1g -cp "$cp" org.plenary.stream.StreamBenchmark broker "$work/kafka" "$work/bootstrap" 2>"$work/broker.log" &
pids+=($!)
for _ in $(seq 1 120); do [[ -s $work/bootstrap ]] && break; sleep 0.5; done
bs=$(cat "$work/bootstrap")
bench() { java -Xmx512m -cp "$cp" org.plenary.stream.StreamBenchmark "$@"; }
bench topics "$bs" 4
instance() {  # starts instance $1 in the background; its pid in $instance_pid
  java -Xmx768m -cp "$cp" org.plenary.cli.PlenaryCommand stream --bootstrap-servers "$bs" \
    --state-dir "$work/state-$1" --partitions 4 >"$work/instance-$1.log" 2>&1 &
  instance_pid=$!; pids+=($instance_pid)
}
await_running() { for _ in $(seq 1 240); do grep -q "running$" "$work/instance-$1.log" && return; sleep 0.5; done; echo "instance $1 did not start" >&2; exit 1; }
case $mode in
  throughput)
    instances=${3:-1}
    bench produce "$bs" "$transfers"
    for i in $(seq 1 "$instances"); do instance "$i"; done
    bench count "$bs" "$n" 60 ;;
  latency)
    rate=${3:?RATE}
    instance 1; await_running 1
    bench count "$bs" "$n" 60 & counter=$!
    sleep 2
    bench produce "$bs" "$transfers" "$rate"
    wait $counter ;;
  kill)
    instance 1; first=$instance_pid; instance 2
    await_running 1; await_running 2
    bench produce "$bs" "$transfers" &
    pids+=($!)
    # kill -9 the first instance once about a third of the transfers are decided
    target=$((n / 3))
    while :; do
      done_so_far=$(bench count "$bs" "$target" 3 2>/dev/null | sed -n 's/.*distinct transfer ids \([0-9]*\).*/\1/p')
      [[ ${done_so_far:-0} -ge $target ]] && break
    done
    kill -9 "$first"; echo "killed instance 1 (pid $first) with kill -9 at $(date -u +%T), about $target decided"
    bench count "$bs" "$n" 90 ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
