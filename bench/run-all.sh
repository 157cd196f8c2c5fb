#!/usr/bin/env bash
# Builds the portal and runs every benchmark of docs/benchmarks.md, printing a results table at the end.
# About 15 minutes on 2 cores. Needs wrk (apt-get install -y wrk), curl and python3; nothing else may be
# listening on $PORT (default 18080). Run it on a quiet machine: the lines carry the load average.
#
#   bench/run-all.sh               # everything
#   SKIP_BUILD=1 bench/run-all.sh  # with the jar already built
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_DIR"
OUT=${OUT:-target/bench-results}
mkdir -p "$OUT"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
     "$(. /etc/os-release && echo "$PRETTY_NAME"), $("$JAVA" -version 2>&1 | head -1)" | tee "$OUT/machine.txt"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building"
  ./mvnw -q -B package -DskipTests
fi

log "1/4 pages (wrk -t2 -c32)"
START=1 "$BENCH_DIR/pages.sh" | tee "$OUT/pages.txt"
log "2/4 password hashing (JMH)"
"$BENCH_DIR/password-hashing.sh" | tee "$OUT/password-hashing.txt"
log "3/4 throttling under a flood"
"$BENCH_DIR/throttle.sh" | tee "$OUT/throttle.txt"
log "4/4 cold start"
"$BENCH_DIR/cold-start.sh" | tee "$OUT/cold-start.txt"

python3 "$BENCH_DIR/summary.py" "$OUT"
