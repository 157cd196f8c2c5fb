package org.openace;

import java.util.Arrays;

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
            String command = args.length > 1 ? args[1] : "help";
            String[] rest = Arrays.copyOfRange(args, Math.min(args.length, 2), args.length);
            String[] withCommand = Arrays.copyOf(rest, rest.length + 1);
            withCommand[rest.length] = "--openace.cli.command=" + command;
            SpringApplication application = new SpringApplication(OpenAceApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(application.run(withCommand)));
        }
        SpringApplication.run(OpenAceApplication.class, args);
    }
}
