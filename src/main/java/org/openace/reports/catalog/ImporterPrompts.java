package org.openace.reports.catalog;

import java.util.Optional;

import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.springframework.stereotype.Component;

/**
 * An importer number typed as a report's prompt (on its page, a schedule's or in the API), resolved at once to the
 * identifier that holds it; what is kept and shown afterwards is that identifier and the masked number, never the
 * number typed. A number nobody holds is kept as an importer no row matches.
 */
@Component
public class ImporterPrompts {

    private final IdentifierHolders holders;

    ImporterPrompts(IdentifierHolders holders) {
        this.holders = holders;
    }

    /** The prompt for the typed number; empty where it is not an importer number at all. */
    public Optional<ReportPrompts.Importer> resolve(String typed) {
        return TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, typed).map(number -> new ReportPrompts.Importer(
                holders.holderOf(number).map(IdentifierHolders.Holder::identifierId).orElse(null), number.display()));
    }
}
