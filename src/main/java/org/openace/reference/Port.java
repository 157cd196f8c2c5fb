package org.openace.reference;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;

/** A port of CBP Schedule D: its 4-digit code (district and port), its name and its district's name where given. */
public record Port(PortCode code, String name, @Nullable String districtName) {
}
