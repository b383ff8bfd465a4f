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
        PrintWriter err = spec.commandLine().getErr();
        // Spring reads only --name=value (or --name); anything else would be dropped without a word.
        List<String> notSettings = settings.stream().filter(s -> !s.startsWith("--") || s.length() == 2).toList();
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
}
