package org.openace;

import java.io.PrintStream;
import java.util.Arrays;

import org.openace.platform.cli.AdminHelp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OpenACE, an open secure trade data portal. {@code java -jar openace.jar} runs the portal;
 * {@code java -jar openace.jar admin <command> [--option=value ...]} runs an administration command without the web
 * interface ({@code admin help} lists them).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OpenAceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(admin(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(OpenAceApplication.class, args);
    }

    /**
     * Runs {@code admin <command> [--option=value ...]} and gives its exit code. {@code help} (or no command) and an
     * unknown command are answered without starting the application: no database, no data folder, no key file.
     */
    public static int admin(String[] args, PrintStream out) {
        String command = args.length > 0 ? args[0] : "help";
        if (command.equals("help") || command.equals("--help") || !AdminHelp.knows(command)) {
            if (!command.equals("help") && !command.equals("--help")) {
                out.println("Unknown command: " + command);
            }
            AdminHelp.print(out);
            return command.equals("help") || command.equals("--help") ? 0 : 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String[] withCommand = Arrays.copyOf(rest, rest.length + 1);
        withCommand[rest.length] = "--openace.cli.command=" + command;
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("cli");
        return SpringApplication.exit(application.run(withCommand));
    }
}
