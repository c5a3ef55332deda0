#!/usr/bin/env bash
# A whole matching run end to end on the local runtime: 10,000 waiting requests and 2,000 guides in DynamoDB Local,
# POST /api/matching-runs to DONE over HTTP (the matching function continuing through its own queue message), then on
# fresh data a run whose first invocation dies midway and whose message comes again: no request with two proposals, and
# each proposal the one the plan of the same data gives.
# Usage: local/bench/matching-run.sh [requests] [guides] [seed]   (default 10000 2000 20260315).
set -euo pipefail
exec "$(dirname "$0")/run-bench.sh" MatchingRunBench "$@"
