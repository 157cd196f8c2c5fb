package org.openace.filing.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.Form7501;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.store.EntryChanges;
import org.openace.filing.store.EntryContentDigests;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.filing.validation.FilingContext;
import org.openace.filing.validation.RuleViolation;
import org.openace.filing.validation.ValidationRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files one entry summary (F2): checks it against every validation rule, then in one transaction stores it as a new
 * entry summary, or as a new version of the entry (a correction, while the status allows it), or recognizes it as
 * a summary already filed (sent twice, or twice at the same moment: the second gets the first one's answer), with
 * its history line, its audit record and its past-tense event. A refused summary stores nothing; its refusal is
 * audited with the codes of the rules it breaks.
 */
@Component
public class FileEntrySummary {

    private static final Logger log = LoggerFactory.getLogger(FileEntrySummary.class);

    /** A correction keeps the importer of record: another importer is another entry. */
    public static final String IMPORTER_CHANGED = "E103_IMPORTER_CHANGED";

    private final ValidationRules rules;
    private final EntrySummaryStore store;
    private final IdentifierHolders holders;
    private final EntryContentDigests contentDigests;
    private final EntryChanges changes;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FileEntrySummary(ValidationRules rules, EntrySummaryStore store, IdentifierHolders holders,
                     EntryContentDigests contentDigests, EntryChanges changes, AuditTrail audit,
                     TransactionTemplate transaction, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.holders = holders;
        this.contentDigests = contentDigests;
        this.changes = changes;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public FilingOutcome file(Form7501 form, Filer filer) {
        List<RuleViolation> violations = rules.check(form, new FilingContext(filer.filerCode()));
        if (!violations.isEmpty()) {
            return refused(form.entryNumber(), filer, violations);
        }
        return stored(new Checked(0, form, contentDigests.of(form), visibility(form, filer, new Holders())), filer);
    }

    /**
     * Files the summaries of a batch, each with the outcome it would have alone, in the order given. Those that pass
     * every rule are stored in one transaction, in the order of their entry numbers (so that two batches sharing
     * entry numbers lock them in the same order and never wait on each other in a circle), then committed together:
     * one commit for the batch instead of one per summary, and the importer's and filer's holders looked up once per
     * identifier. Should that transaction fail (a deadlock with single filings, a lost connection), nothing of it is
     * kept and each summary is filed again on its own. A document that did not read as a form is refused with what
     * its reading found.
     */
    public List<FilingOutcome> fileAll(List<Form7501Reader.Reading> readings, Filer filer) {
        FilingOutcome[] outcomes = new FilingOutcome[readings.size()];
        List<Checked> passed = new ArrayList<>();
        Holders holders = new Holders();
        for (int i = 0; i < readings.size(); i++) {
            Form7501Reader.Reading reading = readings.get(i);
            if (reading.asForm().isEmpty()) {
                outcomes[i] = new FilingOutcome.Refused(reading.violations());
                continue;
            }
            Form7501 form = reading.asForm().get();
            List<RuleViolation> violations = rules.check(form, new FilingContext(filer.filerCode()));
            if (violations.isEmpty()) {
                passed.add(new Checked(i, form, contentDigests.of(form), visibility(form, filer, holders)));
            }
            else {
                outcomes[i] = refused(form.entryNumber(), filer, violations);
            }
        }
        passed.sort(Comparator.comparing((Checked c) -> c.form().entryNumber().compact()).thenComparing(Checked::index));
        List<FilingOutcome> together;
        try {
            together = transaction.execute(status -> passed.stream()
                    .map(checked -> store(checked.form(), filer, checked.digest(), checked.visibility())).toList());
        }
        catch (DataAccessException | TransactionException failed) {
            log.warn("A batch of {} entry summaries was not committed together ({}); filing each on its own",
                    passed.size(), failed.getClass().getSimpleName());
            together = null;
        }
        for (int p = 0; p < passed.size(); p++) {
            Checked checked = passed.get(p);
            outcomes[checked.index()] = together == null ? stored(checked, filer)
                    : afterCommit(together.get(p), checked.form(), filer);
        }
        return List.of(outcomes);
    }

    /** A summary that passed every rule, with what storing it needs. */
    private record Checked(int index, Form7501 form, byte[] digest, EntrySummaryStore.Visibility visibility) {
    }

    private FilingOutcome stored(Checked checked, Filer filer) {
        FilingOutcome outcome = transaction.execute(status -> store(checked.form(), filer, checked.digest(),
                checked.visibility()));
        return afterCommit(outcome, checked.form(), filer);
    }

    /** A refusal found while storing (another importer) is audited once its transaction is over. */
    private FilingOutcome afterCommit(FilingOutcome outcome, Form7501 form, Filer filer) {
        if (outcome instanceof FilingOutcome.Refused refused) {
            return refused(form.entryNumber(), filer, refused.violations());
        }
        return outcome;
    }

    private FilingOutcome store(Form7501 form, Filer filer, byte[] digest, EntrySummaryStore.Visibility visibility) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        EntrySummary fresh = EntrySummary.accept(form, today);
        if (store.insertIfAbsent(fresh, visibility, now)) {
            store.insertVersion(form, 1, digest, filer.actorName(), now);
            recorded(fresh, filer, now, "ENTRY_SUMMARY_FILED");
            return filed(fresh, false);
        }
        EntryNumber number = form.entryNumber();
        store.lock(number).orElseThrow(() -> new IllegalStateException("Entry " + number + " vanished"));
        EntrySummary current = store.load(number).orElseThrow();
        Optional<Integer> same = store.versionWithContent(number, digest);
        if (same.isPresent()) {
            return new FilingOutcome.Filed(number, same.get(), current.status(), current.releaseStatus(),
                    form.declaredTotals(), current.liquidationDeadline(), true);
        }
        if (!current.form().importerOfRecord().equals(form.importerOfRecord())) {
            return new FilingOutcome.Refused(List.of(new RuleViolation(IMPORTER_CHANGED, "importerOfRecord",
                    "A correction keeps the importer of record of entry " + number + " (importerOfRecord): file "
                            + "another importer's goods under another entry number.")));
        }
        if (current.status() != EntrySummaryStatus.ACCEPTED && current.status() != EntrySummaryStatus.REJECTED) {
            return new FilingOutcome.NotCorrectable(number, current.status());
        }
        current.correct(form, today);
        store.insertVersion(form, current.version(), digest, filer.actorName(), now);
        store.update(current, now);
        recorded(current, filer, now, "ENTRY_SUMMARY_CORRECTED");
        return filed(current, false);
    }

    private void recorded(EntrySummary summary, Filer filer, Instant now, String action) {
        changes.recorded(summary, filer.actor(), now, AuditRecord.of(action, AuditOutcome.SUCCESS)
                .detail("version", summary.version()).detail("filerCode", filer.filerCode())
                .detail("lines", summary.form().lines().size()));
    }

    private FilingOutcome refused(EntryNumber number, Filer filer, List<RuleViolation> violations) {
        List<String> codes = new ArrayList<>(violations.stream().map(RuleViolation::code).distinct().toList());
        audit.record(AuditRecord.of("ENTRY_SUMMARY_REFUSED", AuditOutcome.DENIED).actor(filer.actor())
                .object("ENTRY_SUMMARY", number.formatted()).detail("filerCode", filer.filerCode())
                .detail("rules", String.join(",", codes)));
        return new FilingOutcome.Refused(violations);
    }

    private static FilingOutcome.Filed filed(EntrySummary summary, boolean replayed) {
        return new FilingOutcome.Filed(summary.entryNumber(), summary.version(), summary.status(),
                summary.releaseStatus(), summary.form().declaredTotals(), summary.liquidationDeadline(), replayed);
    }

    private EntrySummaryStore.Visibility visibility(Form7501 form, Filer filer, Holders known) {
        var importer = known.holderOf(TradeIdentifier.importerNumberOf(form.importerOfRecord().identifier()));
        var filerHolder = TradeIdentifier.parse(IdentifierKind.FILER_CODE, filer.filerCode())
                .flatMap(known::holderOf);
        return new EntrySummaryStore.Visibility(
                importer.map(IdentifierHolders.Holder::subAccount).orElse(null),
                importer.map(IdentifierHolders.Holder::identifierId).orElse(null),
                filerHolder.map(IdentifierHolders.Holder::subAccount).orElse(filer.subAccount()),
                filerHolder.map(IdentifierHolders.Holder::identifierId).orElse(null));
    }

    /** The holders of identifiers, each looked up once while filing one request's summaries. */
    private final class Holders {

        private final Map<TradeIdentifier, Optional<IdentifierHolders.Holder>> known = new HashMap<>();

        Optional<IdentifierHolders.Holder> holderOf(TradeIdentifier identifier) {
            return known.computeIfAbsent(identifier, holders::holderOf);
        }
    }
}
