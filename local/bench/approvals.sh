#!/usr/bin/env bash
# Approvals per second on one pool under contention (DynamoDB Local in-process), with the overspend and drift check.
# Usage: local/bench/approvals.sh [approvers] [decisions]   (default 50 1000). Paste the table into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests -pl functions/decisions -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="functions/decisions/target/test-classes:functions/decisions/target/classes:shared/platform/target/test-classes:$(cat functions/decisions/target/bench.cp)"
java -cp "$CP" dk.livsmester.decisions.ApprovalThroughput "${1:-50}" "${2:-1000}" 2>/dev/null | grep '^|'
