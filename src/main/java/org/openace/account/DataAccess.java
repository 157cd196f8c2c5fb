package org.openace.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openace.platform.web.EndpointRule;

/**
 * Declares that an endpoint needs a function at a level on the data that an id in its address names:
 * <pre>
 * &#64;GetMapping("/entries/{entryNumber}")
 * &#64;DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW, kind = "entry", id = "entryNumber")
 * </pre>
 * Before the endpoint runs, the {@link DataResolver} of the {@link #kind} says what the id names (which
 * sub-accounts it is visible from, with its importer number, filer code and port) and {@link AccessControl} decides;
 * a malformed id, an id that names nothing and a lack of rights all answer 404 ({@link AccountDataNotFoundException})
 * and the refusal is audited. Repeat it for each id in the address; all must allow. A kind that no resolver bean
 * answers, or an id that is not in the address, stops the portal at start-up.
 * <p>
 * The account module resolves {@code "account"} (any sub-account of the account, like {@link AccountAccess} on
 * {@code {accountId}}) and {@code "sub-account"}; each module resolves the kinds of its own data.
 * <p>
 * Two more ways in, each declared here so that one endpoint states everyone it serves (all the rules an endpoint
 * declares must allow, so these cannot be separate rules): {@link #allForRoles} lets the users of portal roles reach
 * every piece of the kind that exists (customs officers see all entries), and {@link #apiTokens} lets an API token
 * that covers the function and level reach the pieces visible from its own sub-account (an entry filed under its
 * filer code), on {@code /api/} addresses only. Anyone else, a token on data of another sub-account included, gets
 * the same 404.
 */
@Documented
@EndpointRule
@Repeatable(DataAccess.List.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DataAccess {

    AccountFunction function();

    AccessLevel level();

    /** The kind of data the id names, as its {@link DataResolver#kind()} says, e.g. {@code "entry"}. */
    String kind();

    /** The name of the id's variable in the address, e.g. {@code "entryNumber"} for {@code {entryNumber}}. */
    String id();

    /**
     * Portal roles (names of the identity module's {@code Role}, e.g. {@code "OFFICER"}) whose users reach every
     * piece of data of the kind that exists, without rights in any account. Empty (the default): only
     * {@link AccessControl} decides. A name that is not a role stops the portal at start-up.
     */
    String[] allForRoles() default {};

    /**
     * Whether an API token ({@link ApiTokenAccepted}'s principal) may reach the data too: one that covers the
     * function at the level, on data visible from the token's own sub-account. Only on {@code /api/} addresses (the
     * only ones a token is authenticated on); declared elsewhere, it stops the portal at start-up.
     */
    boolean apiTokens() default false;

    /** Several ids in one address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        DataAccess[] value();
    }
}
