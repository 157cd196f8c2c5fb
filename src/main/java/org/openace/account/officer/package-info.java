/**
 * The customs officers' side of trade accounts beyond applications: approving or rejecting the broker, filer and
 * carrier sub-accounts owners add, and finding accounts to look at (read-only).
 */
@NullMarked
package org.openace.account.officer;

import org.jspecify.annotations.NullMarked;
