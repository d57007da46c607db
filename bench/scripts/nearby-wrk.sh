#!/usr/bin/env bash
# Issue 6's nearby-services load test with wrk (Debian: apt-get install wrk): CONNECTIONS open connections, each
# sending its next request as soon as the last is answered, for DURATION, against a running platform.
#   bench/scripts/nearby-wrk.sh [base-url] [connections] [duration] [threads] [think-ms]
# Defaults: http://localhost:8080, 200 connections, 30s, 1 thread (on a 2-core machine the platform needs the other),
# think time 0 (closed loop). With think-ms T each connection is a resident who waits T/2..3T/2 ms between requests.
# A 10-second warm-up with the same mix fills the caches first.
set -euo pipefail
base=${1:-http://localhost:8080}
connections=${2:-200}
duration=${3:-30s}
threads=${4:-1}
think=${5:-0}
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
ids=$(curl -fsS "$base/api/v1/compounds?size=1000" | grep -o '"id":[0-9]*,"communityId"' | grep -o '[0-9]*' | head -1000 | paste -sd, -)
[ -n "$ids" ] || { echo "no compounds at $base" >&2; exit 1; }
echo "compounds: $(tr ',' '\n' <<<"$ids" | wc -l); warming up"
wrk -t"$threads" -c"$connections" -d10s -s "$here/nearby.lua" "$base" -- "$ids" "$think" >/dev/null
echo "measuring: $connections connections, $duration, $threads wrk thread(s), think time ${think} ms"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/nearby.lua" "$base" -- "$ids" "$think"
