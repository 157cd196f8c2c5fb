package org.openace.filing.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.openace.account.PortCode;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.AdCvdCases;
import org.openace.reference.Countries;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.EntryTypes;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;
import org.openace.reference.FeeRates;
import org.openace.reference.FiscalYear;
import org.openace.reference.HtsNumber;
import org.openace.reference.HtsSchedule;
import org.openace.reference.ImporterNumber;
import org.openace.reference.ImporterRecords;
import org.openace.reference.Ports;
import org.springframework.stereotype.Component;

/** The validation rules' questions answered by the reference module, from the editions loaded into PostgreSQL. */
@Component
class ReferenceModuleData implements ReferenceData {

    private final HtsSchedule hts;
    private final Ports ports;
    private final Countries countries;
    private final EntryTypes entryTypes;
    private final ImporterRecords importers;
    private final AdCvdCases adCvdCases;
    private final FeeRates feeRates;

    ReferenceModuleData(HtsSchedule hts, Ports ports, Countries countries, EntryTypes entryTypes,
                        ImporterRecords importers, AdCvdCases adCvdCases, FeeRates feeRates) {
        this.hts = hts;
        this.ports = ports;
        this.countries = countries;
        this.entryTypes = entryTypes;
        this.importers = importers;
        this.adCvdCases = adCvdCases;
        this.feeRates = feeRates;
    }

    @Override
    public boolean htsInForce(HtsNumber number, LocalDate date) {
        return hts.isValid(number, date);
    }

    @Override
    public boolean portKnown(PortCode port, LocalDate date) {
        return ports.exists(port, date);
    }

    @Override
    public boolean countryKnown(CountryCode country, LocalDate date) {
        return countries.exists(country, date);
    }

    @Override
    public boolean entryTypeKnown(EntryTypeCode type, LocalDate date) {
        return entryTypes.exists(type, date);
    }

    @Override
    public boolean importerOnFile(ImporterNumber importer) {
        return importers.exists(importer);
    }

    @Override
    public boolean adCvdCaseKnown(AdCvdCaseNumber caseNumber) {
        return adCvdCases.exists(caseNumber);
    }

    @Override
    public Optional<FeeRate> feeRate(FeeClassCode classCode, FiscalYear year) {
        return feeRates.rate(classCode, year);
    }
}
