#!/usr/bin/env bash
# Requests per second and latency percentiles of pages at 32 connections (wrk -t2 -c32), against a running
# portal (demo profile) at $BASE, or a portal this script starts when START=1.
#
#   bench/pages.sh                      # portal already running on port 18080
#   START=1 bench/pages.sh              # start target/openace-portal-*.jar on a fresh temporary data directory
#   DURATION=30s WARMUP=20s CONNECTIONS=32 THREADS=2 bench/pages.sh
#
# Pages: GET /sign-in (anonymous), and GET / and GET /account/security with the session of a signed-in trade user.
# Each page gets a warm-up run first, then the measured run; one line per page, with the load average and, when
# the script knows the portal's process (START=1, or PORTAL_PID and PGDATA given), the CPU time the portal and its
# PostgreSQL spent per request (cpu_ms_per_req), which depends less on other work on the machine than req/s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PAGES=${PAGES:-"/sign-in / /account/security"}
USER_NAME=${USER_NAME:-trade.demo}

if [ "${START:-0}" = 1 ]; then
  WORK=$(mktemp -d /tmp/openace-bench.XXXXXX)
  trap 'stop_portal; rm -rf "$WORK"' EXIT
  start_portal "$WORK" ${PORTAL_ARGS:-}
  PGDATA=$WORK/data/postgres
fi
command -v wrk >/dev/null || { log "wrk is missing (apt-get install -y wrk)"; exit 1; }

COOKIE=$(signed_in_cookie "$USER_NAME")
for page in $PAGES; do
  if [ "$page" = /sign-in ]; then export WRK_COOKIE=""; who=anonymous; else export WRK_COOKIE="OPENACE_SESSION=$COOKIE"; who=$USER_NAME; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/wrk/report.lua" "$BASE$page" >/dev/null
  before=$(load)
  cpu_before=$( [ -n "${PORTAL_PID:-}" ] && cpu_seconds "$PORTAL_PID" "${PGDATA:-}" || echo "")
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$BENCH_DIR/wrk/report.lua" "$BASE$page" | grep '^RESULT')
  cpu=""
  if [ -n "$cpu_before" ]; then
    requests=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<<"$result")
    cpu=" cpu_ms_per_req=$(python3 -c "print(f'{($(cpu_seconds "$PORTAL_PID" "${PGDATA:-}") - $cpu_before) * 1000 / max(1, $requests):.2f}')")"
  fi
  echo "page=$page as=$who connections=$CONNECTIONS ${result#RESULT }$cpu load_before=\"$before\" load_after=\"$(load)\""
done
