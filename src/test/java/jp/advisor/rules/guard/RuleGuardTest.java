package jp.advisor.rules.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.advisor.rules.DecisionTables;
import jp.advisor.rules.guard.RuleGuard.GuardViolation;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleGuardTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");
    static final Path BUNDLED = Path.of("rules");

    final RuleGuard guard = new RuleGuard();

    List<GuardViolation> checkHostile(String name) {
        return guard.check(name, read(HOSTILE.resolve(name)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rule(String consequence) {
        return "package advisor;\nimport jp.advisor.facts.*;\nrule \"r\"\nwhen\n    $o : OutcomeFact()\nthen\n"
                + consequence + "\nend\n";
    }

    // ---------------------------------------------------------------- hostile files, each with its line

    @Test
    void System_exit_in_a_consequence_is_refused_on_its_line() {
        assertThat(checkHostile("system-exit.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "System"));
    }

    @Test
    void reading_a_file_with_java_io_File_or_java_nio_file_Files_is_refused_on_each_line() {
        assertThat(checkHostile("read-file.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "java.io.File"), tuple(11, "java.nio.file.Files"),
                        tuple(12, "java.nio.file.Path"));
    }

    @Test
    void Runtime_getRuntime_exec_is_refused() {
        assertThat(checkHostile("runtime-exec.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "Runtime"));
    }

    @Test
    void reflection_through_getClass_and_forName_is_refused_on_both_lines() {
        assertThat(checkHostile("reflection.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "getClass"), tuple(11, "forName"));
    }

    @Test
    void starting_a_Thread_is_refused() {
        assertThat(checkHostile("thread.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "Thread"));
    }

    @Test
    void an_import_of_java_io_is_refused_and_named_in_the_message() {
        List<GuardViolation> found = checkHostile("import-java-io.drl");
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(5, "import java.io.*"));
        assertThat(found.get(0).messageJa()).startsWith("ルールファイルでは import java.io.* を使えません。")
                .contains("jp.advisor.facts");
    }

    @Test
    void eval_as_a_condition_is_refused() {
        assertThat(checkHostile("eval-condition.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(9, "eval"));
    }

    @Test
    void an_MVEL_string_run_as_code_is_refused_by_the_API_that_would_run_it() {
        assertThat(checkHostile("mvel-string.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(12, "org.mvel2.MVEL"),
                        tuple(20, "import org.mvel2.templates.TemplateRuntime"), tuple(21, "TemplateRuntime"));
    }

    @Test
    void a_function_block_calling_System_is_refused_inside_the_function() {
        assertThat(checkHostile("function-system.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(8, "System"));
    }

    @Test
    void reaching_the_engine_through_drools_or_kcontext_is_refused() {
        assertThat(checkHostile("session-escape.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "drools"), tuple(11, "kcontext"), tuple(11, "halt"));
    }

    @Test
    void a_unicode_escape_that_would_end_a_comment_for_javac_is_refused() {
        assertThat(checkHostile("unicode-escape.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(11, "\\u000a"));
    }

    @Test
    void a_global_of_anything_but_a_fact_is_refused_and_a_fact_global_is_not() {
        assertThat(checkHostile("global-service.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "global java.util.List"));
    }

    @Test
    void java_util_stream_and_java_util_Objects_in_a_consequence_are_refused() {
        assertThat(checkHostile("stream-in-consequence.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(15, "java.util.stream.Stream"), tuple(19, "java.util.Objects"),
                        tuple(35, "java.util.stream.Stream"), tuple(38, "java.util.Objects"));
    }

    @Test
    void System_in_a_decision_table_action_is_refused_on_the_generated_line() {
        byte[] table = read(HOSTILE.resolve("system-exit-table.drl.csv")).getBytes(StandardCharsets.UTF_8);
        String drl = DecisionTables.generatedDrl("system-exit-table.drl.csv", table);
        List<GuardViolation> found = guard.check("system-exit-table.drl.csv", drl);
        assertThat(found).extracting(GuardViolation::token).containsExactly("System");
        assertThat(drl.split("\n", -1)[found.get(0).line() - 1]).contains("System.exit(0)");
    }

    // ---------------------------------------------------------------- the messages

    @Test
    void each_violation_explains_itself_in_Japanese_first_and_in_English() {
        GuardViolation v = checkHostile("system-exit.drl").get(0);
        assertThat(v.file()).isEqualTo("system-exit.drl");
        assertThat(v.messageJa()).startsWith("ルールファイルでは System を使えません。")
                .contains("ルールは判定のための事実（jp.advisor.facts）と数値・文字列だけを使えます");
        assertThat(v.messageEn()).startsWith("A rule file may not use System.");
    }

    // ---------------------------------------------------------------- what must stay allowed

    @Test
    void a_Japanese_explanation_naming_System_or_a_file_is_not_refused() {
        String drl = rule("""
                    insert(Suggest.outcome($o).needsReview()
                        .ja("System の設定ファイルを読む必要はありません。Runtime.exec も eval も Thread も File も説明の言葉です。")
                        .en("No System file is read; 'java.io.File' and getClass() are just words here.")
                        .build());""");
        assertThat(guard.check("explained.drl", drl)).isEmpty();
    }

    @Test
    void words_in_comments_are_not_refused() {
        String drl = "// System.exit(0) はここではコメントです\n/* java.io.File\n   Runtime */\n" + rule("    // eval(");
        assertThat(guard.check("commented.drl", drl)).isEmpty();
    }

    @Test
    void a_string_ending_in_an_escaped_quote_does_not_hide_the_code_after_it() {
        String drl = rule("    String s = \"quote \\\" still text\"; System.exit(0);");
        assertThat(guard.check("escaped.drl", drl)).extracting(GuardViolation::token).containsExactly("System");
    }

    @Test
    void dialect_mvel_accumulate_entry_points_List_and_Math_are_allowed() {
        String drl = """
                package advisor;
                import java.util.List;
                import jp.advisor.facts.Suggestion;
                import jp.advisor.facts.*;

                rule "集計"
                    dialect "mvel"
                    salience 10
                when
                    $o : OutcomeFact() from entry-point "outcomes"
                    $total : Number(doubleValue > 0) from accumulate(OutcomeFact($v : value.number), sum($v))
                    $all : List() from collect(Suggestion(cell == Cell.OUTCOME))
                then
                    double rounded = Math.round($total.doubleValue() * 10) / 10.0;
                    List<String> names = List.of("a", "b");
                    insert(Suggest.outcome($o).needsReview().ja("{0}", Numbers.show(rounded)).build());
                end
                """;
        assertThat(guard.check("mvel.drl", drl)).isEmpty();
    }

    @Test
    void a_function_using_only_facts_and_values_is_allowed() {
        String drl = """
                package advisor;
                import jp.advisor.facts.*;
                function String label(Suggestion s, int n) {
                    return s.value() + String.valueOf(n);
                }
                """;
        assertThat(guard.check("function.drl", drl)).isEmpty();
    }

    // ---------------------------------------------------------------- tricks

    @Test
    void a_name_split_by_an_invisible_character_or_glued_to_a_number_is_still_seen() {
        String drl = rule("    String a = \"\".getCla\u200Bss().getName();\n"
                + "    String b = \"\".getCla\uDB40\uDC20ss().getName();\n"
                + "    long c = 1System.exit(0);\n"
                + "    long d = 10L + 0xFFL + 1e5 + 1.5d;");
        assertThat(guard.check("hidden.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "getClass"), tuple(8, "getClass"), tuple(9, "System"));
    }

    @Test
    void MVEL_import_static_and_a_system_property_read_are_refused() {
        String drl = rule("    import_static java.lang.System.exit;\n    int port = Integer.getInteger(\"server.port\");");
        assertThat(guard.check("mvel-import.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "import_static java.lang.System.exit"), tuple(8, "getInteger"));
    }

    @Test
    void a_class_literal_is_refused() {
        assertThat(guard.check("literal.drl", rule("    var c = String.class;")))
                .extracting(GuardViolation::token).containsExactly(".class");
    }

    @Test
    void a_type_outside_the_allow_list_is_refused_even_when_no_deny_list_names_it() {
        assertThat(guard.check("types.drl", rule("    Object o = ModuleLayer.boot();\n"
                + "    Object m = tools.jackson.databind.json.JsonMapper.builder();")))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "Object"), tuple(7, "ModuleLayer"),
                        tuple(8, "Object"), tuple(8, "tools.jackson.databind.json.JsonMapper"));
    }

    @Test
    void a_declared_type_may_be_used_but_not_one_hiding_a_java_lang_type() {
        String drl = """
                package advisor;
                declare Memo
                    text : String
                end
                declare StackWalker
                end
                rule "memo"
                when
                then
                    insert(new Memo("メモ"));
                end
                """;
        assertThat(guard.check("declare.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(5, "declare StackWalker"));
    }

    @Test
    void a_text_block_a_hash_and_a_lone_carriage_return_are_refused() {
        String drl = rule("    String s = \"\"\"\n  a \" b\n  \"\"\"; // x\r System.exit(0);\n    # c");
        assertThat(guard.check("lexers.drl", drl)).extracting(GuardViolation::token)
                .contains("\"\"\"", "CR", "#", "System");
    }

    @Test
    void imports_of_the_facts_and_java_util_List_are_allowed_and_nothing_else() {
        String drl = """
                package advisor;
                import java.util.List;
                import jp.advisor.facts.*;
                import jp.advisor.facts.Suggestion;
                import function jp.advisor.facts.Numbers.show;
                import static jp.advisor.facts.Text.*;
                import java.util.*;
                import jp.advisor.rules.RuleSetLoader;
                import function java.lang.System.exit;
                import accumulate org.example.Evil evil;
                """;
        assertThat(guard.check("imports.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "import java.util.*"), tuple(8, "import jp.advisor.rules.RuleSetLoader"),
                        tuple(9, "import function java.lang.System.exit"),
                        tuple(10, "import accumulate org.example.Evil"));
    }

    // ---------------------------------------------------------------- the bundled rules

    static Stream<String> bundledDrl() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLED)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList()
                    .stream();
        }
    }

    static Stream<String> bundledTables() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLED)) {
            return files.map(p -> p.getFileName().toString()).filter(DecisionTables::isTable).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("bundledDrl")
    void every_bundled_rule_file_passes(String name) {
        assertThat(guard.check(name, read(BUNDLED.resolve(name)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("bundledTables")
    void every_bundled_decision_table_passes_as_the_DRL_generated_from_it(String name) throws IOException {
        String drl = DecisionTables.generatedDrl(name, Files.readAllBytes(BUNDLED.resolve(name)));
        assertThat(drl).isNotNull();
        assertThat(guard.check(name, drl)).isEmpty();
    }
}
