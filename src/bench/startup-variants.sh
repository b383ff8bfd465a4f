#!/usr/bin/env bash
# What was tried against the start-up target (docs/benchmarks.md, "Start-up to ready"): the same jar started five
# ways, in interleaved rounds so that the machine's drift hits every way alike. Deployment options only; the
# application is unchanged.
#   fat               java -jar evaluation-advisor.jar serve (as README documents)
#   fat+C1            … -XX:TieredStopAtLevel=1 (C1 only: less JIT work at start, slower code afterwards)
#   extracted         java -jar on `java -Djarmode=tools -jar … extract` (plain jars instead of nested ones)
#   extracted+CDS     … -XX:SharedArchiveFile (a static AppCDS archive of the classes a start loads)
#   extracted+CDS+C1  both
# The CDS archive is built from a class list recorded by one start (spring.context.exit=onRefresh). Lambda-proxy
# lines are dropped from the list: with them, this JDK (17.0.15, Debian) crashes while dumping (SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary); -XX:ArchiveClassesAtExit crashes the same way.
#
#   mvn -q -DskipTests package && src/bench/startup-variants.sh [rounds]    (default 3; JAR= to use another jar)
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${JAR:-target/evaluation-advisor.jar}
rounds=${1:-3}
work=target/bench/startup
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -q -DskipTests package)" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work"

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted="$work/extracted/$(basename "$jar")"
db=$(mktemp -d)
java -Dfile.encoding=UTF-8 -XX:DumpLoadedClassList="$work/classes.lst" -Dspring.context.exit=onRefresh \
     -jar "$extracted" serve --server.port=0 --spring.datasource.url="jdbc:h2:file:$db/advisor" >"$work/train.log" 2>&1
rm -rf "$db"
grep -v '^@' "$work/classes.lst" >"$work/classes-no-lambda.lst"
java -XX:ErrorFile="$work/hs_err_%p.log" -Xshare:dump -XX:SharedClassListFile="$work/classes-no-lambda.lst" \
     -XX:SharedArchiveFile="$work/app.jsa" -cp "$extracted" >"$work/dump.log" 2>&1
cds="-XX:SharedArchiveFile=$work/app.jsa"

variants=("fat|$jar|" "fat+C1|$jar|-XX:TieredStopAtLevel=1" "extracted|$extracted|" "extracted+CDS|$extracted|$cds"
          "extracted+CDS+C1|$extracted|$cds -XX:TieredStopAtLevel=1")
declare -A all
for round in $(seq 1 "$rounds"); do
    for v in "${variants[@]}"; do
        IFS='|' read -r name file opts <<<"$v"
        line=$(JAVA_OPTS="$opts" JAR="$file" src/bench/startup.sh 1 | sed -n 1p)
        ms=$(sed -E 's/.*ready in ([0-9]+) ms.*/\1/' <<<"$line")
        all[$name]="${all[$name]:-} $ms"
        printf 'round %d  %-17s %s\n' "$round" "$name" "${line#run 1: }"
    done
done
echo
for v in "${variants[@]}"; do
    name=${v%%|*}
    printf '%-17s median %s ms  (runs:%s)\n' "$name" \
        "$(tr ' ' '\n' <<<"${all[$name]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')" \
        "${all[$name]}"
done
