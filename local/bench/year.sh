#!/usr/bin/env bash
# A simulated year of demand for the planner: arrivals with the pilot task mix, guides with their capacities, matches
# ending after 8-26 weeks, a matching run every day; each request's wait in days (median, tail, longest, still waiting).
# Usage: local/bench/year.sh [guides] [requests-per-week] [seed]   (default 40 6.0 20260315).
set -euo pipefail
exec "$(dirname "$0")/run-bench.sh" YearSimulation "$@"
