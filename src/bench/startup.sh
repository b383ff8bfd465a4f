#!/usr/bin/env bash
# Start-up to ready: the time from launching `java -jar evaluation-advisor.jar serve` (the HTTP service on the bundled
# rules) to the first 200 answer of GET /api/rules, over several runs, each with a fresh H2 database (so Flyway
# migrates every time: the worst case). Prints each run, Spring's own "Started … in" line, and the median.
#
#   mvn -q -DskipTests package && src/bench/startup.sh [runs]        (default 3 runs)
#   JAR=target/bench/evaluation-advisor.jar PORT=18081 src/bench/startup.sh 5
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" src/bench/startup.sh     (JVM options to try; see docs/benchmarks.md)
#   LAUNCHER=src/dist/advisor src/bench/startup.sh 5             (the README's start command; JAVA_OPTS apply too.
#                                                                 Start it once before: its first start prepares)
#
# Not part of any test. Needs curl. Run from anywhere; paths are relative to the project root.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${JAR:-target/evaluation-advisor.jar}
runs=${1:-3}
port=${PORT:-18080}
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -q -DskipTests package)" >&2; exit 2; }
if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "port $port is in use: set PORT" >&2; exit 2
fi

times=()
for run in $(seq 1 "$runs"); do
    tmp=$(mktemp -d)
    start=$(date +%s%N)
    if [[ -n ${LAUNCHER:-} ]]; then
        # The launcher execs java, so $! is the service's own process.
        ADVISOR_JAR="$jar" "$LAUNCHER" serve --server.port="$port" \
            --spring.datasource.url="jdbc:h2:file:$tmp/advisor" >"$tmp/log" 2>&1 &
    else
        # shellcheck disable=SC2086
        java -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} -jar "$jar" serve --server.port="$port" \
             --spring.datasource.url="jdbc:h2:file:$tmp/advisor" >"$tmp/log" 2>&1 &
    fi
    pid=$!
    code=000
    while [[ $code != 200 ]]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the service stopped; its log:" >&2; cat "$tmp/log" >&2; exit 1
        fi
        if (( ($(date +%s%N) - start) / 1000000000 > 120 )); then
            echo "not ready after 120 s" >&2; kill "$pid"; exit 1
        fi
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/rules" || true)
        [[ $code == 200 ]] || sleep 0.1   # a poll costs a process start: not too often on 2 cores
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    # CPU the service used to get there (user + system, all threads): less sensitive than the wall time to what
    # else the machine is running, so it helps compare variants on a busy machine.
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
    started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$tmp/log" || true)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$tmp"
    times+=("$ms")
    echo "run $run: ready in $ms ms, cpu $cpu s   ($started)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median of $runs: $median ms (min $(printf '%s\n' "${times[@]}" | sort -n | head -1), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1))"
