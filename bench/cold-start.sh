#!/usr/bin/env bash
# Cold start to a healthy portal on the embedded default: the time from launching
#   java -jar target/openace-portal-*.jar --spring.profiles.active=demo
# until GET /actuator/health answers {"status":"UP"} (polled every 50 ms), for
#   fresh:    a new, empty working directory (initdb of the embedded PostgreSQL, Flyway migrations, new key file,
#             demo users), and
#   restart:  the same directory again (the existing cluster and data).
# RUNS times each (default 3), alternating, each in its own directory; prints every run and the medians.
# The PostgreSQL binaries are unpacked once per machine (/tmp/embedded-pg); the first run ever also pays that.
# Note: Thymeleaf's cache setting does not matter here; the demo profile's default is kept (as a newcomer runs it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-3}
ROOT=$(mktemp -d /tmp/openace-coldstart.XXXXXX)
trap 'stop_portal; rm -rf "$ROOT"' EXIT

now() { date +%s.%N; }

# start_and_time DIR: sets ELAPSED to the seconds until healthy, and PORTAL_PID (so not in a $(...) subshell,
# which would keep the pid from stop_portal)
start_and_time() {
  local dir=$1
  mkdir -p "$dir"
  local started
  started=$(now)
  (cd "$dir" && exec "$JAVA" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" >>"$dir/portal.log" 2>&1) &
  PORTAL_PID=$!
  while :; do
    if curl -s --max-time 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    kill -0 "$PORTAL_PID" 2>/dev/null || { log "portal stopped; see $dir/portal.log"; exit 1; }
    sleep 0.05
  done
  ELAPSED=$(python3 -c "print(f'{$(now) - $started:.2f}')")
}

fresh=(); restart=()
for i in $(seq 1 "$RUNS"); do
  dir=$ROOT/run$i
  before=$(load)
  start_and_time "$dir"; t=$ELAPSED; fresh+=("$t")
  # let the demo seeding finish before stopping (it runs after the health check turns UP at the earliest)
  for _ in $(seq 1 100); do curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q UP && break; sleep 0.1; done
  stop_portal
  echo "run=$i start=fresh seconds=$t spring=\"$(grep -o 'Started OpenAceApplication in [0-9.]* seconds' "$dir/portal.log" | tail -1)\" load_before=\"$before\""
  before=$(load)
  start_and_time "$dir"; t=$ELAPSED; restart+=("$t")
  stop_portal
  echo "run=$i start=restart seconds=$t spring=\"$(grep -o 'Started OpenAceApplication in [0-9.]* seconds' "$dir/portal.log" | tail -1)\" load_before=\"$before\""
  rm -rf "$dir"
  if curl -s --max-time 1 "$BASE/actuator/health" >/dev/null 2>&1; then
    log "port $PORT still answers after stopping the portal: stop what listens there and run again"; exit 1
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "RESULT cold_start_fresh_median_s=$(median "${fresh[@]}") cold_start_restart_median_s=$(median "${restart[@]}") runs=$RUNS java=\"$("$JAVA" -version 2>&1 | head -1)\""
