#!/bin/bash
# Records the outputs people read (seed evaluation JSON and text, review report in every format, what-if HTML and
# JSON), on the frozen rule set, into the folder $1: run it before and after a refactoring and compare the folders
# (cmp; an XLSX differs only in docProps/core.xml, its creation time). Needs target/evaluation-advisor.jar.
set -u
out=$1; mkdir -p $out
J="java -jar target/evaluation-advisor.jar"
R=src/test/resources/frozen/rules
$J evaluate fixtures/submissions/taisho-ward-fy2016.json --rules $R > $out/seed.json 2>$out/seed.err
$J evaluate fixtures/submissions/taisho-ward-fy2016.json --rules $R --format text > $out/seed.txt 2>&1
for f in json csv html xlsx; do $J review fixtures/submissions --rules $R --format $f --out $out/review.$f > $out/review-$f.log 2>&1; done
# A fixed path: the what-if names the candidate folder, and the outputs of two runs must compare equal.
C=/tmp/advisor-outputs-candidate-rules
rm -rf $C; cp -r $R $C; sed -i 's/"trajectory", 0.0/"target-reached", 0.0/' $C/policy.drl
$J what-if --rules $C --against $R fixtures/submissions src/test/resources/frozen/fixtures --out $out/whatif.html > $out/whatif-html.log 2>&1
$J what-if --rules $C --against $R fixtures/submissions src/test/resources/frozen/fixtures --format json --out $out/whatif.json > $out/whatif-json.log 2>&1
ls -la $out
