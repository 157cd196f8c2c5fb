package org.openace.officer;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.springframework.validation.Errors;

/**
 * An officer's ports and team as an administrator types them: the ports separated by commas or spaces, the team's
 * name (empty for none). Read by hand into a {@link Checked} or field errors; whether the ports exist is checked when
 * they are set.
 */
record OfficerPortsForm(@Nullable String ports, @Nullable String team) {

    /** The form read and checked by shape. */
    record Checked(SortedSet<PortCode> ports, Optional<String> team) {
    }

    static OfficerPortsForm of(Officer officer) {
        return new OfficerPortsForm(PortList.shown(officer.ports()), officer.team() == null ? "" : officer.team());
    }

    @Nullable Checked check(Errors errors) {
        SortedSet<PortCode> read = null;
        switch (PortList.read(ports == null ? "" : ports)) {
            case PortList.Reading.Read r -> read = r.ports();
            case PortList.Reading.Refused refused -> errors.rejectValue("ports", "officer.ports",
                    "\"" + refused.typed() + "\" is not a port code. A port code is 4 digits, for example 2704; "
                            + "separate ports with commas or spaces.");
            case PortList.Reading.TooMany many -> errors.rejectValue("ports", "officer.ports.many",
                    "An officer works at most " + PortList.MOST + " ports, not " + many.count() + ".");
        }
        Optional<String> name = Optional.empty();
        switch (TeamName.read(team == null ? "" : team)) {
            case TeamName.Reading.Read r -> name = r.team();
            case TeamName.Reading.Refused refused -> errors.rejectValue("team", "officer.team", refused.reason());
        }
        return errors.hasErrors() || read == null ? null : new Checked(read, name);
    }

    /** The refusal of ports that are not in Schedule D, on the ports field. */
    static void unknownPorts(List<PortCode> unknown, boolean noPortsLoaded, Errors errors) {
        String codes = String.join(", ", unknown.stream().map(PortCode::value).toList());
        errors.rejectValue("ports", "officer.ports.unknown", noPortsLoaded
                ? "No Schedule D ports are loaded, so no port can be set yet. Load the ports on the reference data "
                        + "first (admin load-reference --kind=ports)."
                : (unknown.size() == 1 ? "Port " + codes + " is not a port" : "Ports " + codes + " are not ports")
                        + " of the Schedule D in force. Check the codes on the reference data page.");
    }
}
