package org.openace.account.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.identity.UserId;

/**
 * An importer's account (the grantor) lets another account (the grantee, usually its broker) reach some of its data
 * between two dates (A5). Either side starts it: the grantor offers and the grantee's owner accepts, or the grantee
 * requests and the grantor's owner approves. The one who starts it cannot also approve it. An active grant ends when
 * revoked, or by itself after its end date.
 */
public final class CrossAccountGrant {

    /** Where a grant stands. */
    public enum Status {
        /** Offered by the grantor, waiting for the grantee's owner. */
        OFFERED,
        /** Requested by the grantee, waiting for the grantor's owner. */
        REQUESTED,
        /** In force between its dates. */
        ACTIVE,
        /** Refused by the side that was asked. */
        REJECTED,
        /** Ended early by either side. */
        REVOKED,
        /** Taken back before the other side answered. */
        WITHDRAWN
    }

    /** Which side a user acts for. */
    public enum Side { GRANTOR, GRANTEE }

    private final UUID id;
    private final AccountId grantor;
    private final AccountId grantee;
    private Status status;
    private final Side initiatedBy;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final UserId requestedBy;
    private final Instant requestedAt;
    private @Nullable UserId decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionNote;
    private List<GrantScope> scopes;

    CrossAccountGrant(UUID id, AccountId grantor, AccountId grantee, Status status, Side initiatedBy,
                      LocalDate startsOn, LocalDate endsOn, UserId requestedBy, Instant requestedAt,
                      @Nullable UserId decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
                      List<GrantScope> scopes) {
        this.id = id;
        this.grantor = grantor;
        this.grantee = grantee;
        this.status = status;
        this.initiatedBy = initiatedBy;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
        this.scopes = List.copyOf(scopes);
    }

    /** A new grant, offered by the grantor or requested by the grantee. */
    public static CrossAccountGrant start(AccountId grantor, AccountId grantee, Side initiatedBy, LocalDate startsOn,
                                          LocalDate endsOn, List<GrantScope> scopes, UserId by, Instant now,
                                          LocalDate today) {
        if (grantor.equals(grantee)) {
            throw new GrantRefusedException("SAME_ACCOUNT", "An account cannot grant access to itself.");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new GrantRefusedException("PERIOD_INVALID", "The end date must not come before the start date.");
        }
        if (endsOn.isBefore(today)) {
            throw new GrantRefusedException("PERIOD_PAST", "The end date has already passed.");
        }
        if (scopes.isEmpty()) {
            throw new GrantRefusedException("SCOPE_EMPTY", "Choose at least one sub-account and function.");
        }
        return new CrossAccountGrant(UUID.randomUUID(), grantor, grantee,
                initiatedBy == Side.GRANTOR ? Status.OFFERED : Status.REQUESTED, initiatedBy, startsOn, endsOn, by, now,
                null, null, null, scopes);
    }

    /** Which side must answer a pending grant. */
    public Side answeringSide() {
        return initiatedBy == Side.GRANTOR ? Side.GRANTEE : Side.GRANTOR;
    }

    /**
     * The other side accepts an offer or approves a request; the grantor approving a request may narrow its scope.
     */
    public void approve(Side side, UserId by, Instant now, @Nullable List<GrantScope> narrowedScopes) {
        requirePending();
        if (side != answeringSide()) {
            throw new GrantRefusedException("NOT_YOURS_TO_ANSWER", "Only the other account can answer this.");
        }
        if (by.equals(requestedBy)) {
            throw new GrantRefusedException("SELF_APPROVAL", "The person who asked cannot also approve.");
        }
        if (narrowedScopes != null) {
            if (side != Side.GRANTOR) {
                throw new GrantRefusedException("SCOPE_CHANGE", "Only the granting account may narrow what it grants.");
            }
            for (GrantScope scope : narrowedScopes) {
                if (scopes.stream().noneMatch(s -> s.covers(scope.subAccount(), scope.function(), scope.level()))) {
                    throw new GrantRefusedException("SCOPE_WIDER", "An approval can only narrow what was asked.");
                }
            }
            if (narrowedScopes.isEmpty()) {
                throw new GrantRefusedException("SCOPE_EMPTY", "Choose at least one sub-account and function.");
            }
            this.scopes = List.copyOf(narrowedScopes);
        }
        decide(Status.ACTIVE, by, now, null);
    }

    public void reject(Side side, UserId by, Instant now, String note) {
        requirePending();
        if (side != answeringSide()) {
            throw new GrantRefusedException("NOT_YOURS_TO_ANSWER", "Only the other account can answer this.");
        }
        decide(Status.REJECTED, by, now, note);
    }

    /** The side that started a pending grant takes it back. */
    public void withdraw(Side side, UserId by, Instant now) {
        requirePending();
        if (side != initiatedBy) {
            throw new GrantRefusedException("NOT_YOURS_TO_WITHDRAW", "Only the account that started it can withdraw it.");
        }
        decide(Status.WITHDRAWN, by, now, null);
    }

    /** Either side ends an active grant; it takes effect on the next request. */
    public void revoke(UserId by, Instant now) {
        if (status != Status.ACTIVE) {
            throw new GrantRefusedException("NOT_ACTIVE", "Only an active grant can be revoked.");
        }
        decide(Status.REVOKED, by, now, null);
    }

    /** In force on that day. */
    public boolean isInForce(LocalDate day) {
        return status == Status.ACTIVE && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean hasExpired(LocalDate day) {
        return status == Status.ACTIVE && day.isAfter(endsOn);
    }

    public boolean covers(org.openace.account.SubAccountId sub, org.openace.account.AccountFunction function,
                          org.openace.account.AccessLevel level) {
        return scopes.stream().anyMatch(s -> s.covers(sub, function, level));
    }

    private void requirePending() {
        if (status != Status.OFFERED && status != Status.REQUESTED) {
            throw new GrantRefusedException("NOT_PENDING", "This grant has already been answered.");
        }
    }

    private void decide(Status next, UserId by, Instant now, @Nullable String note) {
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = note;
    }

    public UUID id() { return id; }
    public AccountId grantor() { return grantor; }
    public AccountId grantee() { return grantee; }
    public Status status() { return status; }
    public Side initiatedBy() { return initiatedBy; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public UserId requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public @Nullable UserId decidedBy() { return decidedBy; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String decisionNote() { return decisionNote; }
    public List<GrantScope> scopes() { return scopes; }

    @Override
    public String toString() {
        return "CrossAccountGrant[" + id + ", " + status + "]";
    }
}
