package org.openace.account;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether an API token may still file (or read what it filed), asked again by work that goes on after the request that authenticated it
 * (an upload filed in the background, a report run): the token exists, is neither revoked nor expired, and its sub-account is
 * active, of a broker or filer, and still holds the token's filer code. The same conditions as authenticating a
 * request with it, read from the tables at the moment of asking.
 */
public interface ApiTokenStanding {

    boolean mayStillFile(UUID tokenId);

    /** The filer sub-account the token acts for, while it still stands (the same conditions); empty once it does not. */
    Optional<SubAccountId> standingFor(UUID tokenId);
}
