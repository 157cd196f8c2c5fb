package org.openace.filing.search;

import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Searches sent with the form (POST), kept in the user's session under a random id so that the results page and its
 * next pages and exports name the search by id, never by its filters: an importer number typed in the form never
 * appears in a web address, a log line or the browser's history. Only the filter (with the importer's digest), the
 * form without the importer number and the masked importer number are kept; the {@value #KEPT} latest per session.
 */
final class SavedEntrySearches {

    static final int KEPT = 20;
    private static final String ATTRIBUTE = SavedEntrySearches.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SavedEntrySearches() {
    }

    record Saved(EntryFilter filter, EntrySearchForm form, @Nullable String importerShown) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Keeps the search and answers its id (16 hex digits, random). */
    static String save(HttpSession session, Saved search) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        LinkedHashMap<String, Saved> kept = new LinkedHashMap<>(kept(session));
        kept.put(id, search);
        while (kept.size() > KEPT) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(ATTRIBUTE, kept);
        return id;
    }

    static Optional<Saved> find(@Nullable HttpSession session, String id) {
        if (session == null || !id.matches("[0-9a-f]{16}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(kept(session).get(id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Saved> kept(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof LinkedHashMap<?, ?> map ? (Map<String, Saved>) map : Map.of();
    }
}
