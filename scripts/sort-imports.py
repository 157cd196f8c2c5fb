#!/usr/bin/env python3
"""Sorts each run of consecutive import lines (the runs the code already has) of the files named."""
import sys
from pathlib import Path

for name in sys.argv[1:]:
    p = Path(name)
    lines = p.read_text().split("\n")
    out, run = [], []
    for line in lines + [""]:
        if line.startswith("import "):
            run.append(line)
            continue
        if run:
            out.extend(sorted(set(run), key=lambda l: l.rstrip(";")))
            run = []
        out.append(line)
    text = "\n".join(out[:-1])
    if text != p.read_text():
        p.write_text(text)
