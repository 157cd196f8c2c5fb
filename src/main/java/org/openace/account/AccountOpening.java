package org.openace.account;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.privacy.TaxIdentifier;

/**
 * Everything needed to open a trade account: the company, its owner (an existing user, or a new one who gets a link
 * to set a password), its sub-accounts with their identifiers, and its contacts.
 */
public record AccountOpening(Company company, Owner owner, List<NewSubAccount> subAccounts,
                             List<NewContact> contacts) {

    public AccountOpening {
        subAccounts = List.copyOf(subAccounts);
        contacts = List.copyOf(contacts);
        if (subAccounts.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one sub-account");
        }
    }

    /** The company: its names, address and telephone, its tax identifier and the application it comes from, if any. */
    public record Company(String legalName, @Nullable String doingBusinessAs, Address address, String phone,
                          TaxIdentifier taxIdentifier, @Nullable UUID applicationId) {
        @Override
        public String toString() {
            return "Company[" + legalName + ", " + taxIdentifier + "]";
        }
    }

    /** The owner: an existing user, or the details of a new one. */
    public record Owner(@Nullable UserId existing, @Nullable Username username, @Nullable String name,
                        @Nullable EmailAddress email) {

        public static Owner existing(UserId user) {
            return new Owner(user, null, null, null);
        }

        public static Owner newUser(Username username, String name, EmailAddress email) {
            return new Owner(null, username, name, email);
        }
    }

    /** A sub-account to open, with its identifiers. */
    public record NewSubAccount(BusinessActivity activity, String name, List<TradeIdentifier> identifiers) {
        public NewSubAccount {
            identifiers = List.copyOf(identifiers);
        }
    }

    /** A contact who does not sign in. */
    public record NewContact(String kind, String name, @Nullable String title, @Nullable String email,
                             @Nullable String phone) {
    }
}
