#!/usr/bin/env bash
# Does throttling keep a flood of wrong passwords from starving real users' sign-ins?
#
# Real users (4, each from its own address 10.1.0.n, one sign-in every 0.5 s each) do the password step
# (GET /sign-in, POST /sign-in with the right password) while a flood of wrong passwords (wrk, 64 connections,
# unknown user ID) hits POST /sign-in. Phases, PHASE_SECONDS each (default 30):
#   portal with the default throttle (10 failures per address in 15 min, then 429 before any hashing):
#     1 no-flood             real users alone
#     2 flood-one-address    the flood from one address (10.66.0.1)
#     3 flood-rotating       the flood from a new address every 9 attempts (never throttled: a distributed attacker)
#   portal without throttling (--openace.sign-in.address-limit=1000000), for contrast:
#     4 no-flood
#     5 flood-one-address
# Each portal runs on a fresh temporary data directory with --server.forward-headers-strategy=native, so that
# X-Forwarded-For from localhost names the simulated client, and gets 15 s of real users' sign-ins to warm up
# first. One line per phase (see bench/throttle.py).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PHASE_SECONDS=${PHASE_SECONDS:-30}
FLOOD=${FLOOD_CONNECTIONS:-64}
phase() { python3 "$BENCH_DIR/throttle.py" --base "$BASE" --seconds "$PHASE_SECONDS" --java-pid "$PORTAL_PID" --pgdata "$PGDATA" "$@"; }

WORK=$(mktemp -d /tmp/openace-throttle.XXXXXX)
trap 'stop_portal; rm -rf "$WORK"' EXIT

start_portal "$WORK/throttled" --server.forward-headers-strategy=native
PGDATA=$WORK/throttled/data/postgres
phase --phase warm-up --seconds 15 >/dev/null
phase --phase throttled/no-flood
phase --phase throttled/flood-one-address --flood-connections "$FLOOD"
phase --phase throttled/flood-rotating --flood-connections "$FLOOD" --rotate 9
stop_portal

start_portal "$WORK/unthrottled" --server.forward-headers-strategy=native --openace.sign-in.address-limit=1000000
PGDATA=$WORK/unthrottled/data/postgres
phase --phase warm-up --seconds 15 >/dev/null
phase --phase unthrottled/no-flood
phase --phase unthrottled/flood-one-address --flood-connections "$FLOOD"
stop_portal
