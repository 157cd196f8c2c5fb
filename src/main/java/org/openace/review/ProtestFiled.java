package org.openace.review;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The trade filed a protest against the liquidation of these entries (for notifications and webhooks). */
public record ProtestFiled(String protestNumber, String port, List<String> entryNumbers,
                           @Nullable UUID importerSubAccount) {
}
