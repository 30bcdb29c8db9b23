#!/usr/bin/env bash
# Runs a benchmark main class from the test sources: bench/run.sh CLASS [ARGS...]
# (compiles main and test classes, resolves the test classpath once into target/bench.classpath).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
[[ -f target/bench.classpath && target/bench.classpath -nt pom.xml ]] || \
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
