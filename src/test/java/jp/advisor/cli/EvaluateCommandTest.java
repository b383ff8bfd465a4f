package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {

    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");

    record Result(int exit, String out, String err) {
    }

    /**
     * Runs a command as the tests mean it: {@code evaluate} and {@code review} on the frozen rule set
     * (src/test/resources/frozen) unless the arguments name rules, so that a policy edit of the bundled rules never
     * changes what these tests of the command line see.
     */
    static Result run(String... args) {
        boolean judges = args.length > 0 && (args[0].equals("evaluate") || args[0].equals("review"));
        if (judges && !java.util.Arrays.asList(args).contains("--rules")) {
            String[] withRules = java.util.Arrays.copyOf(args, args.length + 2);
            withRules[args.length] = "--rules";
            withRules[args.length + 1] = jp.advisor.FrozenRules.RULES.toString();
            return runAsWritten(withRules);
        }
        return runAsWritten(args);
    }

    /** Runs a command with exactly these arguments (the usual ./rules when none are named). */
    static Result runAsWritten(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheEvaluationOfOneFileAsJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("evaluation.json");
        Result r = run("evaluate", SEED.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode evaluation = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(evaluation.path("ruleSet").path("version").asString()).startsWith("sha256:");
        assertThat(evaluation.path("strategies")).hasSize(19);
        assertThat(evaluation.path("fiscalYear").asString()).as("the year as the sheet writes it").isEqualTo("平成28年度");
    }

    static final String MISSPELT = """
            {"organization": "テスト区", "fiscalYear": 2016, "strategies": [
              {"id": "7-1", "outcomeTarget": "割合：平成28年度までに60%以上",
               "outcomes": [{"label": "割合", "value": "65.7%", "selfrating": "A"}]}]}""";

    @Test
    void warnsOfAMisspeltKeyOnStandardErrorAndAmongTheFindingsAndStillEvaluates(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("misspelt.json"), MISSPELT, StandardCharsets.UTF_8);
        Path out = dir.resolve("evaluation.json");

        Result r = run("evaluate", file.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> !l.startsWith("ルール: "))).containsExactly(file + ":3:"
                + (MISSPELT.lines().skip(2).findFirst().orElseThrow().indexOf("\"selfrating\"") + 1)
                + ": 不明な項目 strategies[0].outcomes[0].selfrating（selfRating の誤り？）は読み飛ばしました"
                + " / unknown field strategies[0].outcomes[0].selfrating ignored (did you mean selfRating?)");
        JsonNode evaluation = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(evaluation.path("fiscalYear").asString()).isEqualTo("2016");
        JsonNode finding = evaluation.path("findings").valueStream()
                .filter(f -> f.path("code").asString().equals("UNKNOWN_FIELD")).findFirst().orElseThrow();
        assertThat(finding.path("severity").asString()).isEqualTo("info");
        assertThat(finding.path("location").asString()).isEqualTo("strategies/7-1/outcomes/0/selfrating");
        assertThat(finding.path("message").path("en").asString()).contains("did you mean selfRating?");
        assertThat(finding.path("cells").path("JSON パス / path").asString()).isEqualTo("/strategies/0/outcomes/0/selfrating");
    }

    @Test
    void reportsEveryProblemOfABadFileOnStandardErrorNotOnlyTheFirst(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"organization": "テスト区", "fiscalYear": "2016年",
                 "strategies": [{"outcomes": [{"label": "割合", "value": 54.1, "selfRating": "C"}]}]}""",
                StandardCharsets.UTF_8);

        Result r = run("evaluate", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(line -> line.startsWith(file + ":")))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("/fiscalYear: ", "「年」は暦年を指します"))
                .anySatisfy(line -> assertThat(line).contains("/strategies/0/id: ", "strategy id is missing"))
                .anySatisfy(line -> assertThat(line).contains("/strategies/0/outcomes/0/value: ",
                        "value must be a string (\"…\"), not a number"))
                .anySatisfy(line -> assertThat(line).contains("/strategies/0/outcomes/0/selfRating: "));
    }

    @Test
    void writesAReadableTableWithTheTextOption(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("evaluation.txt");
        Result r = run("evaluate", SEED.toString(), "--format", "text", "--out", out.toString());
        assertThat(r.exit()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("［7-1@1-(2)-ア］", "今年度の目安44.6%を下回る", "要確認", "判定方式 trajectory");
    }

    @Test
    void reportsABadFileWithItsLineAndStillEvaluatesTheRestOfTheFolder(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("a-good.json"));
        Files.writeString(dir.resolve("b-bad.json"), "{\n \"organization\": \"大正区\",\n \"fiscalYear\": 2016x }",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Result r = run("evaluate", dir.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("b-bad.json:3:");
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(results).hasSize(2);
        assertThat(results.get(0).has("evaluation")).isTrue();
        assertThat(results.get(1).get("errors").get(0).asString()).contains("b-bad.json:3:");
    }

    /** A one-sheet workbook as POI writes it. */
    static byte[] workbook(org.apache.poi.ss.usermodel.Workbook workbook) throws java.io.IOException {
        try (workbook) {
            workbook.createSheet("めざす成果および戦略").createRow(0).createCell(0).setCellValue("大正区");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void namesTheRefusedWorkbooksOfAFolderAndStillEvaluatesItsJson(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("a-good.json"));
        Files.write(dir.resolve("b-macros.xlsm"), workbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM)));
        Files.write(dir.resolve("c-old.xls"), workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook()));
        Files.write(dir.resolve("d-renamed.json"), workbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook())); // read as the workbook it is
        Files.write(dir.resolve("~$a-good.xlsx"), new byte[165]); // Excel's lock file: not a submission
        Path out = dir.resolve("out.json");

        Result r = run("evaluate", dir.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(dir.resolve("b-macros.xlsm") + ": マクロ付きのブック（.xlsm）は受け付けません。.xlsx で保存してください"
                        + " / macro-enabled workbooks (.xlsm) are not accepted; save the workbook as .xlsx")
                .contains(dir.resolve("c-old.xls") + ": Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください / ")
                .contains(dir.resolve("d-renamed.json") + ": 具体的取組: シート「具体的取組」がありません")
                .doesNotContain("~$");
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(out));
        assertThat(results).hasSize(4);
        assertThat(results.get(0).path("source").asString()).endsWith("a-good.json");
        assertThat(results.get(0).has("evaluation")).isTrue();
        assertThat(results.valueStream().skip(1)).allSatisfy(result -> assertThat(result.has("errors")).isTrue());
    }

    @Test
    void evaluatesJsonNamedXlsxByItsContent(@TempDir Path dir) throws Exception {
        Path named = Files.copy(SEED, dir.resolve("提出.xlsx"));
        Path out = dir.resolve("out.json");
        Result r = run("evaluate", named.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(Files.readAllBytes(out)).path("strategies")).hasSize(19);
    }

    @Test
    void saysOnStandardErrorWhichRulesItUses(@TempDir Path dir) {
        Result usual = runAsWritten("evaluate", SEED.toString(), "--out", dir.resolve("a.json").toString());
        assertThat(usual.err()).contains("ルール: フォルダ " + Path.of("rules").toAbsolutePath() + " を使用 / rules: using the folder");
        Result named = run("evaluate", SEED.toString(), "--rules", "rules", "--out", dir.resolve("b.json").toString());
        assertThat(named.err()).contains("rules: using the folder " + Path.of("rules").toAbsolutePath());
    }

    @Test
    void aNamedRulesFolderThatDoesNotExistIsAnErrorNotTheBundledRules(@TempDir Path dir) {
        Result r = run("evaluate", SEED.toString(), "--rules", dir.resolve("no-such-rules").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules folder not found").doesNotContain("bundled");
    }

    @Test
    void exitsNonZeroWhenTheRulesFolderIsBroken(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package advisor;\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");
        Result r = run("evaluate", SEED.toString(), "--rules", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("broken.drl");
    }

    @Test
    void evaluatesAJsonLinesStreamFromStandardInputAndGoesOnPastABadLine(@TempDir Path dir) throws Exception {
        String seed = JsonMapper.builder().build().readTree(Files.readAllBytes(SEED)).toString();
        String stream = seed + "\n{\"organization\": \"大正区\", \"fiscalYear\": \"平成28年度\", \"strategies\": 3}\n\n" + seed + "\n";
        Path out = dir.resolve("out.jsonl");
        java.io.InputStream stdin = System.in;
        Result r;
        try {
            System.setIn(new java.io.ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
            r = run("evaluate", "-", "--out", out.toString(), "--threads", "2", "--progress");
        } finally {
            System.setIn(stdin);
        }
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("-:2:", "strategies", "件/秒");
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"source\":\"-:1\",\"evaluation\"");
        assertThat(lines.get(1)).startsWith("{\"source\":\"-:2\",\"errors\"");
        assertThat(lines.get(2)).startsWith("{\"source\":\"-:4\",\"evaluation\"");
    }

    @Test
    void keepsInputOrderWhenEvaluatingAFolderInParallel(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.copy(SEED, in.resolve(String.format("ward-%02d.json", i)));
        }
        Path out = dir.resolve("out.jsonl");
        Result r = run("evaluate", in.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(lines.get(i)).contains(String.format("ward-%02d.json", i));
        }
    }
}
