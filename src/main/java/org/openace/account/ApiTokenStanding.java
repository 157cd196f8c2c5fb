package org.openace.account;

import java.util.UUID;

/**
 * Whether an API token may still file, asked again by work that goes on after the request that authenticated it
 * (an upload filed in the background): the token exists, is neither revoked nor expired, and its sub-account is
 * active, of a broker or filer, and still holds the token's filer code. The same conditions as authenticating a
 * request with it, read from the tables at the moment of asking.
 */
public interface ApiTokenStanding {

    boolean mayStillFile(UUID tokenId);
}
