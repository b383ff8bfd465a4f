package jp.advisor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"HTTP API のサービスを起動します（既定 http://localhost:8080）。--server.port=9090 のような設定は"
                + "そのまま Spring Boot に渡します。ルールは advisor.rules.dir（既定 ./rules）、なければ jar 内の同梱ルール。",
                "Starts the HTTP API service (default http://localhost:8080). Settings such as --server.port=9090 go "
                        + "to Spring Boot as they are. Rules: advisor.rules.dir (default ./rules), else the ones bundled in the jar."},
        customSynopsis = "advisor serve [-hV] [--<name>=<value>...]")
final class ServeCommand implements Callable<Integer> {

    private final AdvisorCommand.Server server;

    @Spec
    CommandSpec spec;

    // Spring's own settings: picocli does not know them, so they are collected here rather than refused.
    @Unmatched
    List<String> settings = new ArrayList<>();

    ServeCommand(AdvisorCommand.Server server) {
        this.server = server;
    }

    @Override
    public Integer call() {
        return start(server, settings, spec.commandLine().getErr());
    }

    /**
     * {@code serve} followed only by settings ({@code --name=value}), without {@code --help} or {@code --version}: the
     * same start as through picocli, without building its model of every command first (0.3–0.5 s of a start on a small
     * machine). Anything else, {@code serve -h} or a stray word included, goes through picocli and its messages.
     */
    static boolean startsWithoutParsing(String[] args) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String name = a.indexOf('=') < 0 ? a : a.substring(0, a.indexOf('='));
            if (!isSetting(a) || name.equals("--help") || name.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    static int start(AdvisorCommand.Server server, List<String> settings, PrintWriter err) {
        // Spring reads only --name=value (or --name); anything else would be dropped without a word.
        List<String> notSettings = settings.stream().filter(s -> !isSetting(s)).toList();
        if (!notSettings.isEmpty()) {
            err.println("serve に渡せるのは --名前=値 の形の設定だけです（例 --server.port=9090）: " + String.join(" ", notSettings)
                    + " / serve takes only settings written --name=value (e.g. --server.port=9090): " + String.join(" ", notSettings));
            return 2;
        }
        try {
            server.start(settings.toArray(String[]::new));
            return 0;
        } catch (RuntimeException e) {
            // Spring has already logged why; one line here says the command failed.
            err.println("サービスを起動できませんでした / the service could not start: " + e.getMessage());
            return 1;
        }
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.length() > 2;
    }
}
