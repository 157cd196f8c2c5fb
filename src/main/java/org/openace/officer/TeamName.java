package org.openace.officer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An officer's team as typed: a short name such as "Trade Enforcement Team 2", up to {@value #LENGTH} characters,
 * starting with a letter or digit, of letters, digits, spaces and {@code . , ' & ( ) / -}; runs of spaces count as
 * one and the ends are trimmed. Nothing typed means no team.
 */
final class TeamName {

    static final int LENGTH = 60;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'&()/-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The team read: a name, none, or a refusal with its reason. */
    sealed interface Reading {
        record Read(Optional<String> team) implements Reading {
        }

        record Refused(String reason) implements Reading {
        }
    }

    private TeamName() {
    }

    static Reading read(String typed) {
        String team = SPACES.matcher(typed.strip()).replaceAll(" ");
        if (team.isEmpty()) {
            return new Reading.Read(Optional.empty());
        }
        if (team.length() > LENGTH) {
            return new Reading.Refused("A team name is at most " + LENGTH + " characters, not " + team.length() + ".");
        }
        if (!NAME.matcher(team).matches()) {
            return new Reading.Refused("A team name starts with a letter or digit and has only letters, digits, "
                    + "spaces and . , ' & ( ) / -");
        }
        return new Reading.Read(Optional.of(team));
    }

    /** Whether a team name is one {@link #read} gives. */
    static boolean valid(String team) {
        return read(team) instanceof Reading.Read(Optional<String> read) && read.equals(Optional.of(team));
    }
}
