package jp.advisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.advisor.cli.AdvisorCommand;

/**
 * The evaluation advisor. {@code serve} starts the HTTP API; any other command ({@code evaluate …}) runs and
 * exits without a server; no command prints the usage.
 */
@SpringBootApplication
public class AdvisorApplication {

    public static void main(String[] args) {
        boolean[] serving = {false};
        int exit = AdvisorCommand.run(args, settings -> {
            SpringApplication.run(AdvisorApplication.class, settings);
            serving[0] = true;
        });
        // A started service keeps running on its own threads until it is stopped; anything else ends here.
        if (!serving[0]) {
            System.exit(exit);
        }
    }
}
