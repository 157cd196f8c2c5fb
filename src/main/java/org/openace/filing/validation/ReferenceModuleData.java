package org.openace.filing.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.reference.AdCvdCase;
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
import org.openace.reference.ReferenceDataLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The validation rules' questions answered by the reference module, from the editions loaded into PostgreSQL. The
 * answers are kept in memory (a filing asks the same few dozen questions as the one before it, a thousand times a
 * second): forgotten when an edition is loaded here, and at least every {@link #FORGET_AFTER} so that an edition
 * loaded through another node counts soon too.
 */
@Component
class ReferenceModuleData implements ReferenceData {

    static final Duration FORGET_AFTER = Duration.ofMinutes(1);
    private static final int MAX_ANSWERS = 200_000;

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();
    private volatile Instant forgetAt = Instant.EPOCH;
    private final Clock clock;

    private final HtsSchedule hts;
    private final Ports ports;
    private final Countries countries;
    private final EntryTypes entryTypes;
    private final ImporterRecords importers;
    private final AdCvdCases adCvdCases;
    private final FeeRates feeRates;

    ReferenceModuleData(HtsSchedule hts, Ports ports, Countries countries, EntryTypes entryTypes,
                        ImporterRecords importers, AdCvdCases adCvdCases, FeeRates feeRates, Clock clock) {
        this.clock = clock;
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
        return remembered(new Question("hts", number, date), () -> hts.isValid(number, date));
    }

    @Override
    public boolean portKnown(PortCode port, LocalDate date) {
        return remembered(new Question("port", port, date), () -> ports.exists(port, date));
    }

    @Override
    public boolean countryKnown(CountryCode country, LocalDate date) {
        return remembered(new Question("country", country, date), () -> countries.exists(country, date));
    }

    @Override
    public boolean entryTypeKnown(EntryTypeCode type, LocalDate date) {
        return remembered(new Question("type", type, date), () -> entryTypes.exists(type, date));
    }

    @Override
    public boolean importerOnFile(ImporterNumber importer) {
        return importers.exists(importer);
    }

    @Override
    public Optional<CountryCode> adCvdCaseCountry(AdCvdCaseNumber caseNumber) {
        return remembered(new Question("adcvd-country", caseNumber, null),
                () -> adCvdCases.find(caseNumber).map(AdCvdCase::country));
    }

    @Override
    public Optional<FeeRate> feeRate(FeeClassCode classCode, FiscalYear year) {
        return remembered(new Question("fee", classCode, year), () -> feeRates.rate(classCode, year));
    }

    /** An edition loaded on this node counts from the next filing on. */
    @EventListener
    void on(ReferenceDataLoaded loaded) {
        answers.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(Question question, Supplier<T> ask) {
        Instant now = clock.instant();
        if (now.isAfter(forgetAt) || answers.size() > MAX_ANSWERS) {
            answers.clear();
            forgetAt = now.plus(FORGET_AFTER);
        }
        Object known = answers.get(question);
        if (known != null) {
            return (T) known;
        }
        T answer = ask.get();
        answers.put(question, answer);
        return answer;
    }

    /** A question asked: what about, of which value, as of which date or fiscal year. */
    private record Question(String about, Object value, @Nullable Object asOf) {
    }
}
