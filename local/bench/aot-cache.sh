#!/usr/bin/env bash
# Each function's AOT cache, from a training run of its own deployable jar under the Lambda Runtime Interface Client
# (lambda-tests: every function initialised, SnapStart's priming hooks included, and driven with the template's
# events), then put into the jar as function.aot, where template.yaml's JAVA_TOOL_OPTIONS reads it (/var/task).
#
# A cache is only used by the JVM build and class path that made it (the JVM refuses any other with a warning and
# starts without it). Made here, it fits this machine's JDK and the lambda-tests layout: that is what the cold-start
# benchmark measures. For AWS it must be made by Lambda's own java25 runtime: run this same training in the
# public.ecr.aws/lambda/java:25 image (its JVM and /var/runtime class path) and add the caches to the jars before
# `sam deploy` (local/bench/aot-cache-lambda-image.sh does that; see docs/benchmarks.md, "AOT cache").
# Usage: local/bench/aot-cache.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl lambda-tests -am verify -Dtest=LambdaRuntimeIT -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlambda.aot.training=true -Dlambda.parallel=1 >/dev/null
TASKS=$(ls -d /dev/shm/livsmester-lambda-*/task 2>/dev/null | head -1 || true)
[ -n "$TASKS" ] || TASKS=lambda-tests/target/lambda/task
for jar in functions/*/target/*.jar; do
  case "$jar" in *-classes.jar) continue ;; esac
  name=$(basename "$jar" .jar)
  cache="$TASKS/$name/function.aot"
  if [ -f "$cache" ]; then
    (cd "$(dirname "$cache")" && zip -q -0 "$OLDPWD/$jar" function.aot)
    echo "$jar: function.aot $(du -h "$cache" | cut -f1)"
  else
    echo "$jar: no cache written (see lambda-tests/target/lambda/logs)" >&2
  fi
done
