package org.openace.reports.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The prompts of a run as chosen and checked: the dates (on which date, from and to, both included) and the optional
 * narrowing prompts. An importer number is kept only as the identifier that holds it and its masked display (it may
 * be a Social Security number): never the number itself.
 */
public record ReportPrompts(DateBasis basis, LocalDate from, LocalDate to, @Nullable Importer importer,
                            @Nullable String port, @Nullable String filerCode, @Nullable String hts,
                            @Nullable String countryOfOrigin, @Nullable String entryType) {

    /**
     * An importer prompt: the id of the identifier that holds the number on the portal (null when none does: no
     * entry of the store can then match) and the number as shown, masked where it is personal data.
     */
    public record Importer(@Nullable UUID identifierId, String display) {
    }

    /** The prompts in words, as a run's history shows them. */
    public List<String> described() {
        List<String> words = new ArrayList<>();
        words.add(basis.label() + " " + from + " to " + to);
        if (importer != null) {
            words.add(PromptField.IMPORTER.label() + " " + importer.display());
        }
        if (port != null) {
            words.add(PromptField.PORT.label() + " " + port);
        }
        if (filerCode != null) {
            words.add(PromptField.FILER_CODE.label() + " " + filerCode);
        }
        if (hts != null) {
            words.add(PromptField.HTS.label() + " " + hts + "*");
        }
        if (countryOfOrigin != null) {
            words.add(PromptField.COUNTRY_OF_ORIGIN.label() + " " + countryOfOrigin);
        }
        if (entryType != null) {
            words.add(PromptField.ENTRY_TYPE.label() + " " + entryType);
        }
        return words;
    }
}
