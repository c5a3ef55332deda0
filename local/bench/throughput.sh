#!/usr/bin/env bash
# End-to-end throughput on the local runtime: applications submitted over HTTP until every one is IN_REVIEW, beside
# the bound in the same run: raw DynamoDB Local PutItems per second divided by the item writes one application costs.
# Usage: local/bench/throughput.sh [applications] [clients]   (default 400 8).
set -euo pipefail
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the JDK 25 the build uses
cd "$(dirname "$0")/../.."
uptime
./mvnw -q -B -DskipTests -pl local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="local/target/test-classes:local/target/classes:$(cat local/target/bench.cp)"
"$JAVA" -Xmx2g -cp "$CP" dk.livsmester.local.bench.ThroughputBench "$@" 2>/dev/null | grep -v '^{'
uptime
