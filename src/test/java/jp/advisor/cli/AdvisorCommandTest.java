package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The top level: no command prints the usage, an unknown one is an error, and only serve starts the service. */
class AdvisorCommandTest {

    record Result(int exit, String out, String err) {
    }

    final List<String[]> started = new ArrayList<>();

    Result run(String... args) {
        return run(settings -> started.add(settings), args);
    }

    static Result run(AdvisorCommand.Server server, String... args) {
        return capture(AdvisorCommand::run, server, args);
    }

    /** Through picocli even where {@code serve} would start without it. */
    static Result parsed(AdvisorCommand.Server server, String... args) {
        return capture(AdvisorCommand::parsed, server, args);
    }

    interface Entry {
        int run(String[] args, PrintStream out, PrintStream err, AdvisorCommand.Server server);
    }

    static Result capture(Entry entry, AdvisorCommand.Server server, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = entry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), server);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsPrintsTheUsageAndExitsZeroWithoutStartingTheService() {
        Result r = run();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: advisor", "serve", "evaluate", "review", "check", "what-if");
        assertThat(started).isEmpty();
    }

    @Test
    void versionNamesTheAdvisorAndTheJavaItRunsOn() {
        Result r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("評価アドバイザー / evaluation advisor", "Java " + Runtime.version());
        assertThat(started).isEmpty();
    }

    @Test
    void theCommandListSaysEvaluateAndReviewReadTheWorkbookToo() {
        String list = run("--help").out().replaceAll(" *\\R *", ""); // the list wraps descriptions
        assertThat(list).containsPattern("evaluate\\s+提出データ（JSON、様式の Excel ブック \\.xlsx、JSON Lines")
                .containsPattern("review\\s+提出データ（1件または複数の区・年度。JSON、様式の Excel ブック \\.xlsx、");
        assertThat(run("help", "evaluate").out()).contains("様式 workbooks .xlsx");
        assertThat(run("help", "review").out()).contains("様式 workbooks .xlsx");
    }

    @Test
    void helpListsServeWithADescriptionInJapaneseAndEnglish() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("serve\\s+HTTP API のサービスを起動します");
        assertThat(run("help", "serve").out()).contains("Usage: advisor serve", "Starts the HTTP API service", "--server.port=9090");
    }

    @Test
    void aMisspeltCommandIsAnErrorNamingTheWordTheKnownCommandsAndTheNearestOne() {
        Result r = run("evalute", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("不明なコマンドです: evalute / unknown command: evalute",
                "使えるコマンド / commands: serve, evaluate, review, check, what-if, rules, users, export, import, template, export-xlsx, help",
                "もしかして / did you mean: evaluate");
        assertThat(started).isEmpty();
    }

    @Test
    void anUnknownWordFarFromEveryCommandIsStillNamedWithTheKnownCommands() {
        Result r = run("xyzzy");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command: xyzzy", "commands: serve, evaluate").doesNotContain("did you mean");
    }

    @Test
    void aSpringSettingWithoutACommandIsAnErrorThatShowsHowToServe() {
        Result r = run("--server.port=9090");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option: --server.port=9090", "serve --server.port=9090");
        assertThat(started).isEmpty();
    }

    @Test
    void serveStartsTheServiceWithSpringSettingsPassedThroughAsGiven() {
        Result r = run("serve", "--server.port=9090", "--advisor.rules.dir=/srv/rules");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(started).hasSize(1);
        assertThat(started.get(0)).containsExactly("--server.port=9090", "--advisor.rules.dir=/srv/rules");
    }

    @Test
    void serveWithNoSettingsStartsTheServiceWithNone() {
        assertThat(run("serve").exit()).isZero();
        assertThat(started).hasSize(1);
        assertThat(started.get(0)).isEmpty();
    }

    @Test
    void serveRefusesAWordThatSpringWouldSilentlyIgnore() {
        Result r = run("serve", "--server.port", "9090");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--name=value", ": 9090");
        assertThat(started).isEmpty();
    }

    @Test
    void serveWithOnlySettingsStartsWithoutPicocliExactlyAsPicocliWould() {
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"serve", "--server.port=9090"},
                new String[] {"serve", "--a=b", "--debug", "--advisor.rules.dir=/srv/規則"})) {
            assertThat(ServeCommand.startsWithoutParsing(args)).as(String.join(" ", args)).isTrue();
            List<String[]> direct = new ArrayList<>();
            List<String[]> parsed = new ArrayList<>();
            Result fast = run(direct::add, args);
            Result slow = parsed(parsed::add, args);
            assertThat(fast).isEqualTo(slow);
            assertThat(direct).hasSize(1);
            assertThat(direct.get(0)).containsExactly(parsed.get(0));
        }
    }

    @Test
    void serveWithHelpVersionOrAnythingButSettingsIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {}, new String[] {"evaluate", "x.json"}, new String[] {"serve", "-h"},
                new String[] {"serve", "--help"}, new String[] {"serve", "--version"}, new String[] {"serve", "--help=true"},
                new String[] {"serve", "--"}, new String[] {"serve", "9090"}, new String[] {"serve", "--a=b", "@args.txt"},
                new String[] {"--server.port=9090", "serve"})) {
            assertThat(ServeCommand.startsWithoutParsing(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void aServiceThatCannotStartFailsTheSameWithOrWithoutPicocli() {
        AdvisorCommand.Server failing = settings -> {
            throw new IllegalStateException("Port 9090 is already in use");
        };
        assertThat(run(failing, "serve", "--server.port=9090")).isEqualTo(parsed(failing, "serve", "--server.port=9090"));
    }

    @Test
    void aServiceThatCannotStartExitsOneWithTheReason() {
        Result r = run(settings -> {
            throw new IllegalStateException("Port 9090 is already in use");
        }, "serve", "--server.port=9090");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("サービスを起動できませんでした", "Port 9090 is already in use");
    }

    @Test
    void anErrorInsideACommandStillShowsThatCommandsUsage() {
        Result r = run("evaluate", "--no-such-option", "x.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option", "Usage: advisor evaluate");
    }
}
