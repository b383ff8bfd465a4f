package jp.advisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.advisor.cli.AdvisorCommand;

/**
 * The evaluation advisor. With no command it serves the HTTP API on the bundled rules; with a command
 * ({@code evaluate …}) it runs that command and exits, without starting a server.
 */
@SpringBootApplication
public class AdvisorApplication {

    public static void main(String[] args) {
        if (AdvisorCommand.handles(args)) {
            System.exit(AdvisorCommand.run(args));
        }
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
