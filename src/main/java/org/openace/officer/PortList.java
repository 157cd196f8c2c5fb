package org.openace.officer;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.openace.account.PortCode;

/**
 * Ports as an administrator types them ("2704, 2709 0401"): Schedule D codes of 4 digits separated by commas,
 * semicolons, spaces or new lines, each once. Read by shape only: whether each port exists is the reference data's
 * answer ({@link SetOfficerPorts}).
 */
final class PortList {

    /** More ports than Schedule D has (about 330): a longer list is a mistake. */
    static final int MOST = 500;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Comparator<PortCode> BY_CODE = Comparator.comparing(PortCode::value);

    /** The ports read, the first typed text that is not a port code, or too many. */
    sealed interface Reading {
        record Read(SortedSet<PortCode> ports) implements Reading {
        }

        record Refused(String typed) implements Reading {
        }

        record TooMany(int count) implements Reading {
        }
    }

    private PortList() {
    }

    static Reading read(String typed) {
        SortedSet<PortCode> ports = new TreeSet<>(BY_CODE);
        for (String part : SEPARATORS.split(typed.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            var port = PortCode.parse(part);
            if (port.isEmpty()) {
                return new Reading.Refused(part.length() > 20 ? part.substring(0, 20) + "…" : part);
            }
            ports.add(port.get());
        }
        if (ports.size() > MOST) {
            return new Reading.TooMany(ports.size());
        }
        return new Reading.Read(Collections.unmodifiableSortedSet(ports));
    }

    /** The ports in code order, unmodifiable. */
    static SortedSet<PortCode> sorted(Collection<PortCode> ports) {
        SortedSet<PortCode> sorted = new TreeSet<>(BY_CODE);
        sorted.addAll(ports);
        return Collections.unmodifiableSortedSet(sorted);
    }

    /** The ports as shown and typed back: "0401, 2704, 2709"; empty for none. */
    static String shown(Collection<PortCode> ports) {
        return String.join(", ", sorted(ports).stream().map(PortCode::value).toList());
    }
}
