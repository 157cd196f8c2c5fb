package org.openace.onboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountOpening;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeAccountRegister;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customs officer approves a submitted application: the trade account opens with a sub-account per activity and
 * its identifiers (the importer's importer number is the application's tax identifier), the company officer and
 * points of contact as contacts, and a new owner user who is e-mailed a link to set a password. All of it or
 * nothing: a conflict (an identifier or the user ID taken meanwhile) changes nothing. The application is locked
 * while deciding, so two officers cannot both approve it. Never their own application.
 */
@Component
class ApproveApplication {

    /** What became of the approval. */
    sealed interface Result {
        record Approved(AccountApplication application, String accountNumber) implements Result {
        }

        record NotSubmitted(ApplicationStatus status) implements Result {
        }

        record SelfApproval() implements Result {
        }

        /** @param kind the identifier kind, or null for the tax identifier */
        record DuplicateIdentifier(@Nullable IdentifierKind kind) implements Result {
        }

        record UsernameTaken() implements Result {
        }
    }

    private final AccountApplications applications;
    private final TradeAccountRegister register;
    private final ApplicationMails mails;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApproveApplication(AccountApplications applications, TradeAccountRegister register, ApplicationMails mails,
                       AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.register = register;
        this.mails = mails;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @throws UnknownApplicationException if there is no such application */
    Result approve(UUID id, Reviewer reviewer) {
        Result result;
        try {
            result = transaction.execute(status -> {
                AccountApplication application = applications.findForUpdate(id)
                        .orElseThrow(UnknownApplicationException::new);
                try {
                    application.requireApprovableBy(reviewer);
                }
                catch (ApplicationStateException e) {
                    return new Result.NotSubmitted(e.status());
                }
                catch (SelfApprovalException e) {
                    return new Result.SelfApproval();
                }
                TradeAccountRegister.Opened opened = register.open(opening(application));
                ApplicationEvent event = application.approve(reviewer, opened.account().id(), clock.instant());
                applications.update(application);
                applications.append(id, event);
                audit.record(AuditRecord.of("APPLICATION_APPROVED", AuditOutcome.SUCCESS)
                        .object("ACCOUNT_APPLICATION", id).detail("reference", application.reference())
                        .detail("account", opened.account().id()).detail("accountNumber", opened.account().number())
                        .detail("owner", opened.owner()));
                mails.approved(application, opened.account().number());
                return new Result.Approved(application, opened.account().number());
            });
        }
        catch (DuplicateIdentifierException e) {
            result = new Result.DuplicateIdentifier(e.kind());
        }
        catch (UserDirectory.UsernameTakenException | DuplicateKeyException e) {
            result = new Result.UsernameTaken();
        }
        return switch (result) {
            case Result.Approved approved -> approved;
            case Result.SelfApproval refused -> {
                audit.record(AuditRecord.of("APPLICATION_APPROVED", AuditOutcome.DENIED)
                        .object("ACCOUNT_APPLICATION", id).detail("reason", "SELF_APPROVAL"));
                yield refused;
            }
            case Result.NotSubmitted notSubmitted -> notSubmitted;
            default -> {
                // written after the rollback, which took the account and its audit rows back
                audit.record(AuditRecord.of("APPLICATION_APPROVED", AuditOutcome.FAILURE)
                        .object("ACCOUNT_APPLICATION", id).detail("reason", failure(result)));
                yield result;
            }
        };
    }

    private static String failure(Result result) {
        return switch (result) {
            case Result.DuplicateIdentifier duplicate -> "DUPLICATE_" + (duplicate.kind() == null ? "TAX_IDENTIFIER"
                    : duplicate.kind().name());
            case Result.UsernameTaken taken -> "USERNAME_TAKEN";
            default -> "OTHER";
        };
    }

    /** The account the application asks for. */
    static AccountOpening opening(AccountApplication application) {
        CompanyDetails company = application.company().orElseThrow();
        OwnerDetails owner = application.owner().orElseThrow();
        ContactPerson officer = application.companyOfficer().orElseThrow();
        List<AccountOpening.NewSubAccount> subAccounts = application.activities().stream()
                .map(a -> new AccountOpening.NewSubAccount(a.activity(), a.activity().title(),
                        application.identifiersOf(a)))
                .toList();
        List<AccountOpening.NewContact> contacts = new ArrayList<>();
        contacts.add(contact("COMPANY_OFFICER", officer));
        application.pointsOfContact().forEach(c -> contacts.add(contact("POINT_OF_CONTACT", c)));
        return new AccountOpening(new AccountOpening.Company(company.legalName(), company.doingBusinessAs(),
                company.address(), company.phone().value(), application.taxIdentifier().orElseThrow(), application.id()),
                AccountOpening.Owner.newUser(owner.username(), owner.name(), owner.email()), subAccounts, contacts);
    }

    private static AccountOpening.NewContact contact(String kind, ContactPerson person) {
        return new AccountOpening.NewContact(kind, person.name(), person.title(), person.email().value(),
                person.phone() == null ? null : person.phone().value());
    }
}
