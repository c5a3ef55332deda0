#!/usr/bin/env bash
# Runs one benchmark class of local's test code in a fresh JVM (the JDK the build uses), with the machine's load
# before and after. Usage: local/bench/run-bench.sh <ClassName in dk.livsmester.local.bench> [args...]
set -euo pipefail
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$(dirname "$0")/../.."
BENCH="$1"; shift
uptime
./mvnw -q -B -DskipTests -pl local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="local/target/test-classes:local/target/classes:$(cat local/target/bench.cp)"
"$JAVA" -Xmx2g -cp "$CP" "dk.livsmester.local.bench.$BENCH" "$@" 2>/dev/null | grep -v '^{'
uptime
