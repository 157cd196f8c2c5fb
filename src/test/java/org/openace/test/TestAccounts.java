package org.openace.test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountOpening;
import org.openace.account.AccountRole;
import org.openace.account.Address;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.PortCode;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.CrossAccountGrants;
import org.openace.account.grant.GrantScope;
import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds trade accounts, rights and grants for tests, with identifiers unique across the test run. */
public final class TestAccounts {

    private static final Random RANDOM = new Random();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] EIN_PREFIXES = {"10", "12", "20", "27", "30", "38", "45", "52", "61", "75", "80", "95"};

    private final OpenTradeAccount open;
    private final SubAccounts subAccounts;
    private final Memberships memberships;
    private final Rights rights;
    private final CrossAccountGrants grants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TestAccounts(OpenTradeAccount open, SubAccounts subAccounts, Memberships memberships, Rights rights,
                 CrossAccountGrants grants, TransactionTemplate transaction, Clock clock) {
        this.open = open;
        this.subAccounts = subAccounts;
        this.memberships = memberships;
        this.rights = rights;
        this.grants = grants;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A random valid EIN with suffix 00, different each call. */
    public static TaxIdentifier ein() {
        String digits = String.format("%07d", RANDOM.nextInt(10_000_000));
        return TaxIdentifier.parse(TaxIdentifier.Kind.EIN,
                EIN_PREFIXES[RANDOM.nextInt(EIN_PREFIXES.length)] + "-" + digits + "00").orElseThrow();
    }

    /** A random valid SSN (area 100-665), different each call. */
    public static TaxIdentifier ssn() {
        String text = String.format("%03d-%02d-%04d", 100 + RANDOM.nextInt(565), 1 + RANDOM.nextInt(98),
                1 + RANDOM.nextInt(9998));
        return TaxIdentifier.parse(TaxIdentifier.Kind.SSN, text).orElseThrow();
    }

    public static TradeIdentifier filerCode() {
        String alphabet = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return TradeIdentifier.parse(IdentifierKind.FILER_CODE, code.toString().equals("000") ? "A00" : code.toString())
                .orElseThrow();
    }

    public static TradeIdentifier importerNumber(TaxIdentifier tax) {
        return TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, tax.value()).orElseThrow();
    }

    private OpenTradeAccount.Opened openWithRetry(String name, PortalUser owner, List<AccountOpening.NewSubAccount> subs,
                                                  TaxIdentifier tax) {
        AccountOpening opening = new AccountOpening(new AccountOpening.Company(name + " " + SEQUENCE.incrementAndGet(),
                null, new Address("1 Harbor Way", "Baltimore", "MD", "21230", "US"), "+1 410 555 0100", tax, null),
                AccountOpening.Owner.existing(owner.id()), subs, List.of());
        return transaction.execute(status -> open.open(opening));
    }

    /** An importer's account owned by {@code owner}, with an importer sub-account (importer number = its EIN). */
    public OpenTradeAccount.Opened importer(PortalUser owner) {
        return importer(owner, ein());
    }

    /** An importer's account with the given tax identifier, its importer number taken from it. */
    public OpenTradeAccount.Opened importer(PortalUser owner, TaxIdentifier tax) {
        return openWithRetry("Importer Co", owner, List.of(new AccountOpening.NewSubAccount(BusinessActivity.IMPORTER,
                "Imports", List.of(importerNumber(tax)))), tax);
    }

    /** An importer's account with two importer sub-accounts (two suffixes of its EIN). */
    public OpenTradeAccount.Opened importerWithTwoDivisions(PortalUser owner) {
        return importerWithTwoDivisions(owner, ein());
    }

    /**
     * An importer's account with the given EIN and two importer sub-accounts: east holds the importer number of the
     * EIN with suffix 01, west with suffix 02.
     */
    public OpenTradeAccount.Opened importerWithTwoDivisions(PortalUser owner, TaxIdentifier ein) {
        String base = ein.value().substring(0, 10);
        return openWithRetry("Two Division Imports", owner, List.of(
                new AccountOpening.NewSubAccount(BusinessActivity.IMPORTER, "East division",
                        List.of(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, base + "01").orElseThrow())),
                new AccountOpening.NewSubAccount(BusinessActivity.IMPORTER, "West division",
                        List.of(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, base + "02").orElseThrow()))), ein);
    }

    /** A broker's account owned by {@code owner}, with a broker sub-account and a filer code. */
    public OpenTradeAccount.Opened broker(PortalUser owner) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return openWithRetry("Broker LLC", owner, List.of(new AccountOpening.NewSubAccount(BusinessActivity.BROKER,
                        "Brokerage", List.of(filerCode()))), ein());
            }
            catch (org.openace.account.DuplicateIdentifierException e) {
                // a filer code drawn twice in the run: draw again
            }
        }
        throw new IllegalStateException("No free filer code");
    }

    public void member(OpenTradeAccount.Opened account, PortalUser user, AccountRole role) {
        memberships.add(account.account().id(), user.id(), role, Membership.Status.ACTIVE, null);
    }

    public void right(OpenTradeAccount.Opened account, PortalUser user, SubAccount sub, AccountFunction function,
                      AccessLevel level) {
        rights.grant(account.account().id(), user.id(), sub.id(), function, level, null, null, PortCode.ALL_PORTS, null);
    }

    public void right(OpenTradeAccount.Opened account, PortalUser user, SubAccount sub, AccountFunction function,
                      AccessLevel level, UUID importer, UUID filer, PortCode port) {
        rights.grant(account.account().id(), user.id(), sub.id(), function, level, importer, filer, port, null);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** An active grant from grantor to grantee, offered by one owner and accepted by the other. */
    public CrossAccountGrant grant(OpenTradeAccount.Opened grantor, OpenTradeAccount.Opened grantee,
                                   LocalDate from, LocalDate to, GrantScope... scopes) {
        return transaction.execute(status -> {
            CrossAccountGrant grant = CrossAccountGrant.start(grantor.account().id(), grantee.account().id(),
                    CrossAccountGrant.Side.GRANTOR, from, to, List.of(scopes), grantor.owner().id(), clock.instant(),
                    today());
            grants.insert(grant);
            grant.approve(CrossAccountGrant.Side.GRANTEE, grantee.owner().id(), clock.instant(), null);
            grants.update(grant);
            return grant;
        });
    }

    public CrossAccountGrant grant(OpenTradeAccount.Opened grantor, OpenTradeAccount.Opened grantee, GrantScope... scopes) {
        return grant(grantor, grantee, today(), today().plusDays(30), scopes);
    }

    public void revoke(CrossAccountGrant grant, UserId by) {
        transaction.executeWithoutResult(status -> {
            CrossAccountGrant current = grants.findForUpdate(grant.id()).orElseThrow();
            current.revoke(by, clock.instant());
            grants.update(current);
        });
    }

    public void delegate(CrossAccountGrant grant, PortalUser user, SubAccount sub, AccountFunction function,
                         AccessLevel level, UserId by) {
        grants.delegate(grant.id(), user.id(), sub.id(), function, level, by, clock.instant());
    }

    public SubAccount pendingSubAccount(OpenTradeAccount.Opened account, BusinessActivity activity) {
        return subAccounts.insert(account.account().id(), activity, activity.title(), SubAccount.Status.PENDING_APPROVAL,
                account.owner().id());
    }
}
