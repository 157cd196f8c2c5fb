package org.openace.filing.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.openace.account.PortCode;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FiscalYear;
import org.openace.reference.HtsNumber;
import org.openace.reference.ImporterNumber;

/**
 * What the validation rules ask of the reference module, each as of the entry date: the reference module's
 * {@code HtsSchedule}, {@code Ports}, {@code Countries}, {@code EntryTypes}, {@code ImporterRecords},
 * {@code FeeRates} and {@code AdCvdCases} answer it in the portal; unit tests pass small fakes.
 */
public interface ReferenceData {

    boolean htsInForce(HtsNumber number, LocalDate date);

    boolean portKnown(PortCode port, LocalDate date);

    boolean countryKnown(CountryCode country, LocalDate date);

    boolean entryTypeKnown(EntryTypeCode type, LocalDate date);

    boolean importerOnFile(ImporterNumber importer);

    /** Whether an AD/CVD case is on file: every case on file covers the goods of a country. */
    default boolean adCvdCaseKnown(AdCvdCaseNumber caseNumber) {
        return adCvdCaseCountry(caseNumber).isPresent();
    }

    /** The country whose goods an AD/CVD case on file covers; empty if the case is not on file. */
    Optional<CountryCode> adCvdCaseCountry(AdCvdCaseNumber caseNumber);

    /** The fee's rates of a fiscal year, empty if none are loaded (never guessed). */
    Optional<FeeRate> feeRate(FeeClassCode classCode, FiscalYear year);
}
