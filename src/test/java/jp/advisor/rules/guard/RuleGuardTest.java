package jp.advisor.rules.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.advisor.rules.DecisionTables;
import jp.advisor.rules.RuleProblem;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.rules.guard.RuleGuard.GuardViolation;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleGuardTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");
    static final Path BUNDLED = jp.advisor.FrozenRules.RULES;

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
        // java.nio.file.Path on line 12 is an argument of the refused call: one refusal per construct.
        assertThat(checkHostile("read-file.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "java.io.File"), tuple(11, "java.nio.file.Files"));
    }

    @Test
    void Runtime_getRuntime_exec_is_refused() {
        assertThat(checkHostile("runtime-exec.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "Runtime"));
    }

    @Test
    void reflection_through_getClass_is_refused_where_the_chain_starts_to_reach_a_class() {
        // .forName on line 11 is called on the refused getClass(): not looked at again.
        assertThat(checkHostile("reflection.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "getClass"));
    }

    @Test
    void Class_forName_is_refused_as_reflection() {
        List<GuardViolation> found = guard.check("forname.drl", rule("    Object r = Class.forName(\"java.lang.Runtime\");"));
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "Object"), tuple(7, "Class"));
        assertThat(found.get(1).messageJa()).contains("リフレクション");
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
    void an_MVEL_string_run_as_code_is_refused_by_the_API_that_would_run_it_or_as_MVEL_only_syntax() {
        List<GuardViolation> found = checkHostile("mvel-string.drl");
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(12, "org.mvel2.MVEL"), tuple(20, "import"));
        assertThat(found.get(1).messageJa()).startsWith("結論（then の後、MVEL）を、使える書き方として読めません（import の所）");
        assertThat(found.get(1).messageEn()).startsWith("The consequence (MVEL) cannot be read as the allowed language (at import)");
    }

    @Test
    void a_function_is_refused_where_it_is_declared_whatever_its_body() {
        List<GuardViolation> found = checkHostile("function-system.drl");
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(6, "function home"));
        assertThat(found.get(0).messageEn()).contains("Functions are not allowed");
    }

    @Test
    void reaching_the_engine_through_drools_or_kcontext_is_refused() {
        assertThat(checkHostile("session-escape.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(10, "drools"), tuple(11, "kcontext"));
    }

    @Test
    void a_unicode_escape_that_would_end_a_comment_for_javac_is_refused() {
        assertThat(checkHostile("unicode-escape.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(11, "\\u000a"));
    }

    @Test
    void every_global_is_refused_since_the_application_sets_none_and_its_use_is_not_reported_again() {
        assertThat(checkHostile("global-service.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "global java.util.List"), tuple(8, "global Suggestion"));
    }

    @Test
    void java_util_stream_in_a_consequence_is_refused() {
        // java.util.Objects::nonNull (lines 19, 38) is an argument inside the refused stream chain.
        assertThat(checkHostile("stream-in-consequence.drl"))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(15, "java.util.stream.Stream"), tuple(35, "java.util.stream.Stream"));
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
    void a_function_is_refused_even_when_it_uses_only_facts_and_values() {
        String drl = """
                package advisor;
                import jp.advisor.facts.*;
                function String label(Suggestion s, int n) {
                    return s.value() + String.valueOf(n);
                }
                """;
        assertThat(guard.check("function.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(3, "function label"));
    }

    // ---------------------------------------------------------------- tricks

    @Test
    void a_name_split_by_an_invisible_character_or_a_text_block_is_never_compiled() {
        // Drools' parser cannot read either: the guard leaves the file to the compiler, which reads it with
        // the same parser and refuses it with its located errors.
        for (String code : List.of("    String a = \"\".getCla\u200Bss().getName();",
                "    String s = \"\"\"\n  a \" b\n  \"\"\";")) {
            Map<String, byte[]> files = Map.of("hidden.drl", rule(code).getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> new RuleSetLoader().compile(files, null))
                    .isInstanceOfSatisfying(RuleSetException.class,
                            e -> assertThat(e.problems()).extracting(RuleProblem::file).contains("hidden.drl"));
        }
    }

    @Test
    void a_name_glued_to_a_number_leaves_the_consequence_unreadable_and_refused_where_it_stands() {
        String drl = rule("    long d = 10L;\n    long c = 1System.exit(0);");
        assertThat(guard.check("glued.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(8, "System"));
    }

    @Test
    void MVEL_import_static_is_unreadable_as_the_allowed_language_and_refused() {
        String drl = rule("    import_static java.lang.System.exit;");
        assertThat(guard.check("mvel-import.drl", drl)).extracting(GuardViolation::line)
                .containsExactly(7);
    }

    @Test
    void a_system_property_read_through_Integer_getInteger_is_refused() {
        List<GuardViolation> found = guard.check("property.drl", rule("    int port = Integer.getInteger(\"server.port\");"));
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "Integer.getInteger"));
        assertThat(found.get(0).messageJa()).contains("サーバーの設定を読んだり");
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
    void a_lone_carriage_return_is_refused_whatever_follows_it() {
        // Readers disagree on whether a lone CR ends the comment; the DRL parser stops there and javac would not.
        String drl = rule("    String s = \"a\"; // x\r System.exit(0);");
        assertThat(guard.check("lexers.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "CR"));
    }

    @Test
    void a_hash_leaves_the_consequence_unreadable_and_refused() {
        assertThat(guard.check("hash.drl", rule("    String s = \"a\";\n    # c")))
                .extracting(GuardViolation::line, GuardViolation::token).containsExactly(tuple(8, "#"));
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

    // ---------------------------------------------------------------- issue 9: rules that would hang or break the service

    static List<GuardViolation> consequence(RuleGuard guard, String code) {
        return guard.check("hostile.drl", rule(code));
    }

    @Test
    void a_while_loop_inside_a_consequence_is_refused_on_its_line() {
        List<GuardViolation> found = consequence(guard, """
                    if ($o.index() >= 0) {
                        int n = 0;
                        while (n < $o.index()) { n = n + 1; }
                    }""");
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token).containsExactly(tuple(9, "while"));
        assertThat(found.get(0).messageJa()).startsWith("ルールファイルでは while を使えません。繰り返し（for・while・do）は終わらないことがあり");
        assertThat(found.get(0).messageEn()).startsWith("A rule file may not use while. A loop (for, while, do) may never end");
    }

    @Test
    void while_true_at_the_top_of_a_consequence_is_refused() {
        assertThat(consequence(guard, "    while (true) { }"))
                .extracting(GuardViolation::line, GuardViolation::token).containsExactly(tuple(7, "while"));
    }

    @Test
    void for_ever_do_while_for_each_and_a_labelled_loop_are_refused_each_on_its_line() {
        assertThat(consequence(guard, """
                    for (;;) { }
                    do { } while (false);
                    for (String s : java.util.List.of("a")) { }
                    outer: for (int i = 0; i < 1; i++) { break outer; }"""))
                .extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(7, "for"), tuple(8, "do"), tuple(9, "for"), tuple(10, "outer:"));
    }

    @Test
    void a_division_by_a_variable_is_plain_arithmetic_and_passes_the_guard_the_run_time_bounds_catch_a_zero() {
        assertThat(consequence(guard, "    int z = $o.index() - $o.index();\n    int q = 1 / z;\n    double r = 1.0 % 3;"))
                .isEmpty();
    }

    @Test
    void a_rule_updating_a_fact_it_matched_without_no_loop_is_refused_as_firing_itself_again() {
        assertThat(consequence(guard, "    update($o);"))
                .extracting(GuardViolation::line, GuardViolation::token).containsExactly(tuple(7, "update($o)"));
        String guarded = rule("    update($o);").replace("rule \"r\"\n", "rule \"r\"\n    no-loop true\n");
        assertThat(guard.check("no-loop.drl", guarded)).isEmpty();
    }

    @Test
    void recursion_through_a_function_is_refused_at_the_function() {
        String drl = """
                package advisor;
                import jp.advisor.facts.*;
                function int depth(int n) {
                    return depth(n + 1);
                }
                rule "再帰"
                when
                    $o : OutcomeFact()
                then
                    int d = depth(0);
                end
                """;
        assertThat(guard.check("recursion.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(3, "function depth"));
    }

    @Test
    void new_java_io_File_is_refused_with_its_package() {
        List<GuardViolation> found = consequence(guard, "    boolean b = new java.io.File(\"x\").exists();");
        assertThat(found).extracting(GuardViolation::line, GuardViolation::token).containsExactly(tuple(7, "java.io.File"));
        assertThat(found.get(0).messageJa()).contains("ファイルを読み書きできます");
    }

    @Test
    void static_System_access_in_the_MVEL_dialect_is_refused() {
        String drl = rule("    System.exit(0);").replace("rule \"r\"\n", "rule \"r\"\n    dialect \"mvel\"\n");
        assertThat(guard.check("mvel-exit.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(8, "System"));
    }

    @Test
    void a_package_wide_MVEL_dialect_is_held_to_the_same_list() {
        String drl = rule("    $o.value.number = 0;").replace("import jp.advisor.facts.*;\n",
                "import jp.advisor.facts.*;\ndialect \"mvel\"\n");
        assertThat(guard.check("mvel-assign.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(8, "$o.value.number ="));
    }

    static Stream<Arguments> refusedConstructs() {
        return Stream.of(
                Arguments.of("    try { insert(null); } catch (RuntimeException e) { }", "try"),
                Arguments.of("    throw new IllegalStateException(\"x\");", "throw"),
                Arguments.of("    synchronized ($o) { }", "synchronized"),
                Arguments.of("    switch ($o.index()) { default: }", "switch"),
                Arguments.of("    var f = (x) -> x;", "->"),
                Arguments.of("    var m = String::length;", "::"),
                Arguments.of("    java.util.List.of(1).forEach(x -> { });", "forEach"),
                Arguments.of("    Runnable r = null;", "Runnable"),
                Arguments.of("    Object o = new Object() { };", "Object"),
                Arguments.of("    insert(new JudgingPolicy(\"x\", 0.0) { });", "new JudgingPolicy() { … }"),
                Arguments.of("    long[] big = new long[Integer.MAX_VALUE];", "new long[]"),
                Arguments.of("    String s = new String(\"x\");", "String"),
                Arguments.of("    var l = new java.util.ArrayList<String>();", "java.util.ArrayList"),
                Arguments.of("    String h = System.getenv(\"HOME\");", "System"),
                Arguments.of("    Thread.sleep(1000);", "Thread"),
                Arguments.of("    $o.wait();", "wait"),
                Arguments.of("    String s = $o.label().repeat(1000000000);", "repeat"),
                Arguments.of("    boolean b = $o.label().matches(\"(a+)+$\");", "matches"),
                Arguments.of("    String t = this.toString();", "this"),
                Arguments.of("    Object c = $o.value().getClass();", "Object"),
                Arguments.of("    String n = Cell.OUTCOME.getDeclaringClass().getName();", "getDeclaringClass"),
                Arguments.of("    String e = kcontext.getRule().getName();", "kcontext"),
                Arguments.of("    halt();", "halt"),
                Arguments.of("    modify($o) { setIndex(1) }", "{"),
                Arguments.of("    $o.index++;", "$o.index++"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedConstructs")
    void each_construct_outside_the_list_is_refused_by_name(String code, String token) {
        assertThat(consequence(guard, code)).extracting(GuardViolation::line, GuardViolation::token).contains(tuple(7, token));
    }

    @Test
    void constraints_are_parsed_and_checked_like_consequences() {
        String drl = """
                package advisor;
                import jp.advisor.facts.*;
                rule "条件"
                when
                    OutcomeFact(label == System.getenv("HOME"))
                    OutcomeFact(label.getClass() != null)
                    $o : OutcomeFact(label matches "x.*")
                    $p : java.io.File() from $o
                then
                end
                """;
        assertThat(guard.check("constraints.drl", drl)).extracting(GuardViolation::line, GuardViolation::token)
                .containsExactly(tuple(5, "System"), tuple(6, "getClass"), tuple(7, "matches"), tuple(8, "java.io.File"));
    }

    @Test
    void timers_and_an_expression_as_salience_are_refused_as_attributes() {
        String drl = """
                package advisor;
                import jp.advisor.facts.*;
                rule "後で動く"
                    timer (int: 1s 1s)
                    salience ($o.index())
                when
                    $o : OutcomeFact()
                then
                end
                """;
        assertThat(guard.check("timer.drl", drl)).extracting(GuardViolation::token)
                .containsExactlyInAnyOrder("timer", "salience ($o.index())");
    }

    @Test
    void a_file_the_DRL_parser_cannot_read_is_left_to_the_compiler_which_reports_its_located_errors() {
        assertThat(guard.check("broken.drl", "package advisor;\nrule \"r\" when then System.exit(0);")).isEmpty();
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
