"""Summarizes the execution samples of a JFR recording: the hottest top frames and the hottest frames anywhere
on the stack (inclusive), optionally only frames whose name contains a filter.

    python3 bench/jfr_top.py recording.jfr [--filter org.openace] [--top 30]
"""
import argparse
import collections
import json
import os
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("recording")
parser.add_argument("--filter", default="")
parser.add_argument("--top", type=int, default=30)
parser.add_argument("--event", default="jdk.ExecutionSample")
parser.add_argument("--jfr", default=os.environ.get("JFR", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr"))
args = parser.parse_args()

out = subprocess.run([args.jfr, "print", "--json", "--stack-depth", "200", "--events", args.event, args.recording],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
top = collections.Counter()
inclusive = collections.Counter()
for event in events:
    frames = (event["values"].get("stackTrace") or {}).get("frames") or []
    names = [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}' for f in frames]
    if names:
        top[names[0]] += 1
    for name in set(names):
        if args.filter in name:
            inclusive[name] += 1
total = len(events)
print(f"{total} samples")
print("-- top frames")
for name, n in top.most_common(args.top):
    print(f"{100 * n / total:5.1f}%  {name}")
print("-- inclusive" + (f" (frames containing {args.filter!r})" if args.filter else ""))
for name, n in inclusive.most_common(args.top):
    print(f"{100 * n / total:5.1f}%  {name}")
