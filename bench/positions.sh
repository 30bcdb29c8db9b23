#!/usr/bin/env bash
# Positions recorded per second over HTTP by the 48 PGs' delegates at once, open loop.
# Starts target/plenary.jar on a fresh embedded database, tables a proposal as the Chair, then has
# the 48 delegates PUT positions (each request a real change: a new statement) at RATE per second
# for SECONDS. Usage: bench/positions.sh [RATE=500] [SECONDS=30] [PORT=18082]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500}; seconds=${2:-30}; port=${3:-18082}
[[ -f target/plenary.jar ]] || ./mvnw -q -B -DskipTests package
dir=$(mktemp -d)
(cd "$dir" && exec java ${PLENARY_JAVA_OPTS:-} -jar "$OLDPWD/target/plenary.jar" serve --port "$port" > app.log 2>&1) & pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
sleep 2
id=$(curl -sf -u chair:demo -H 'Content-Type: application/json' -d '{"type":"ADOPT_STATEMENT","title":"Load test"}' \
  "http://localhost:$port/api/proposals" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
targets=()
for pg in $(curl -sf "http://localhost:$port/api/regimes/nsg/participants" | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["participants"]))'); do
  lower=$(echo "$pg" | tr 'A-Z' 'a-z')
  targets+=("delegate-$lower@http://localhost:$port/api/proposals/$id/positions/$pg")
done
LOAD_METHOD=PUT LOAD_BODY='{"position":"SUPPORT","statement":"statement {i}"}' java bench/LoadTest.java "$rate" "$seconds" "${targets[@]}"
echo "history entries: $(curl -sf -u chair:demo "http://localhost:$port/api/proposals/$id" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["history"]))')"
echo "audit: $(curl -sf -u analyst:demo "http://localhost:$port/api/audit/verify")"
