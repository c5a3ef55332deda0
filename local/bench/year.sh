#!/usr/bin/env bash
# A simulated year of demand for the planner: arrivals with the pilot task mix, guides with their capacities, matches
# ending after 8-26 weeks, a matching run every day; each request's wait in days (median, tail, longest, still waiting).
# Usage: local/bench/year.sh [guides] [requests-per-week] [seed]   (default 40 6.0 20260315).
set -euo pipefail
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the JDK 25 the build uses
cd "$(dirname "$0")/../.."
uptime
./mvnw -q -B -DskipTests -pl local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="local/target/test-classes:local/target/classes:$(cat local/target/bench.cp)"
"$JAVA" -Xmx2g -cp "$CP" dk.livsmester.local.bench.YearSimulation "$@" 2>/dev/null | grep -v '^{'
uptime
