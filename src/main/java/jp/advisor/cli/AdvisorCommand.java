package jp.advisor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code evaluate <file-or-folder>…}, {@code review <file-or-folder>… --out <report>}. Output is UTF-8 whatever the locale. */
@Command(name = "advisor", mixinStandardHelpOptions = true,
        description = "区政運営方針 自己評価シートの評価アドバイザー / evaluation advisor for ward self-assessment sheets",
        subcommands = {EvaluateCommand.class, ReviewCommand.class, CheckCommand.class, WhatIfCommand.class})
public final class AdvisorCommand {

    private static final Set<String> COMMANDS = Set.of("evaluate", "review", "check", "what-if", "help", "--help", "-h", "--version", "-V");

    private AdvisorCommand() {
    }

    /** True when the arguments name a command rather than server options. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        // Before any logger exists: a command's output is its result, not the engine's chatter.
        System.setProperty("advisor.log.level", System.getProperty("advisor.log.level", "WARN"));
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    /** Runs a command writing to the given streams; returns the exit code (0 ok, 1 bad input, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new AdvisorCommand());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }
}
