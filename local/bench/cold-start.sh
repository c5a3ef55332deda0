#!/usr/bin/env bash
# Cold starts as a citizen meets them: every HTTP function's deployable jar under the real Lambda Runtime Interface
# Client, fresh JVM to the first answer of a real request with a real token that reads DynamoDB Local, beside a plain
# SDK handler doing one query from the same jars; without and with each function's AOT cache (trained first by one run
# of the same request); alternating, median of N. Prints the table (also in lambda-tests/target/lambda/bench/).
# Usage: local/bench/cold-start.sh [runs]   (default 7). Not part of ./mvnw verify (a class named *Bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
uptime
./mvnw -q -B -pl lambda-tests -am verify -Dtest=ColdStartBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.runs="${1:-7}" >/dev/null
cat lambda-tests/target/lambda/bench/cold-starts.md
uptime
