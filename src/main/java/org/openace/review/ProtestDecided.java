package org.openace.review;

import java.util.List;

/** An officer decided a protest: ALLOWED, DENIED or PARTLY_ALLOWED (for notifications and webhooks). */
public record ProtestDecided(String protestNumber, String port, List<String> entryNumbers, String decision) {
}
