"""Prints the results table of bench/run-all.sh from the files it wrote (target/bench-results/*.txt)."""
import json
import os
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "target/bench-results"


def fields(line):
    return dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))


def lines(name):
    path = os.path.join(out, name)
    return open(path).read().splitlines() if os.path.exists(path) else []


rows = []
for line in lines("pages.txt"):
    if line.startswith("page="):
        f = fields(line)
        target = 2000 if f["page"] == "/sign-in" else 1000
        rows.append((f"GET {f['page']} ({f['as']}), 32 connections", f"{f['rps']} req/s, p95 {f['p95_ms']} ms",
                     f">= {target} req/s", "met" if float(f["rps"]) >= target else "NOT met"))
for threads in (1, 2):
    path = os.path.join("target/jmh", f"password-hashing-{threads}t.json")
    if os.path.exists(path):
        for result in json.load(open(path)):
            score = result["primaryMetric"]["score"]
            rows.append((f"password verifications, {result['params']['algorithm']}, {threads} thread(s)",
                         f"{score:.1f} /s ({1000 / score * threads:.0f} ms each)", "-", "-"))
for line in lines("throttle.txt"):
    if line.startswith("phase="):
        f = fields(line)
        flood = re.search(r"flood: .*statuses=(\S+)", line)
        rows.append((f"sign-in password step, {f['phase']}",
                     f"p50 {f['post_p50_ms']} ms, p95 {f['post_p95_ms']} ms, {f['succeeded']}/{f['attempts']} ok"
                     + (f", flood {flood.group(1)}" if flood else "") + f", CPU {f.get('cpu_cores', '?')} cores",
                     "-", "-"))
for line in lines("cold-start.txt"):
    if line.startswith("RESULT"):
        f = fields(line)
        rows.append(("cold start to healthy, fresh data directory (median)", f"{f['cold_start_fresh_median_s']} s", "-", "-"))
        rows.append(("cold start to healthy, existing data directory (median)", f"{f['cold_start_restart_median_s']} s", "-", "-"))

width = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
for r in [("figure", "result", "target", "")] + rows:
    print("  ".join(c.ljust(w) for c, w in zip(r, width)))
