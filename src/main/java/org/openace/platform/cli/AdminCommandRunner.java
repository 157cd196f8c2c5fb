package org.openace.platform.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.platform.AdminCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the administration command named on the command line, then lets the application exit with its code. */
@Component
@ConditionalOnProperty("openace.cli.command")
class AdminCommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<AdminCommand> commands;
    private final String commandName;
    private int exitCode;

    AdminCommandRunner(List<AdminCommand> commands, org.springframework.core.env.Environment environment) {
        this.commands = commands;
        this.commandName = environment.getProperty("openace.cli.command", "help");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        PrintStream out = System.out;
        Optional<AdminCommand> command = commands.stream().filter(c -> c.name().equals(commandName)).findFirst();
        if (command.isEmpty()) {
            if (!commandName.equals("help")) {
                out.println("Unknown command: " + commandName);
            }
            AdminHelp.print(out);
            exitCode = commandName.equals("help") ? 0 : 2;
            return;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String argument : arguments.getSourceArgs()) {
            if (!argument.startsWith("--")) {
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            if (name.contains(".")) {
                continue; // a setting of the portal, such as --spring.datasource.url=..., not an option of the command
            }
            options.put(name, equals < 0 ? "true" : argument.substring(equals + 1));
        }
        List<String> unknown = options.keySet().stream().filter(o -> !command.get().optionNames().contains(o)).toList();
        if (!unknown.isEmpty()) {
            out.println("Unknown option(s) " + unknown + ". " + command.get().name() + " " + command.get().usage());
            exitCode = 2;
            return;
        }
        exitCode = command.get().run(options, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
