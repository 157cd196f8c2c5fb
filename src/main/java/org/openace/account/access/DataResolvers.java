package org.openace.account.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.springframework.stereotype.Component;

/** The {@link DataResolver} of each kind of data id; two resolvers of one kind stop the portal at start-up. */
@Component
class DataResolvers {

    private final Map<String, DataResolver> byKind = new HashMap<>();

    DataResolvers(List<DataResolver> resolvers) {
        for (DataResolver resolver : resolvers) {
            DataResolver other = byKind.put(resolver.kind(), resolver);
            if (other != null) {
                throw new IllegalStateException("Two resolvers of the data kind \"" + resolver.kind() + "\": "
                        + other.getClass().getName() + " and " + resolver.getClass().getName());
            }
        }
    }

    boolean knows(String kind) {
        return byKind.containsKey(kind);
    }

    /** What the id names; empty when it is malformed or names nothing. */
    Optional<DataTarget> resolve(String kind, String id) {
        DataResolver resolver = byKind.get(kind);
        if (resolver == null) {
            throw new IllegalStateException("No resolver of the data kind \"" + kind + "\"");
        }
        return resolver.resolve(id);
    }
}
