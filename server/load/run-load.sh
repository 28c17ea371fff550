#!/usr/bin/env bash
# Load figures for docs/PERFORMANCE.md (Server): fills a store with N generated articles of
# 10 events each (once; kept at STORE), serves it with `dyad serve`, and runs wrk on
# loopback against the timeline and events endpoints, each request a random dyad of the
# generated store's countries over a random year (requests.lua); then the article endpoint
# and one-week event pages by CAMEO code, whose queries are index lookups.
#   server/load/run-load.sh BUILD_DIR [STORE] [ARTICLES] [SECONDS] [CONNECTIONS]
# Defaults: STORE=/tmp/dyad-load.db, 100000 articles (1,000,000 events), 20 s, 16 connections.
set -euo pipefail
build=${1:?usage: run-load.sh BUILD_DIR [STORE] [ARTICLES] [SECONDS] [CONNECTIONS]}
store=${2:-/tmp/dyad-load.db}
articles=${3:-100000}
seconds=${4:-20}
connections=${5:-16}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "run-load: wrk is missing (scripts/install-deps installs it)"; exit 1; }
if [ ! -s "$store" ]; then
  echo "run-load: generating $articles articles into $store"
  "$build/server/dyad_server_fixture" generated "$articles" "$store"
fi
log=$(mktemp)
"$build/cli/dyad" serve --db "$store" --port 0 --query-ms 10000 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
# Startup loads the coder for POST /api/code (dictionaries, models) before it listens.
for _ in $(seq 600); do grep -q listening "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$log")
echo "run-load: $(curl -s "$url/api/summary") on $url; $(nproc) cores"
# The server's own CPU time (user + system, from /proc) per request: on a shared machine this
# says more than wall-clock rates do.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
echo "run-load: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
for endpoint in ${ENDPOINTS:-timeline events article cameo}; do
  echo "== $endpoint: wrk -t2 -c$connections -d${seconds}s --timeout 15s --latency"
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 15s --latency -s "$here/requests.lua" "$url" -- "$endpoint")
  after=$(cpu_ticks)
  echo "$out" | grep -E 'Requests/sec|Latency  |99%|50%|non-2xx|p50|requests in'
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN {
    ms = 1000 * t / hz / n; printf "server CPU: %.3f ms a request (%.0f requests/s per core)\n", ms, 1000 / ms }'
done
echo "run-load: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
