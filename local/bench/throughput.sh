#!/usr/bin/env bash
# End-to-end throughput on the local runtime: applications submitted over HTTP until every one is IN_REVIEW, beside
# the bound in the same run: raw DynamoDB Local PutItems per second divided by the item writes one application costs.
# Usage: local/bench/throughput.sh [applications] [clients]   (default 400 8).
set -euo pipefail
exec "$(dirname "$0")/run-bench.sh" ThroughputBench "$@"
