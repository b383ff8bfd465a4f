package jp.advisor;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.advisor.cli.AdvisorCommand;
import jp.advisor.rules.RulePrebuild;

/**
 * The evaluation advisor. {@code serve} starts the HTTP API; any other command ({@code evaluate …}) runs and
 * exits without a server; no command prints the usage.
 */
@SpringBootApplication
public class AdvisorApplication {

    public static void main(String[] args) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            // The build's AOT step (spring-boot:process-aot) only needs the context prepared: no command, no exit.
            SpringApplication.run(AdvisorApplication.class, args);
            return;
        }
        boolean[] serving = {false};
        int exit = AdvisorCommand.run(args, settings -> {
            // The cold first rule build overlaps the context's start; StartingRules takes it when the files match.
            RulePrebuild.start(Path.of(setting(settings, "advisor.rules.dir", "rules")));
            SpringApplication.run(AdvisorApplication.class, settings);
            serving[0] = true;
        });
        // A started service keeps running on its own threads until it is stopped; anything else ends here.
        if (!serving[0]) {
            System.exit(exit);
        }
    }

    /** A {@code --name=value} setting as Spring will read it from the arguments, else the environment's, else the default. */
    static String setting(String[] settings, String name, String otherwise) {
        String value = otherwise;
        String env = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", ""));
        if (env != null && !env.isBlank()) {
            value = env;
        }
        for (String s : settings) {
            if (s.startsWith("--" + name + "=")) {
                value = s.substring(name.length() + 3);
            }
        }
        return value;
    }
}
