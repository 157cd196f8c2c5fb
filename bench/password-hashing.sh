#!/usr/bin/env bash
# Password verifications per second (JMH) with the portal's hash settings: Argon2id m=19 MiB t=2 p=1 and
# PBKDF2-HMAC-SHA256 600,000 iterations, with 1 thread and with 2 threads (THREAD_COUNTS="1 2").
#
#   bench/password-hashing.sh                  # compiles src/bench/java (Maven profile "bench") and runs
#   JMH_ARGS="-wi 1 -i 2" bench/password-hashing.sh   # quicker, less precise
#
# Results: target/jmh/password-hashing-<threads>t.json and a summary line per run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_DIR"
./mvnw -q -B -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
mkdir -p target/jmh
for threads in ${THREAD_COUNTS:-1 2}; do
  before=$(load)
  "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
      PasswordHashingBenchmark -t "$threads" -rf json -rff "target/jmh/password-hashing-${threads}t.json" ${JMH_ARGS:-} \
      | tee "target/jmh/password-hashing-${threads}t.txt" | grep -E "^(Benchmark|PasswordHashingBenchmark)|PasswordProperties|stored hash" || true
  echo "threads=$threads load_before=\"$before\" load_after=\"$(load)\""
done
