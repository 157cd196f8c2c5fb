"""One phase of the throttling benchmark: real users sign in (password step) from their own addresses while,
optionally, a flood of wrong passwords hits POST /sign-in (wrk, bench/wrk/flood.lua).

    python3 bench/throttle.py --base http://localhost:18080 --phase no-flood --seconds 30
    python3 bench/throttle.py --phase flood-one-address --flood-connections 64
    python3 bench/throttle.py --phase flood-rotating --flood-connections 64 --rotate 9

The portal must trust X-Forwarded-For from localhost (--server.forward-headers-strategy=native), so that each
simulated client has its own address. Prints one line: the real users' password-step latency (p50, p95, max),
how many succeeded, the flood's status counts (429 = refused before hashing, 401 = a password was hashed) and the
CPU the portal and its PostgreSQL used (in cores, of 2) when --java-pid and --pgdata are given.
"""
import argparse
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import portal_client  # noqa: E402

USERS = ["admin.demo", "officer.demo", "trade.demo", "pga.demo"]


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def cpu_seconds(java_pid, pgdata):
    if not java_pid:
        return None
    out = subprocess.run(["bash", "-c", f'source "{os.path.dirname(os.path.abspath(__file__))}/lib.sh"; '
                                        f'cpu_seconds {java_pid} "{pgdata}"'],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def real_user(base, index, username, interval, stop, results):
    client = portal_client.Client(base, forwarded_for=f"10.1.0.{index + 1}")
    next_start = time.perf_counter()
    while not stop.is_set():
        started = time.perf_counter()
        try:
            status, location, took = client.password_step(username, portal_client.DEMO_PASSWORD)
            ok = status == 302 and location.endswith("/sign-in/verify")
            results.append((took, time.perf_counter() - started, ok, status))
        except Exception as e:  # a timeout or a refused connection counts as a failure
            results.append((time.perf_counter() - started, time.perf_counter() - started, False, type(e).__name__))
            client.close()
        next_start += interval
        time.sleep(max(0.0, next_start - time.perf_counter()))
        if time.perf_counter() - next_start > interval:
            next_start = time.perf_counter()
    client.close()


def flood_process(args):
    probe = portal_client.Client(args.base)
    status, _, text, _ = probe.request("GET", "/sign-in")
    probe.close()
    env = dict(os.environ, WRK_CSRF=probe.csrf_from(text), WRK_XSRF_COOKIE=probe.cookies["XSRF-TOKEN"],
               WRK_XFF=args.attacker, WRK_ROTATE=str(args.rotate))
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wrk", "flood.lua")
    return subprocess.Popen(["wrk", f"-t{args.flood_threads}", f"-c{args.flood_connections}", f"-d{args.seconds}s",
                             "--timeout", "10s", "-s", script, args.base + "/sign-in"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:18080")
    parser.add_argument("--phase", default="no-flood")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--users", type=int, default=4, help="real users, each from its own address")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between a real user's sign-ins")
    parser.add_argument("--flood-connections", type=int, default=0, help="0: no flood")
    parser.add_argument("--flood-threads", type=int, default=2)
    parser.add_argument("--attacker", default="10.66.0.1")
    parser.add_argument("--rotate", type=int, default=0, help="a new attacker address every n requests (0: one)")
    parser.add_argument("--java-pid", default=os.environ.get("PORTAL_PID", ""))
    parser.add_argument("--pgdata", default=os.environ.get("PGDATA", ""))
    args = parser.parse_args()

    load_before = open("/proc/loadavg").read().split()[:3]
    cpu_before = cpu_seconds(args.java_pid, args.pgdata)
    flood = flood_process(args) if args.flood_connections > 0 else None
    if flood:
        time.sleep(2)  # the flood is under way (and the single address throttled) before real users come
    stop = threading.Event()
    results = []
    threads = [threading.Thread(target=real_user, args=(args.base, i, USERS[i % len(USERS)], args.interval, stop,
                                                        results)) for i in range(args.users)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(max(1, args.seconds - (4 if flood else 0)))
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    flood_line = ""
    if flood:
        out, _ = flood.communicate()
        result = [line for line in out.splitlines() if line.startswith("RESULT")]
        flood_line = " flood: " + (result[0][len("RESULT "):] if result else out.strip().replace("\n", " | "))
    cpu_after = cpu_seconds(args.java_pid, args.pgdata)
    cpu = ""
    if cpu_before is not None:
        cpu = f" cpu_cores={(cpu_after - cpu_before) / (time.perf_counter() - started + (2 if flood else 0)):.2f}"

    post = [r[0] * 1000 for r in results if r[2]]
    ok = sum(1 for r in results if r[2])
    failures = sorted({str(r[3]) for r in results if not r[2]})
    print(f"phase={args.phase} real_users={args.users} attempts={len(results)} succeeded={ok} "
          f"rate={len(results) / elapsed:.1f}/s post_p50_ms={percentile(post, 50):.0f} "
          f"post_p95_ms={percentile(post, 95):.0f} post_max_ms={max(post) if post else float('nan'):.0f}"
          f"{' failures=' + ','.join(failures) if failures else ''}{cpu}"
          f" load_before=\"{' '.join(load_before)}\" load_after=\"{' '.join(open('/proc/loadavg').read().split()[:3])}\""
          f"{flood_line}", flush=True)


if __name__ == "__main__":
    main()
