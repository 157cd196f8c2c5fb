package org.openace.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programs of an agreement as an administrator types them, one to a line: the program's code, its name and the
 * HTS chapters and headings it covers, separated by bars ({@code FOO | Foods | 03, 04, 1604}). Blank lines are
 * skipped; a line that cannot be read is named with what it should be.
 */
final class AgencyPrograms {

    static final int MOST = 30;
    static final int NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

    /** The programs read, or why a line was refused (its number, from 1, and the message). */
    sealed interface Reading {
        record Read(List<AgencyProgram> programs) implements Reading {
        }

        record Refused(int line, String message) implements Reading {
        }
    }

    private AgencyPrograms() {
    }

    static Reading read(String typed) {
        List<AgencyProgram> programs = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> lines = typed.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                return new Reading.Refused(number, "write the program's code, name and HTS chapters and headings "
                        + "separated by bars, for example FOO | Foods | 03, 04");
            }
            String code = parts[0].strip().toUpperCase(Locale.ROOT);
            String name = parts[1].strip();
            if (!CODE.matcher(code).matches()) {
                return new Reading.Refused(number, "the program's code is 2 to 10 capital letters or digits, "
                        + "for example FOO");
            }
            if (!codes.add(code)) {
                return new Reading.Refused(number, "the program " + code + " is listed twice");
            }
            if (name.isEmpty() || name.length() > NAME_LENGTH) {
                return new Reading.Refused(number, "give the program's name, at most " + NAME_LENGTH + " characters");
            }
            switch (HtsPrefixes.read(parts[2])) {
                case HtsPrefixes.Reading.Read read -> {
                    if (read.prefixes().isEmpty()) {
                        return new Reading.Refused(number, "name the HTS chapters or headings the program covers");
                    }
                    programs.add(new AgencyProgram(code, name, read.prefixes()));
                }
                case HtsPrefixes.Reading.Refused refused -> {
                    return new Reading.Refused(number, "\"" + refused.typed() + "\" is not an HTS chapter (2 digits) "
                            + "or heading (4 digits)");
                }
                case HtsPrefixes.Reading.TooMany many -> {
                    return new Reading.Refused(number, "a program lists at most " + HtsPrefixes.MOST
                            + " chapters and headings");
                }
            }
            if (programs.size() > MOST) {
                return new Reading.Refused(number, "an agreement lists at most " + MOST + " programs");
            }
        }
        return new Reading.Read(List.copyOf(programs));
    }

    /** The programs as typed, one to a line. */
    static String shown(List<AgencyProgram> programs) {
        return String.join("\n", programs.stream().map(AgencyProgram::typed).toList());
    }
}
