#!/usr/bin/env bash
# Local start: from a warm build to the local runtime's readiness (GET /api/health answers 200, which the gateway
# only does once every function is started and the demo data is in), median of N. Two ways: the JVM alone (java
# -cp ... LocalRuntime), and the README's first Quick start command, Maven's up-to-date checks included.
# Usage: local/bench/local-start.sh [runs]   (default 3).
set -euo pipefail
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the JDK 25 the build uses
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
uptime
./mvnw -q -B -DskipTests -pl local -am package dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="local/target/classes:$(cat local/target/bench.cp)"
PORT=$((20000 + RANDOM % 10000))
ready_ms() {  # $@: the command; prints ms to readiness, then stops the command's process group
  local t0 t1 pid data
  data=$(mktemp -d)
  t0=$(date +%s%N)
  PORT=$PORT DATA_DIR=$data setsid "$@" >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/health")" = 200 ]; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "exited before ready" >&2; return 1; }
  done
  t1=$(date +%s%N)
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
jvm=(); mvn=()
for i in $(seq "$RUNS"); do
  jvm+=("$(ready_ms "$JAVA" -XX:TieredStopAtLevel=1 -cp "$CP" dk.livsmester.local.LocalRuntime)")
  mvn+=("$(ready_ms ./mvnw -q -DskipTests -Dstart verify)")
done
echo "| start | median ms (of $RUNS) | all |"
echo "|---|---|---|"
echo "| JVM alone (java -cp ... LocalRuntime) | $(printf '%s\n' "${jvm[@]}" | median) | ${jvm[*]} |"
echo "| ./mvnw -q -DskipTests -Dstart verify | $(printf '%s\n' "${mvn[@]}" | median) | ${mvn[*]} |"
uptime
