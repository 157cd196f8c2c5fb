package org.openace.account;

import java.util.Optional;

/**
 * Says what an id in an address names, for {@link DataAccess}: one bean per kind of data id, provided by the module
 * that owns the data (entries resolve entry numbers, statements statement numbers, ...). It only finds the data
 * and where it belongs; the decision is {@link AccessControl}'s, so no module re-implements the rules.
 * <pre>
 * &#64;Component
 * class EntryNumbers implements DataResolver {
 *     public String kind() { return "entry"; }
 *     public Optional&lt;DataTarget&gt; resolve(String entryNumber) {
 *         // the importer's sub-account by importer number and the filer's by filer code: either may see it,
 *         // and anyone those sub-accounts granted access to (grants are AccessControl's)
 *         return entries.find(entryNumber).map(e -&gt; DataTarget.anyOf(
 *                 new DataRef(e.importerSubAccount(), e.importerIdentifier(), null, e.port()),
 *                 new DataRef(e.filerSubAccount(), null, e.filerIdentifier(), e.port())));
 *     }
 * }
 * </pre>
 */
public interface DataResolver {

    /** The kind of data id, unique in the portal, e.g. {@code "entry"}: what {@link DataAccess#kind()} names. */
    String kind();

    /**
     * What the id names, or empty when the id is malformed or names nothing (both answer 404, like a refusal).
     * Must not throw for any text: the id comes from the address as the user typed it.
     */
    Optional<DataTarget> resolve(String id);
}
