"""Where the CPU of a JFR recording went: the share of execution samples per part of a request.

    python3 bench/jfr_breakdown.py recording.jfr
Record with -XX:FlightRecorderOptions:stackdepth=1024: the default depth (64) cuts the deep stacks of a request.
"""
import collections
import json
import os
import subprocess
import sys

# Each sample counts for the first of these found walking its stack from the running method outwards, so the shares
# are exclusive (a filter counts only for its own work, not for the rest of the chain it calls).
PARTS = [
    ("Micrometer observations and metrics", "io/micrometer"),
    ("PostgreSQL JDBC driver and pool", "org/postgresql"),
    ("session attribute deserialization", "DeserializingConverter"),
    ("session store (Spring Session JDBC)", "org/springframework/session"),
    ("Thymeleaf rendering", "org/thymeleaf"),
    ("Spring MVC handler, controller, model attributes", "RequestMappingHandlerAdapter.handle"),
    ("Spring MVC view resolution, dispatch", "DispatcherServlet"),
    ("Spring Security observation wrapping", "ObservationFilterChainDecorator"),
    ("Spring Security filters", "org/springframework/security"),
    ("other servlet filters", "Filter"),
    ("Tomcat", "org/apache"),
    ("logging", "ch/qos/logback"),
]

jfr = os.environ.get("JFR", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr")
events = json.loads(subprocess.run([jfr, "print", "--json", "--stack-depth", "1024", "--events",
                                    "jdk.ExecutionSample", sys.argv[1]], check=True, capture_output=True,
                                   text=True).stdout)["recording"]["events"]
counts = collections.Counter()
for event in events:
    frames = [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}' for f in event["values"]["stackTrace"]["frames"]]
    part = "other (GC, JIT, JDK, timers)"
    for frame in frames:
        found = next((name for name, needle in PARTS if needle in frame), None)
        if found:
            part = found
            break
    counts[part] += 1
total = len(events)
print(f"{total} samples")
for name, n in counts.most_common():
    print(f"{100 * n / total:5.1f}%  {name}")
