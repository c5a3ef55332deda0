#!/usr/bin/env bash
# The matching benchmark of docs/benchmarks.md: 10,000 open requests against 2,000 guides (invented, fixed seed),
# the global plan timed after warm-up and compared with the greedy one-by-one baseline on the same data.
# Usage: local/bench/matching.sh [requests] [guides] [timed runs] [seed]
# Not a test: the build never runs it. Run it on an otherwise quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl local -am -DskipTests test-compile
exec java -Xms1g -Xmx2g -cp "local/target/test-classes:shared/domain/target/classes" \
  dk.livsmester.local.bench.MatchingBenchmark "$@"
