#!/usr/bin/env bash
# What each start-up measure is worth (docs/benchmarks.md, "Start-up"): the same jar started several ways, in
# interleaved rounds so that the machine's drift hits every way alike.
#   java -jar         java -jar evaluation-advisor.jar serve (the fat jar, nothing else)
#   launcher          src/dist/advisor serve (README): extracted jar + class-data archive + Spring AOT
#   launcher -AOT     the same with -Dspring.aot.enabled=false
#   launcher -CDS     the same with -Xshare:off
#   launcher +C1      the same with -XX:TieredStopAtLevel=1 (C1 only: less JIT work at start, slower code afterwards)
# The bundled rules compiled at build time (bundled-rules/compiled.bin) are in the jar for every way.
#
#   mvn -q -DskipTests package && src/bench/startup-variants.sh [rounds]    (default 3; JAR= to use another jar)
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${JAR:-target/evaluation-advisor.jar}
rounds=${1:-3}
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -q -DskipTests package)" >&2; exit 2; }
ADVISOR_JAR="$jar" src/dist/advisor help >/dev/null   # the launcher's first start prepares its archive

variants=("java -jar||" "launcher|src/dist/advisor|" "launcher -AOT|src/dist/advisor|-Dspring.aot.enabled=false"
          "launcher -CDS|src/dist/advisor|-Xshare:off" "launcher +C1|src/dist/advisor|-XX:TieredStopAtLevel=1")
declare -A all cpu
for round in $(seq 1 "$rounds"); do
    for v in "${variants[@]}"; do
        IFS='|' read -r name launcher opts <<<"$v"
        line=$(LAUNCHER="$launcher" JAVA_OPTS="$opts" JAR="$jar" src/bench/startup.sh 1 | sed -n 1p)
        all[$name]="${all[$name]:-} $(sed -E 's/.*ready in ([0-9]+) ms.*/\1/' <<<"$line")"
        cpu[$name]="${cpu[$name]:-} $(sed -E 's/.*cpu ([0-9.]+) s.*/\1/' <<<"$line")"
        printf 'round %d  %-14s %s\n' "$round" "$name" "${line#run 1: }"
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo
for v in "${variants[@]}"; do
    name=${v%%|*}
    printf '%-14s median %s ms, cpu %s s  (runs:%s)\n' "$name" "$(median <<<"${all[$name]}")" \
        "$(median <<<"${cpu[$name]}")" "${all[$name]}"
done
