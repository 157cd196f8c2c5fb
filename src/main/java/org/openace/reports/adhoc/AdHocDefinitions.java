package org.openace.reports.adhoc;

import java.time.Clock;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ad hoc definitions as JSON (kept with runs and templates), and read back: checked again each time, so that a kept
 * definition that no longer fits the whitelist is refused in words, not run.
 */
@Component
class AdHocDefinitions {

    private final JsonMapper json;
    private final Clock clock;

    AdHocDefinitions(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    String write(AdHocDefinition definition) {
        return json.writeValueAsString(definition);
    }

    /** The definition kept as JSON; an unreadable one is refused as a definition without a grain. */
    AdHocDefinition read(String kept) {
        try {
            AdHocDefinition read = json.readValue(kept, AdHocDefinition.class);
            return read == null ? empty() : read;
        }
        catch (JacksonException e) {
            return empty();
        }
    }

    AdHocCheck.Outcome check(AdHocDefinition definition) {
        return AdHocCheck.check(definition, clock);
    }

    /** The report kept as JSON, checked again. */
    AdHocCheck.Outcome checkKept(String kept) {
        return check(read(kept));
    }

    private static AdHocDefinition empty() {
        return new AdHocDefinition(null, null, null, null, null, null, null, null);
    }
}
