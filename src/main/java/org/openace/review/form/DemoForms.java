package org.openace.review.form;

import java.util.List;
import java.util.Optional;

import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.audit.AuditActor;
import org.openace.filing.DemoEntriesFiled;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.ReviewedEntry;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.review.form.FormKind.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's CBP forms: once the demo entries are on file, {@code officer.demo} has issued on the demo
 * importer's newest entries a Form 28 waiting for an answer, a Form 29 proposing an action and a Form 4647, and the
 * demo importer has designated the demo broker's filer code for copies, so that {@code trade.demo} answers a Form 28
 * with a document and {@code officer.demo} finds the answer in the queue. Issued once (a restart finds them).
 */
@Component
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoForms {

    static final String IMPORTER_NUMBER = "262704-DEMO1";
    static final String BROKER_FILER_CODE = "D3M";
    static final String OFFICER = "officer.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoForms.class);

    private final IssueForm issue;
    private final BrokerCopies copies;
    private final EntryReviews entries;
    private final IdentifierHolders holders;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoForms(IssueForm issue, BrokerCopies copies, EntryReviews entries, IdentifierHolders holders,
              UserDirectory users, JdbcClient jdbc, TransactionTemplate transaction) {
        this.issue = issue;
        this.copies = copies;
        this.entries = entries;
        this.holders = holders;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener
    void on(DemoEntriesFiled filed) {
        if (jdbc.sql("select exists (select 1 from cbp_form)").query(Boolean.class).single()) {
            return;
        }
        Optional<UserSummary> officer = users.findByUsername(new Username(OFFICER));
        Optional<IdentifierHolders.Holder> importer = TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER,
                IMPORTER_NUMBER).flatMap(holders::holderOf);
        if (officer.isEmpty() || importer.isEmpty()) {
            log.warn("Demo CBP forms not issued: the demo officer or the demo importer's account is missing");
            return;
        }
        List<EntryNumber> newest = entries.latestOfImporter(importer.get().subAccount(), 3);
        if (newest.size() < 3) {
            log.warn("Demo CBP forms not issued: the demo importer has {} entries", newest.size());
            return;
        }
        AuditActor actor = AuditActor.user(officer.get().id().value(), OFFICER);
        try {
            transaction.executeWithoutResult(status -> {
                copies.designate(importer.get().subAccount(), BROKER_FILER_CODE, AuditActor.SYSTEM);
                issue(newest.get(0), FormKind.CF28, Notice.NONE, FormSubject.VALUE, """
                        1. Provide the commercial invoice and proof of payment for this entry.
                        2. Were any assists (tooling, molds, designs) supplied free of charge or at reduced cost \
                        to the manufacturer? If so, describe them and their value.
                        3. Is the seller related to the importer within the meaning of 19 U.S.C. 1401a(g)?""", null,
                        actor);
                issue(newest.get(1), FormKind.CF29, Notice.PROPOSED, FormSubject.CLASSIFICATION, """
                        CBP proposes to reclassify the upholstered seats declared under 9401.61 as seats with \
                        wooden frames of 9401.69, on the information on file. You may present reasons why the \
                        proposed action should not be taken.""", "Line 1: HTS 9401.61.40.11 becomes 9401.69.80.11; "
                        + "the duty follows the new rate.", actor);
                issue(newest.get(2), FormKind.CF4647, Notice.MARK, FormSubject.MARKING, """
                        The articles in this entry are not legibly marked with their country of origin \
                        (19 U.S.C. 1304). Mark them under CBP supervision, or export or destroy them, and show \
                        how within the time allowed.""", null, actor);
            });
            log.info("Demo CBP forms issued by {} on 3 entries of {}", OFFICER, IMPORTER_NUMBER);
        }
        catch (RuntimeException e) {
            log.warn("Demo CBP forms not issued: {}", e.getMessage());
        }
    }

    private void issue(EntryNumber number, FormKind kind, Notice notice, FormSubject subject, String body,
                       @org.jspecify.annotations.Nullable String change, AuditActor actor) {
        ReviewedEntry entry = entries.find(number).orElseThrow();
        issue.issue(entry, kind, new IssueInput.Checked(notice, subject, body, change, null), null, actor);
    }
}
