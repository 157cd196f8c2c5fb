# Shared functions of the benchmark scripts (sourced, not run).
#   JAVA      the java launcher (default: the Temurin 25 of the build machine, else java on the PATH)
#   JAR       the portal jar (default: target/openace-portal-0.1.0-SNAPSHOT.jar)
#   PORT      the portal's port (default 18080)
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
if [ -z "${JAVA:-}" ]; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; else JAVA=java; fi
fi
JAR=${JAR:-$REPO_DIR/target/openace-portal-0.1.0-SNAPSHOT.jar}
PORT=${PORT:-18080}
BASE=http://localhost:$PORT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# start_portal WORKDIR [extra portal arguments...]: starts the portal (demo profile, Thymeleaf cache on) with its
# data directory and keys under WORKDIR, waits until /actuator/health/readiness is UP (after the start-up
# runners, so the demo users exist).
start_portal() {
  local dir=$1; shift
  mkdir -p "$dir"
  (cd "$dir" && exec "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --spring.thymeleaf.cache=true \
      --server.port="$PORT" "$@" >"$dir/portal.log" 2>&1) &
  PORTAL_PID=$!
  echo "$PORTAL_PID" >"$dir/portal.pid"
  local i
  for i in $(seq 1 300); do
    if curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
      log "portal up (pid $PORTAL_PID, $dir)"
      return 0
    fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      log "portal stopped during start-up; see $dir/portal.log"; return 1
    fi
    sleep 0.5
  done
  log "portal not healthy after 150 s"; return 1
}

stop_portal() {
  if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID"
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}

# signed_in_cookie USER: signs USER in (password, e-mailed code from the developer mailbox, terms) and prints the
# session cookie value
signed_in_cookie() {
  python3 -c "import sys; sys.path.insert(0, '$BENCH_DIR'); import portal_client as p; print(p.sign_in('$BASE', '$1'))"
}

# cpu_seconds JAVA_PID PGDATA: CPU time (user + system, seconds) used so far by the portal's JVM and by its
# PostgreSQL (the postmaster, its live backends, and the backends that have ended)
cpu_seconds() {
  python3 - "$1" "$2" <<'PY'
import os, sys
java_pid, pgdata = sys.argv[1], sys.argv[2]
tck = os.sysconf("SC_CLK_TCK")
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
def ticks(pid, children=False):
    try:
        f = fields(pid)
    except OSError:
        return 0
    t = int(f[11]) + int(f[12])
    if children:
        t += int(f[13]) + int(f[14])
    return t
total = ticks(java_pid)
pg = None
try:
    with open(os.path.join(pgdata, "postmaster.pid")) as f:
        pg = f.readline().strip()
except OSError:
    pass
if pg:
    total += ticks(pg, children=True)
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if fields(p)[1] == pg:
                    total += ticks(p)
            except OSError:
                pass
print(f"{total / tck:.2f}")
PY
}
