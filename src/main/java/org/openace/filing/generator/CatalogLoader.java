package org.openace.filing.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openace.account.PortCode;
import org.openace.filing.UnitOfQuantity;
import org.openace.reference.Countries;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.EntryTypes;
import org.openace.reference.FeeRate;
import org.openace.reference.FeeRates;
import org.openace.reference.FiscalYear;
import org.openace.reference.Holiday;
import org.openace.reference.HtsLine;
import org.openace.reference.HtsSchedule;
import org.openace.reference.Ports;
import org.openace.reference.WorkingDays;
import org.springframework.stereotype.Component;

/** Reads the {@link Catalog} of a window of entry dates through the reference module's APIs, edition by edition. */
@Component
class CatalogLoader {

    static final EntryTypeCode CONSUMPTION = new EntryTypeCode("01");
    static final EntryTypeCode INFORMAL = new EntryTypeCode("11");

    private final HtsSchedule hts;
    private final Ports ports;
    private final Countries countries;
    private final EntryTypes entryTypes;
    private final FeeRates fees;
    private final WorkingDays workingDays;

    CatalogLoader(HtsSchedule hts, Ports ports, Countries countries, EntryTypes entryTypes, FeeRates fees,
                  WorkingDays workingDays) {
        this.hts = hts;
        this.ports = ports;
        this.countries = countries;
        this.entryTypes = entryTypes;
        this.fees = fees;
        this.workingDays = workingDays;
    }

    /** The fiscal years whose MPF rates are loaded, in order: entries are generated in these only. */
    List<FiscalYear> yearsWithMpf() {
        return fees.yearsLoaded(org.openace.reference.FeeClassCode.MPF);
    }

    Catalog load(LocalDate from, LocalDate to) {
        Set<LocalDate> holidays = new HashSet<>();
        for (Holiday holiday : workingDays.holidays(from.minusDays(7), to.plusDays(60))) {
            holidays.add(holiday.observed());
        }
        Catalog calendar = new Catalog(List.of(), holidays);
        Map<String, List<Catalog.Tariff>> tariffsByEdition = new HashMap<>();
        Map<List<PortCode>, List<PortCode>> portLists = new HashMap<>();
        Map<List<CountryCode>, List<CountryCode>> countryLists = new HashMap<>();
        Map<FiscalYear, Optional<FeeRate>[]> rates = new HashMap<>();
        List<Catalog.Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!calendar.isWorkingDay(date)) {
                continue;
            }
            Optional<String> edition = hts.editionOn(date);
            if (edition.isEmpty() || !entryTypes.exists(CONSUMPTION, date)) {
                continue;
            }
            LocalDate day = date;
            List<Catalog.Tariff> tariffs = tariffsByEdition.computeIfAbsent(edition.get(), e -> tariffs(day));
            List<PortCode> portList = portLists.computeIfAbsent(ports.inForce(date), p -> p);
            List<CountryCode> countryList = countryLists.computeIfAbsent(countries.inForce(date), c -> c);
            @SuppressWarnings("unchecked")
            Optional<FeeRate>[] yearRates = rates.computeIfAbsent(FiscalYear.containing(date), year -> new Optional[] {
                    fees.mpf(year), fees.hmf(year), fees.informal(year)});
            if (tariffs.isEmpty() || portList.isEmpty() || countryList.isEmpty() || yearRates[0].isEmpty()
                    || yearRates[0].get().percent().isEmpty()) {
                continue;
            }
            FeeRate informal = entryTypes.exists(INFORMAL, date) && yearRates[2].flatMap(FeeRate::flat).isPresent()
                    ? yearRates[2].get() : null;
            FeeRate hmf = yearRates[1].filter(r -> r.percent().isPresent()).orElse(null);
            days.add(new Catalog.Day(date, tariffs, portList, countryList, yearRates[0].get(), hmf, informal));
        }
        return new Catalog(days, holidays);
    }

    /** The numbers of the edition in force on the day that carry a plain ad valorem rate (specific rates left out). */
    private List<Catalog.Tariff> tariffs(LocalDate date) {
        List<Catalog.Tariff> tariffs = new ArrayList<>();
        for (HtsLine line : hts.reportableLines(date)) {
            if (line.generalAdValorem() == null || line.number().isChapter99()) {
                continue;
            }
            UnitOfQuantity unit = line.units().stream().map(UnitOfQuantity::fromSchedule).flatMap(Optional::stream)
                    .findFirst().orElse(null);
            tariffs.add(new Catalog.Tariff(line.number(), line.generalAdValorem(), unit));
        }
        return List.copyOf(tariffs);
    }
}
