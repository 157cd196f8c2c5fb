package org.openace.filing.generator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.ImporterNumber;

/**
 * What the rows say of an entry's importer and filer, looked up once per importer and filer code: the importer's
 * keyed digest and masked display (as the intake writes them) and the sub-accounts that hold the importer number and
 * the filer code ({@link IdentifierHolders}), from which the entry is visible without a grant.
 */
final class Parties {

    record Importer(byte[] digest, String display, @Nullable UUID subAccount, @Nullable UUID identifier) {
    }

    record Filer(@Nullable UUID subAccount, @Nullable UUID identifier) {
    }

    private final PersonalDataVault vault;
    private final IdentifierHolders holders;
    private final Map<ImporterNumber, Importer> importers = new HashMap<>();
    private final Map<String, Filer> filers = new HashMap<>();

    Parties(PersonalDataVault vault, IdentifierHolders holders) {
        this.vault = vault;
        this.holders = holders;
    }

    Importer importer(ImporterNumber number) {
        return importers.computeIfAbsent(number, n -> {
            Optional<IdentifierHolders.Holder> holder = holders.holderOf(TradeIdentifier.importerNumberOf(n.identifier()));
            return new Importer(vault.digest(n.identifier()), n.display(),
                    holder.map(h -> h.subAccount().value()).orElse(null),
                    holder.map(IdentifierHolders.Holder::identifierId).orElse(null));
        });
    }

    Filer filer(String filerCode) {
        return filers.computeIfAbsent(filerCode, code -> {
            Optional<IdentifierHolders.Holder> holder = TradeIdentifier.parse(IdentifierKind.FILER_CODE, code)
                    .flatMap(holders::holderOf);
            return new Filer(holder.map(h -> h.subAccount().value()).orElse(null),
                    holder.map(IdentifierHolders.Holder::identifierId).orElse(null));
        });
    }
}
