#!/usr/bin/env bash
# Cold start of one HTTP function (health, on the classpath of its own deployed jar) vs a plain Jackson handler:
# fresh JVM to first response, alternating in the same run, median of N.
# Usage: local/bench/cold-start.sh [runs]   (default 7). Paste the table into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests -pl functions/health -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="functions/health/target/test-classes:functions/health/target/classes:$(cat functions/health/target/bench.cp)"
java -cp "$CP" dk.livsmester.bench.ColdStart "${1:-7}"
