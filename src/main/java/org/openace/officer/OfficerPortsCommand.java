package org.openace.officer;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code admin officer-ports --user=USERNAME --ports=2704,3001 [--team=NAME]}: sets the ports a customs officer works
 * (an empty {@code --ports=} takes them all away) and, when {@code --team} is given, their team (an empty one removes
 * it), printing what was set. Exit code 0 when set, 1 when refused (no such user, not an officer, a port not in
 * Schedule D: nothing changed), 2 for wrong usage.
 */
@Component
class OfficerPortsCommand implements AdminCommand {

    static final String USAGE = "--user=<user ID> --ports=<port codes, e.g. 2704,2709> [--team=<name>]  sets the "
            + "Schedule D ports a customs officer works (replacing them; empty for none) and their team (kept when "
            + "not given, removed when empty)";

    private static final AuditActor COMMAND_LINE = new AuditActor(null, "command-line");

    private final SetOfficerPorts setting;
    private final OfficerRows rows;
    private final UserDirectory users;

    OfficerPortsCommand(SetOfficerPorts setting, OfficerRows rows, UserDirectory users) {
        this.setting = setting;
        this.rows = rows;
        this.users = users;
    }

    @Override
    public String name() {
        return "officer-ports";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<String> optionNames() {
        return List.of("user", "ports", "team");
    }

    @Override
    public int run(Map<String, String> options, BufferedReader in, PrintStream out) {
        Optional<Username> username = Username.parse(options.getOrDefault("user", ""));
        if (username.isEmpty() || !options.containsKey("ports")) {
            return usage(out, "Give --user (the officer's user ID) and --ports (port codes separated by commas).");
        }
        SortedSet<PortCode> ports;
        switch (PortList.read(options.get("ports"))) {
            case PortList.Reading.Read read -> ports = read.ports();
            case PortList.Reading.Refused refused -> {
                return usage(out, "\"" + refused.typed() + "\" is not a port code: a port code is 4 digits, for "
                        + "example 2704.");
            }
            case PortList.Reading.TooMany many -> {
                return usage(out, "An officer works at most " + PortList.MOST + " ports, not " + many.count() + ".");
            }
        }
        Optional<UserSummary> user = users.findByUsername(username.get());
        if (user.isEmpty()) {
            out.println("There is no user " + username.get() + ". Nothing was changed.");
            return 1;
        }
        Optional<String> team;
        if (options.containsKey("team")) {
            switch (TeamName.read(options.get("team"))) {
                case TeamName.Reading.Read read -> team = read.team();
                case TeamName.Reading.Refused refused -> {
                    return usage(out, refused.reason());
                }
            }
        } else {
            team = rows.team(user.get().id().value());
        }
        return switch (setting.set(user.get().id(), ports, team, COMMAND_LINE)) {
            case SetOfficerPorts.Outcome.Stored stored -> {
                Officer officer = stored.officer();
                out.println("Officer " + officer.username() + " now works at "
                        + (officer.ports().isEmpty() ? "no port" : "ports " + PortList.shown(officer.ports()))
                        + "; team: " + (officer.team() == null ? "none" : officer.team()) + ".");
                yield 0;
            }
            case SetOfficerPorts.Outcome.Refused refused -> {
                out.println(switch (refused.refusal()) {
                    case NO_SUCH_USER -> "There is no user " + username.get() + ".";
                    case NOT_AN_OFFICER -> "User " + username.get() + " is not a customs officer (role OFFICER): "
                            + "only officers work ports.";
                    case UNKNOWN_PORT -> refused.noPortsLoaded()
                            ? "No Schedule D ports are loaded: load them first (admin load-reference --kind=ports)."
                            : "Not a port of the Schedule D in force: "
                                    + String.join(", ", refused.unknownPorts().stream().map(PortCode::value).toList())
                                    + ".";
                } + " Nothing was changed.");
                yield 1;
            }
        };
    }

    private int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("Usage: admin officer-ports " + USAGE);
        return 2;
    }
}
