package org.openace.agency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A partner agency as administrators see it: its code, name, the HTS its agreement covers and its members. */
record Agency(UUID id, String code, String name, List<String> htsPrefixes, @Nullable Instant agreementUpdatedAt) {

    Agency {
        htsPrefixes = List.copyOf(htsPrefixes);
    }

    public String coverage() {
        return htsPrefixes.isEmpty() ? "Nothing yet" : HtsPrefixes.shown(htsPrefixes);
    }
}
