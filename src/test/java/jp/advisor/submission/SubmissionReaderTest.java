package jp.advisor.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    private static final String SOURCE = "test.json";

    private final SubmissionReader reader = new SubmissionReader();

    private static final String CONTRACT_EXAMPLE = """
            {
              "organization": "大正区",
              "fiscalYear": "平成28年度",
              "strategies": [
                {
                  "id": "7-1",
                  "item": "地域活動協議会を核とした自律した地域運営の支援",
                  "desiredState": "地域まちづくり実行委員会が機能的に活動できる状態",
                  "outcomeTarget": "…と感じている区民の割合：平成29年度までに60%以上",
                  "outcomes": [
                    { "label": "話し合うことが活発になっていると思う区民の割合", "value": "32.0%", "previous": "29.2%", "selfRating": "B" },
                    { "label": "支援が役に立ったと思う区民の割合", "value": "65.7%", "previous": "63%", "selfRating": "A" }
                  ],
                  "selfAssessment": { "overall": "A", "progress": "a", "effectiveness": "ア" },
                  "issues": "",
                  "improvements": "",
                  "initiatives": [
                    {
                      "id": "7-1-1",
                      "performanceTarget": "…と感じている人の割合を平成28年度までに全地域で80%以上",
                      "withdrawalCriterion": "50%以下の場合事業再構築",
                      "result": "…と感じている人の割合91.3%",
                      "measured": "91.3%",
                      "carriedOutAsPlanned": true,
                      "selfAssessment": { "achievement": "①", "execution": "ア", "effectiveness": "○" },
                      "issues": "",
                      "improvements": ""
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void readsTheContractExampleKeepingTextAsWritten() {
        Submission submission = read(CONTRACT_EXAMPLE);

        assertThat(submission.organization()).isEqualTo("大正区");
        assertThat(submission.fiscalYear()).isEqualTo(new FiscalYear(2016, "平成28年度"));
        assertThat(submission.warnings()).isEmpty();
        Strategy strategy = submission.strategies().get(0);
        assertThat(strategy.id()).isEqualTo("7-1");
        assertThat(strategy.outcomes()).extracting(Outcome::value, Outcome::previous, Outcome::selfRating)
                .containsExactly(tuple("32.0%", "29.2%", "B"), tuple("65.7%", "63%", "A"));
        assertThat(strategy.selfAssessment()).isEqualTo(new StrategySelfAssessment("A", "a", "ア"));
        Initiative initiative = strategy.initiatives().get(0);
        assertThat(initiative.id()).isEqualTo("7-1-1");
        assertThat(initiative.withdrawalCriterion()).isEqualTo("50%以下の場合事業再構築");
        assertThat(initiative.carriedOutAsPlanned()).isTrue();
        assertThat(initiative.selfAssessment()).isEqualTo(new InitiativeSelfAssessment("①", "ア", "○"));
    }

    @Test
    void readsPastUnknownFieldsThatOutsidersAddWithAWarningForEach() {
        Submission submission = read("""
                {
                  "organization": "大正区", "fiscalYear": "R5", "generatedBy": { "tool": "x", "version": 3 },
                  "strategies": [ { "id": "1", "note": [1, 2], "initiatives": [ { "id": "1-1", "extra": true } ] } ]
                }
                """);

        assertThat(submission.strategies().get(0).initiatives().get(0).id()).isEqualTo("1-1");
        assertThat(submission.warnings()).extracting(SubmissionWarning::code, SubmissionWarning::path,
                        SubmissionWarning::location, SubmissionWarning::messageEn)
                .containsExactly(
                        tuple("UNKNOWN_FIELD", "/generatedBy", "generatedBy", "unknown field generatedBy ignored"),
                        tuple("UNKNOWN_FIELD", "/strategies/0/note", "strategies/1/note",
                                "unknown field strategies[0].note ignored"),
                        tuple("UNKNOWN_FIELD", "/strategies/0/initiatives/0/extra", "strategies/1/initiatives/1-1/extra",
                                "unknown field strategies[0].initiatives[0].extra ignored"));
    }

    @Test
    void warnsOfAMisspeltKeyNamingItsPathLineAndTheKeyItWasMeantToBe() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [ { "id": "7-1",
                    "outcomes": [ { "label": "割合", "value": "32.0%", "selfrating": "B" } ],
                    "selfAssesment": { "overall": "A" },
                    "initiatives": [ { "id": "7-1-1", "mesured": "91.3%" } ] } ]
                }
                """;

        Submission submission = read(json);

        assertThat(submission.strategies().get(0).outcomes().get(0).selfRating()).isNull();
        assertThat(submission.warnings()).extracting(SubmissionWarning::path, SubmissionWarning::location,
                        SubmissionWarning::line, SubmissionWarning::column)
                .containsExactly(
                        tuple("/strategies/0/outcomes/0/selfrating", "strategies/7-1/outcomes/0/selfrating", 4,
                                columnOf(json, 4, "\"selfrating\"")),
                        tuple("/strategies/0/selfAssesment", "strategies/7-1/selfAssesment", 5,
                                columnOf(json, 5, "\"selfAssesment\"")),
                        tuple("/strategies/0/initiatives/0/mesured", "strategies/7-1/initiatives/7-1-1/mesured", 6,
                                columnOf(json, 6, "\"mesured\"")));
        SubmissionWarning first = submission.warnings().get(0);
        assertThat(first.messageJa())
                .isEqualTo("不明な項目 strategies[0].outcomes[0].selfrating（selfRating の誤り？）は読み飛ばしました");
        assertThat(first.messageEn())
                .isEqualTo("unknown field strategies[0].outcomes[0].selfrating ignored (did you mean selfRating?)");
        assertThat(submission.warnings()).extracting(SubmissionWarning::messageEn).element(1).asString()
                .endsWith("(did you mean selfAssessment?)");
        assertThat(submission.warnings()).extracting(SubmissionWarning::messageEn).element(2).asString()
                .endsWith("(did you mean measured?)");
        assertThat(first.describe()).isEqualTo("test.json:4:" + columnOf(json, 4, "\"selfrating\"")
                + ": 不明な項目 strategies[0].outcomes[0].selfrating（selfRating の誤り？）は読み飛ばしました"
                + " / unknown field strategies[0].outcomes[0].selfrating ignored (did you mean selfRating?)");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceEachWithItsPlace() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "昭和64年度",
                  "strategies": [
                    { "outcomes": [ { "label": "割合", "value": 54.1, "selfRating": "C" } ],
                      "initiatives": [ { "id": "1-1", "carriedOutAsPlanned": "はい" } ] },
                    { "id": "7-2", "selfrating": "A" }
                  ]
                }
                """;

        List<SubmissionProblem> problems = problems(json);

        assertThat(problems).extracting(SubmissionProblem::path, SubmissionProblem::line, SubmissionProblem::column)
                .containsExactly(
                        tuple("/fiscalYear", 2, columnOf(json, 2, "\"昭和64年度\"")),
                        tuple("/strategies/0/id", 4, 5),
                        tuple("/strategies/0/outcomes/0/value", 4, columnOf(json, 4, "54.1")),
                        tuple("/strategies/0/outcomes/0/selfRating", 4, columnOf(json, 4, "\"C\"")),
                        tuple("/strategies/0/initiatives/0/carriedOutAsPlanned", 5, columnOf(json, 5, "\"はい\"")));
        assertThat(problems).extracting(SubmissionProblem::messageEn).containsExactly(
                "fiscalYear \"昭和64年度\" is not a fiscal year: the era 昭和 is not read, only 平成 (H) and 令和 (R);"
                        + " write it like 平成28年度, H28, 令和5年度, R5 or 2016",
                "strategy id is missing",
                "value must be a string (\"…\"), not a number",
                "\"C\" is not a valid outcome self-rating (selfRating); allowed values: A, B",
                "carriedOutAsPlanned must be a boolean (true or false), not a string");
    }

    @Test
    void aValueOfTheWrongTypeIsNotAlsoReportedMissingNorAreItsContents() {
        String json = """
                { "organization": 3, "fiscalYear": "H28",
                  "strategies": [ "7-1", { "id": "7-2", "selfAssessment": { "overall": "C" } } ] }
                """;

        assertThat(problems(json)).extracting(SubmissionProblem::path, SubmissionProblem::messageEn).containsExactly(
                tuple("/organization", "organization must be a string (\"…\"), not a number"),
                tuple("/strategies/0", "each element of strategies must be an object {…}, not a string"),
                // The element refused keeps its place: the one after it is still strategies/1.
                tuple("/strategies/1/selfAssessment/overall",
                        "\"C\" is not a valid overall self-rating (overall); allowed values: A, B"));
    }

    @Test
    void normalisesFullWidthRatingSymbols() {
        Submission submission = read("""
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [
                    { "id": "1",
                      "outcomes": [ { "label": "x", "selfRating": "Ａ" }, { "label": "y", "selfRating": " Ｂ " } ],
                      "selfAssessment": { "overall": "Ｂ", "progress": "ｂ", "effectiveness": "ｲ" },
                      "initiatives": [
                        { "id": "1-1", "selfAssessment": { "achievement": "１", "execution": "ｱ", "effectiveness": "〇" } },
                        { "id": "1-2", "selfAssessment": { "achievement": "2", "execution": "イ", "effectiveness": "✕" } },
                        { "id": "1-3", "selfAssessment": { "achievement": "③", "effectiveness": "◯" } },
                        { "id": "1-4", "selfAssessment": { "achievement": "3", "effectiveness": "ｘ" } },
                        { "id": "1-5", "selfAssessment": { "effectiveness": "X" } },
                        { "id": "1-6", "selfAssessment": { "effectiveness": "x" } }
                      ] }
                  ]
                }
                """);

        Strategy strategy = submission.strategies().get(0);
        assertThat(strategy.outcomes()).extracting(Outcome::selfRating).containsExactly("A", "B");
        assertThat(strategy.selfAssessment()).isEqualTo(new StrategySelfAssessment("B", "b", "イ"));
        assertThat(strategy.initiatives()).extracting(Initiative::selfAssessment).containsExactly(
                new InitiativeSelfAssessment("①", "ア", "○"),
                new InitiativeSelfAssessment("②", "イ", "×"),
                new InitiativeSelfAssessment("③", null, "○"),
                new InitiativeSelfAssessment("③", null, "×"),
                new InitiativeSelfAssessment(null, null, "×"),
                new InitiativeSelfAssessment(null, null, "×"));
    }

    @Test
    void readsTheExecutionInBracketsAsTheSheetWritesItButNotTheStrategysEffectiveness() {
        String json = """
                { "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [ { "id": "1", "selfAssessment": { "effectiveness": "（ア）" },
                    "initiatives": [
                      { "id": "1-1", "selfAssessment": { "execution": "（ア）" } },
                      { "id": "1-2", "selfAssessment": { "execution": "(イ)" } },
                      { "id": "1-3", "selfAssessment": { "execution": " （ｱ） " } } ] } ] }
                """;

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies/0/selfAssessment/effectiveness");
            assertThat(problem.messageJa()).isEqualTo("戦略のアウトカムに対する有効性（effectiveness）に「（ア）」は使えません。使える値: ア、イ");
        });
        Submission submission = read(json.replace("\"effectiveness\": \"（ア）\"", "\"effectiveness\": \"ア\""));
        assertThat(submission.strategies().get(0).initiatives()).extracting(i -> i.selfAssessment().execution())
                .containsExactly("ア", "イ", "ア");
    }

    @Test
    void treatsBlankRatingCellsAsNotFilledIn() {
        Submission submission = read("""
                { "organization": "大正区", "fiscalYear": "2016",
                  "strategies": [ { "id": "1", "selfAssessment": { "overall": "", "progress": "　", "effectiveness": null },
                                    "initiatives": [ { "id": "1-1", "selfAssessment": { "achievement": " " } } ] } ] }
                """);

        assertThat(submission.strategies().get(0).selfAssessment()).isEqualTo(StrategySelfAssessment.EMPTY);
        assertThat(submission.strategies().get(0).initiatives().get(0).selfAssessment())
                .isEqualTo(InitiativeSelfAssessment.EMPTY);
    }

    @Test
    void reportsUnknownRatingSymbolWithPathAndLine() {
        List<SubmissionProblem> problems = problems("""
                {
                  "organization": "大正区",
                  "fiscalYear": "平成28年度",
                  "strategies": [
                    {
                      "id": "7-1",
                      "selfAssessment": { "overall": "C" }
                    }
                  ]
                }
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(SOURCE);
            assertThat(problem.path()).isEqualTo("/strategies/0/selfAssessment/overall");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo(38);
            assertThat(problem.messageJa()).isEqualTo("全体の自己評価（overall）に「C」は使えません。使える値: A、B");
            assertThat(problem.messageEn())
                    .isEqualTo("\"C\" is not a valid overall self-rating (overall); allowed values: A, B");
        });
    }

    @Test
    void reportsEveryUnknownRatingSymbolWithItsAllowedValues() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "令和5年度",
                  "strategies": [
                    { "id": "1",
                      "outcomes": [ { "label": "x", "selfRating": "C" } ],
                      "selfAssessment": { "overall": "a", "progress": "A", "effectiveness": "ウ" },
                      "initiatives": [
                        { "id": "1-1", "selfAssessment": { "achievement": "④", "execution": "○", "effectiveness": "△" } }
                      ] }
                  ]
                }
                """;

        List<SubmissionProblem> problems = problems(json);

        assertThat(problems).extracting(SubmissionProblem::path, SubmissionProblem::line, SubmissionProblem::column)
                .containsExactly(
                        tuple("/strategies/0/outcomes/0/selfRating", 5, columnOf(json, 5, "\"C\"")),
                        tuple("/strategies/0/selfAssessment/overall", 6, columnOf(json, 6, "\"a\"")),
                        tuple("/strategies/0/selfAssessment/progress", 6, columnOf(json, 6, "\"A\"")),
                        tuple("/strategies/0/selfAssessment/effectiveness", 6, columnOf(json, 6, "\"ウ\"")),
                        tuple("/strategies/0/initiatives/0/selfAssessment/achievement", 8, columnOf(json, 8, "\"④\"")),
                        tuple("/strategies/0/initiatives/0/selfAssessment/execution", 8, columnOf(json, 8, "\"○\"")),
                        tuple("/strategies/0/initiatives/0/selfAssessment/effectiveness", 8,
                                columnOf(json, 8, "\"△\"")));
        assertThat(problems).extracting(SubmissionProblem::messageEn).containsExactly(
                "\"C\" is not a valid outcome self-rating (selfRating); allowed values: A, B",
                "\"a\" is not a valid overall self-rating (overall); allowed values: A, B",
                "\"A\" is not a valid strategy progress (progress); allowed values: a, b",
                "\"ウ\" is not a valid strategy effectiveness (effectiveness); allowed values: ア, イ",
                "\"④\" is not a valid achievement (achievement); allowed values: ①, ②, ③",
                "\"○\" is not a valid execution (execution); allowed values: ア, イ",
                "\"△\" is not a valid initiative effectiveness (effectiveness); allowed values: ○, ×");
        assertThat(problems.get(4).messageJa()).isEqualTo("業績目標の達成状況（achievement）に「④」は使えません。使える値: ①、②、③");
    }

    @Test
    void refusesShiftJisBytes() {
        String json = "{\n  \"organization\": \"大正区\",\n  \"fiscalYear\": \"H28\",\n  \"strategies\": []\n}\n";
        byte[] shiftJis = json.getBytes(Charset.forName("Shift_JIS"));

        SubmissionException exception = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(shiftJis, SOURCE));

        // 「大」 is 0x91 0xE5 in Shift_JIS; 0x91 cannot start a UTF-8 sequence.
        int offset = "{\n  \"organization\": \"".length();
        assertThat(exception.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(20);
            assertThat(problem.messageEn()).startsWith("not valid UTF-8 at byte offset " + offset + " (0-based): 0x91");
            assertThat(problem.messageJa()).contains("UTF-8 として読めないバイト", "バイト位置 " + offset, "Shift_JIS");
        });
    }

    @Test
    void stripsUtf8ByteOrderMarkSilently() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);

        assertThat(reader.read(withBom, SOURCE).organization()).isEqualTo("大正区");
    }

    @Test
    void reportsMalformedJsonAtJacksonsLocation() {
        List<SubmissionProblem> problems = problems("""
                {
                  "organization": "大正区",
                  "fiscalYear": "H28",
                  "strategies": [
                    { "id": "1", }
                  ]
                }
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies/0");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo(18);
            assertThat(problem.messageJa()).startsWith("JSON の書き方に誤りがあります");
            assertThat(problem.messageEn()).startsWith("malformed JSON: Unexpected character ('}'");
        });
    }

    @Test
    void reportsContentAfterTheDocument() {
        assertThat(problems("{ \"organization\": \"a\" }\n{ }\n")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.messageEn()).startsWith("unexpected content after the JSON value");
        });
    }

    @Test
    void reportsEmptyDocument() {
        assertThat(problems("  \n")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.messageEn()).isEqualTo("the document is empty (a JSON object {…} is expected)");
        });
    }

    @Test
    void refusesTopLevelArray() {
        assertThat(problems("\n[ { \"organization\": \"大正区\" } ]")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.messageJa()).isEqualTo("最上位は JSON オブジェクト {…} でなければなりません（配列が書かれています）");
            assertThat(problem.messageEn()).isEqualTo("the top level must be a JSON object {…}, not an array");
        });
    }

    @Test
    void reportsStringForCarriedOutAsPlannedNamingTheFieldAndTheExpectedType() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [
                    { "id": "1", "initiatives": [
                      { "id": "1-1",
                        "carriedOutAsPlanned": "true" } ] }
                  ]
                }
                """;

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies/0/initiatives/0/carriedOutAsPlanned");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(columnOf(json, 6, "\"true\""));
            assertThat(problem.messageJa()).isEqualTo("「carriedOutAsPlanned」には真偽値（true か false）を書いてください（文字列が書かれています）");
            assertThat(problem.messageEn()).isEqualTo("carriedOutAsPlanned must be a boolean (true or false), not a string");
        });
    }

    @Test
    void reportsNumberWhereStringIsExpected() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [ { "id": "1", "outcomes": [ { "label": "x", "value": 54.1 } ] } ]
                }
                """;

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies/0/outcomes/0/value");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(columnOf(json, 3, "54.1"));
            assertThat(problem.messageJa()).isEqualTo("「value」には文字列（\"…\"）を書いてください（数値が書かれています）");
            assertThat(problem.messageEn()).isEqualTo("value must be a string (\"…\"), not a number");
        });
    }

    @Test
    void reportsObjectWhereStringIsExpectedAndNullStrategy() {
        assertThat(problems("{ \"organization\": { \"name\": \"大正区\" } }"))
                .extracting(SubmissionProblem::path).containsExactly("/fiscalYear", "/strategies", "/organization");
        assertThat(problems("{ \"organization\": { \"name\": \"大正区\" } }")).last().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/organization");
            assertThat(problem.column()).isEqualTo(19);
            assertThat(problem.messageEn()).isEqualTo("organization must be a string (\"…\"), not an object");
        });
        assertThat(problems("{ \"organization\": \"a\", \"fiscalYear\": \"H28\", \"strategies\": [ null ] }"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("/strategies/0");
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.messageJa()).isEqualTo("「strategies」の要素にはオブジェクト（{…}）を書いてください（nullが書かれています）");
                    assertThat(problem.messageEn()).isEqualTo("each element of strategies must be an object {…}, not null");
                });
    }

    @Test
    void reportsEveryMissingRequiredFieldAtItsEnclosingObject() {
        String json = """
                {
                  "organization": " ",
                  "strategies": [
                    { "item": "no id",
                      "initiatives": [ { "id": "1-1" }, { "result": "no id" } ] }
                  ]
                }
                """;

        List<SubmissionProblem> problems = problems(json);

        assertThat(problems).extracting(SubmissionProblem::path, SubmissionProblem::line, SubmissionProblem::column,
                        SubmissionProblem::messageEn)
                .containsExactly(
                        tuple("/fiscalYear", 1, 1, "fiscalYear is missing"),
                        tuple("/organization", 2, 19, "organization (the organisation's name) is empty"),
                        tuple("/strategies/0/id", 4, 5, "strategy id is missing"),
                        tuple("/strategies/0/initiatives/1/id", 5, columnOf(json, 5, "{ \"result\""),
                                "initiative id is missing"));
        assertThat(problems).extracting(SubmissionProblem::messageJa).containsExactly(
                "fiscalYear（年度）がありません", "organization（組織名）が空です", "戦略の「id」がありません", "取組の「id」がありません");
    }

    @Test
    void reportsMissingStrategiesArray() {
        String json = "{ \"organization\": \"大正区\", \"fiscalYear\": \"H28\", \"strategies\": null }";
        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies");
            assertThat(problem.column()).isEqualTo(columnOf(json, 1, "null"));
            assertThat(problem.messageJa()).isEqualTo("strategies（戦略の配列）がありません");
        });
        assertThat(problems("{ \"organization\": \"大正区\", \"fiscalYear\": \"H28\" }"))
                .extracting(SubmissionProblem::path, SubmissionProblem::line, SubmissionProblem::column)
                .containsExactly(tuple("/strategies", 1, 1));
    }

    @Test
    void reportsUnreadableFiscalYear() {
        String json = "{\n  \"organization\": \"大正区\",\n  \"fiscalYear\": \"いつか\",\n  \"strategies\": []\n}";

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/fiscalYear");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(17);
            assertThat(problem.messageJa()).isEqualTo(
                    "fiscalYear（年度）「いつか」を年度として読めません。「平成28年度」「H28」「令和5年度」「R5」「2016」のように書いてください");
            assertThat(problem.messageEn()).isEqualTo(
                    "fiscalYear \"いつか\" is not a fiscal year: write it like 平成28年度, H28, 令和5年度, R5 or 2016");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "\"Ｈ２８年度\", 2016, Ｈ２８年度", "\"平成二十八年度\", 2016, 平成二十八年度", "\"令和元年度\", 2019, 令和元年度",
            "\"R2\", 2020, R2", "\"2016年度\", 2016, 2016年度", "2016, 2016, 2016", "\"2016\", 2016, 2016"})
    void readsTheFiscalYearInEveryFormTheContractListsKeepingItAsWritten(String written, int year, String shown) {
        String json = CONTRACT_EXAMPLE.replace("\"平成28年度\"", written);

        assertThat(read(json).fiscalYear()).isEqualTo(new FiscalYear(year, shown));
    }

    @Test
    void refusesAFiscalYearThatIsNeitherTextNorAWholeNumber() {
        assertThat(problems("{ \"organization\": \"a\", \"fiscalYear\": 2016.5, \"strategies\": [] }"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("/fiscalYear");
                    assertThat(problem.messageJa()).isEqualTo(
                            "「fiscalYear」には文字列（\"平成28年度\"）か整数（2016）を書いてください（小数が書かれています）");
                    assertThat(problem.messageEn()).isEqualTo(
                            "fiscalYear must be a string (\"平成28年度\") or a whole number (2016), not a decimal number");
                });
        assertThat(problems("{ \"organization\": \"a\", \"fiscalYear\": true, \"strategies\": [] }"))
                .extracting(SubmissionProblem::messageEn)
                .containsExactly("fiscalYear must be a string (\"平成28年度\") or a whole number (2016), not a boolean");
        assertThat(problems("{ \"organization\": \"a\", \"fiscalYear\": 28, \"strategies\": [] }"))
                .extracting(SubmissionProblem::messageEn).singleElement().asString()
                .startsWith("fiscalYear \"28\" is not a fiscal year: no era");
    }

    @Test
    void reportsDuplicateStrategyIdNamingTheOtherOccurrence() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [
                    { "id": "7-1" },
                    { "id": "7-2" },
                    { "id": "7-1" }
                  ]
                }
                """;

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/strategies/2/id");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(13);
            assertThat(problem.messageJa()).isEqualTo("戦略の id「7-1」が重複しています（/strategies/0/id、4行目と同じです）");
            assertThat(problem.messageEn()).isEqualTo("duplicate strategy id \"7-1\" (also at /strategies/0/id, line 4)");
        });
    }

    @Test
    void refusesAnIdWithASlashSinceItWouldSplitTheCellsLocation() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [
                    { "id": "7/1", "initiatives": [ { "id": "a/b" } ] }
                  ]
                }
                """;

        assertThat(problems(json)).extracting(SubmissionProblem::path, SubmissionProblem::messageJa)
                .containsExactly(
                        tuple("/strategies/0/id", "戦略の id「7/1」に「/」は使えません（セルの場所 strategies/…/… の区切りのため）"),
                        tuple("/strategies/0/initiatives/0/id",
                                "取組の id「a/b」に「/」は使えません（セルの場所 strategies/…/… の区切りのため）"));
    }

    @Test
    void reportsEveryDuplicateInitiativeIdWithinItsStrategyOnly() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [
                    { "id": "7-1", "initiatives": [
                      { "id": "1" },
                      { "id": "1" },
                      { "id": "2" },
                      { "id": "1" } ] },
                    { "id": "7-2", "initiatives": [ { "id": "1" }, { "id": "2" } ] }
                  ]
                }
                """;

        List<SubmissionProblem> problems = problems(json);

        assertThat(problems).extracting(SubmissionProblem::path, SubmissionProblem::line, SubmissionProblem::column,
                        SubmissionProblem::messageEn)
                .containsExactly(
                        tuple("/strategies/0/initiatives/1/id", 6, 15,
                                "duplicate initiative id \"1\" within this strategy (also at /strategies/0/initiatives/0/id, line 5)"),
                        tuple("/strategies/0/initiatives/3/id", 8, 15,
                                "duplicate initiative id \"1\" within this strategy (also at /strategies/0/initiatives/0/id, line 5)"));
        assertThat(problems.get(0).messageJa())
                .isEqualTo("取組の id「1」がこの戦略の中で重複しています（/strategies/0/initiatives/0/id、5行目と同じです）");
    }

    @Test
    void reportsPropertyWrittenTwiceInOneObject() {
        String json = """
                {
                  "organization": "大正区",
                  "fiscalYear": "H28",
                  "organization": "此花区",
                  "strategies": []
                }
                """;

        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/organization");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.messageJa()).isEqualTo("項目「organization」が同じオブジェクトの中に重複しています（最初は 2行目）");
            assertThat(problem.messageEn())
                    .isEqualTo("property \"organization\" appears more than once in the same object (first at line 2)");
        });
    }

    @Test
    void exceptionMessageListsEveryProblemOnePerLine() {
        String json = """
                {
                  "organization": "大正区", "fiscalYear": "H28",
                  "strategies": [ { "id": "1", "selfAssessment": { "progress": "c" } },
                                  { "id": "1" } ]
                }
                """;

        SubmissionException exception = catchThrowableOfType(SubmissionException.class, () -> read(json));

        assertThat(exception.getMessage().lines()).containsExactly(
                "test.json:3:" + columnOf(json, 3, "\"c\"")
                        + ": /strategies/0/selfAssessment/progress: 戦略の進捗状況（progress）に「c」は使えません。使える値: a、b"
                        + " / \"c\" is not a valid strategy progress (progress); allowed values: a, b",
                "test.json:4:" + columnOf(json, 4, "\"1\"")
                        + ": /strategies/1/id: 戦略の id「1」が重複しています（/strategies/0/id、3行目と同じです）"
                        + " / duplicate strategy id \"1\" (also at /strategies/0/id, line 3)");
    }

    @Test
    void listsTheFirstHundredProblemsThenSaysHowManyMoreThereAre() {
        StringBuilder strategies = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            strategies.append(i == 0 ? "" : ",\n").append("{ \"id\": \"").append(i)
                    .append("\", \"selfAssessment\": { \"overall\": \"C\" } }");
        }
        String json = "{ \"organization\": \"大正区\", \"fiscalYear\": \"H28\",\n\"strategies\": [\n" + strategies + "\n] }";

        SubmissionException exception = catchThrowableOfType(SubmissionException.class, () -> read(json));

        assertThat(exception.getProblems()).hasSize(SubmissionException.MAX_LISTED + 1);
        assertThat(exception.listed()).hasSize(100).allSatisfy(p -> assertThat(p.messageJa()).contains("「C」"));
        assertThat(exception.listed().get(99).line()).as("the first hundred, in document order").isEqualTo(102);
        assertThat(exception.omitted()).isEqualTo(30);
        assertThat(exception.getProblems().get(100).describe())
                .isEqualTo("test.json: ほかに 30 件の問題があります（最初の 100 件だけを示しています） / 30 more problem(s) not shown"
                        + " (only the first 100 are)");
        assertThat(exception.getMessage().lines()).hasSize(101);
    }

    @Test
    void readsFileAndNamesItInProblems(@TempDir Path directory) throws IOException {
        Path good = Files.writeString(directory.resolve("taisho.json"), CONTRACT_EXAMPLE);
        Path bad = Files.writeString(directory.resolve("bad.json"), CONTRACT_EXAMPLE.replace("\"①\"", "\"⑤\""));

        assertThat(reader.read(good).organization()).isEqualTo("大正区");
        SubmissionException exception = catchThrowableOfType(SubmissionException.class, () -> reader.read(bad));
        assertThat(exception.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(bad.toString());
            assertThat(problem.path()).isEqualTo("/strategies/0/initiatives/0/selfAssessment/achievement");
            assertThat(problem.line()).isEqualTo(25);
        });
        SubmissionException missing = catchThrowableOfType(SubmissionException.class,
                () -> reader.read(directory.resolve("none.json")));
        assertThat(missing.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isNull();
            assertThat(problem.messageEn()).isEqualTo("no such file");
        });
        assertThat(missing.getMessage()).isEqualTo(directory.resolve("none.json") + ": ファイルがありません / no such file");
    }

    private Submission read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private List<SubmissionProblem> problems(String json) {
        SubmissionException exception = catchThrowableOfType(SubmissionException.class, () -> read(json));
        assertThat(exception).as("a SubmissionException").isNotNull();
        return exception.getProblems();
    }

    /** The 1-based column at which {@code snippet} starts on 1-based {@code line} of {@code json}. */
    private static int columnOf(String json, int line, String snippet) {
        String text = json.lines().skip(line - 1).findFirst().orElseThrow();
        int index = text.indexOf(snippet);
        assertThat(index).as("%s on line %d", snippet, line).isNotNegative();
        return index + 1;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "昭和64年, 元号「昭和」は読めません", "2016年, 「年」は暦年を指します", "H28年, 「年」は暦年を指します",
            "28年度, 元号がなく", "1988, 西暦は 1989（平成元年）以降"})
    void refusesAFiscalYearTheEvaluationCannotReadSayingWhyAndWhere(String year, String why) {
        String json = "{\n  \"organization\": \"大正区\",\n  \"fiscalYear\": \"" + year + "\",\n  \"strategies\": []\n}";
        assertThat(problems(json)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("/fiscalYear");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.messageJa()).startsWith("fiscalYear（年度）「" + year + "」を年度として読めません。" + why);
        });
    }
}
