/**
 * The change feed of entry summaries ({@link org.openace.filing.EntryChangeFeed}), read from the filing tables by
 * transaction id (V4_11_1) for the stores that keep a copy of them, such as the analytics store of each node.
 */
@NullMarked
package org.openace.filing.feed;

import org.jspecify.annotations.NullMarked;
