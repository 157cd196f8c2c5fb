package org.openace.filing.upload;

import java.util.Optional;
import java.util.UUID;

/** Upload ids as they come in an address: a UUID, or nothing. */
final class UploadIds {

    private UploadIds() {
    }

    static Optional<UUID> parse(String id) {
        if (id == null || !id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
