/**
 * Trade accounts and who may see what: top accounts and their sub-accounts per business activity with their
 * identifiers, owners, proxy owners and users with rights per sub-account, function and level, cross-account grants
 * to brokers and the client groups of brokers, and the one authorization service that every module asks "may this
 * user do this on this data".
 */
@NullMarked
package org.openace.account;

import org.jspecify.annotations.NullMarked;
