package jp.advisor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code serve} starts the HTTP service; {@code evaluate}, {@code review}, {@code check},
 * {@code what-if}, {@code rules} (the service's history: versions, export, diff), {@code users}, {@code export} and
 * {@code import} (a backup of the stored submissions and the audit log), {@code template} and {@code export-xlsx} (the
 * 様式 workbook) run and exit. With no command it prints the usage; an unknown command is an error naming
 * the known ones, never a server started by mistake. Output is UTF-8 whatever the locale.
 */
@Command(name = "advisor", mixinStandardHelpOptions = true, versionProvider = AdvisorCommand.Version.class,
        description = "区政運営方針 自己評価シートの評価アドバイザー / evaluation advisor for ward self-assessment sheets",
        subcommands = {ServeCommand.class, EvaluateCommand.class, ReviewCommand.class, CheckCommand.class,
                WhatIfCommand.class, RulesCommand.class, UsersCommand.class, BackupCommands.Export.class,
                BackupCommands.Import.class, WorkbookCommands.Template.class, WorkbookCommands.ExportXlsx.class,
                HelpCommand.class})
public final class AdvisorCommand implements Callable<Integer> {

    /** Starts the HTTP service with Spring's settings ({@code --server.port=9090} …); given by the application's main. */
    @FunctionalInterface
    public interface Server {
        void start(String[] settings);
    }

    @Spec
    CommandSpec spec;

    /** {@code --version}: the build's version (the jar's {@code Implementation-Version}) and the Java it runs on. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AdvisorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"評価アドバイザー / evaluation advisor "
                    + (version == null ? "（jar でないビルド / not a packaged build）" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }

    private AdvisorCommand() {
    }

    /** No command: the usage, so that a bare {@code java -jar} says what it can do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public static int run(String[] args, Server server) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            // Before any logger exists: a command's output is its result, not the engine's chatter.
            System.setProperty("advisor.log.level", System.getProperty("advisor.log.level", "WARN"));
        }
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), server);
    }

    /** Runs a command writing to the given streams; {@code serve} cannot start a service from here. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, settings -> {
            throw new IllegalStateException("no service in this process");
        });
    }

    /** Runs a command writing to the given streams; returns the exit code (0 ok, 1 bad input, 2 usage). */
    static int run(String[] args, PrintStream out, PrintStream err, Server server) {
        if (ServeCommand.startsWithoutParsing(args)) {
            return ServeCommand.start(server, Arrays.asList(args).subList(1, args.length),
                    new PrintWriter(err, true, StandardCharsets.UTF_8));
        }
        return parsed(args, out, err, server);
    }

    /** Through picocli, whatever the arguments: {@link #run(String[], PrintStream, PrintStream, Server)} but for the start. */
    static int parsed(String[] args, PrintStream out, PrintStream err, Server server) {
        CommandLine cli = new CommandLine(new AdvisorCommand(), new Factory(server));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().header(
                "コマンドの使い方を表示します / shows how to use a command");
        cli.setParameterExceptionHandler(unknownCommand(cli, cli.getParameterExceptionHandler()));
        return cli.execute(args);
    }

    /**
     * A word the top level does not know ({@code evalute}, or {@code --server.port=9090} from before
     * {@code serve} existed): name it, the known commands and the nearest ones. Errors inside a command keep
     * picocli's message and that command's usage.
     */
    private static IParameterExceptionHandler unknownCommand(CommandLine root, IParameterExceptionHandler inner) {
        return (ex, args) -> {
            if (!(ex instanceof UnmatchedArgumentException unmatched) || ex.getCommandLine() != root
                    || unmatched.getUnmatched().isEmpty()) {
                return inner.handleParseException(ex, args);
            }
            PrintWriter err = root.getErr();
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                err.println("不明なオプションです: " + word + " / unknown option: " + word);
                if (word.startsWith("--")) {
                    err.println("サービスを起動するには / to start the service: serve " + String.join(" ", unmatched.getUnmatched()));
                }
            } else {
                err.println("不明なコマンドです: " + word + " / unknown command: " + word);
            }
            err.println("使えるコマンド / commands: " + String.join(", ", root.getSubcommands().keySet()));
            // picocli orders its suggestions nearest first; the nearest alone reads best.
            unmatched.getSuggestions().stream().filter(root.getSubcommands()::containsKey).findFirst()
                    .filter(near -> !word.startsWith("-"))
                    .ifPresent(near -> err.println("もしかして / did you mean: " + near));
            err.println("使い方 / usage: --help、または help <コマンド> / help <command>");
            return root.getCommandSpec().exitCodeOnInvalidInput();
        };
    }

    /** Builds the commands, handing {@code serve} the service to start. */
    private record Factory(Server server) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type == ServeCommand.class ? type.cast(new ServeCommand(server)) : CommandLine.defaultFactory().create(type);
        }
    }
}
