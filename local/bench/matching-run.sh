#!/usr/bin/env bash
# A whole matching run end to end on the local runtime: 10,000 waiting requests and 2,000 guides in DynamoDB Local,
# POST /api/matching-runs to DONE over HTTP (the matching function continuing through its own queue message), then on
# fresh data a run whose first invocation dies midway and whose message comes again: no request with two proposals.
# Usage: local/bench/matching-run.sh [requests] [guides] [seed]   (default 10000 2000 20260315).
set -euo pipefail
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the JDK 25 the build uses
cd "$(dirname "$0")/../.."
uptime
./mvnw -q -B -DskipTests -pl local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="local/target/test-classes:local/target/classes:$(cat local/target/bench.cp)"
"$JAVA" -Xmx2g -cp "$CP" dk.livsmester.local.bench.MatchingRunBench "$@" 2>/dev/null | grep -v '^{'
uptime
