package org.openace.filing;

import org.openace.account.PortCode;
import org.openace.reference.EntryTypeCode;

/**
 * What every entry event says about its entry, for the modules that read them (reports, reviews, payments): the entry
 * number (unique, the key to everything else through the filing module), its filer code, version, entry type, port
 * of entry, and the importer of record number as it may be shown: masked when it is a Social Security or IRS number
 * (personal data never travels in an event, and the events are stored by the publication registry). A reader that
 * needs the full importer number finds it by entry number.
 */
public record EntryFacts(EntryNumber entryNumber, String filerCode, int version, EntryTypeCode entryType,
                         PortCode portOfEntry, String importerDisplay) {

    static EntryFacts of(Form7501 form, int version) {
        return new EntryFacts(form.entryNumber(), form.filerCode(), version, form.entryType(), form.portOfEntry(),
                form.importerOfRecord().display());
    }
}
