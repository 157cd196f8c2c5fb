package org.openace.filing.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.DutyRate;
import org.openace.filing.UnitOfQuantity;
import org.openace.reference.AdCvdCase;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.AdCvdCases;
import org.openace.reference.Countries;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.EntryTypes;
import org.openace.reference.FeeRate;
import org.openace.reference.FeeRates;
import org.openace.reference.FiscalYear;
import org.openace.reference.Holiday;
import org.openace.reference.HtsLine;
import org.openace.reference.HtsNumber;
import org.openace.reference.HtsSchedule;
import org.openace.reference.Ports;
import org.openace.reference.WorkingDays;
import org.springframework.stereotype.Component;

/** Reads the {@link Catalog} of a window of entry dates through the reference module's APIs, edition by edition. */
@Component
class CatalogLoader {

    static final EntryTypeCode CONSUMPTION = new EntryTypeCode("01");
    static final EntryTypeCode INFORMAL = new EntryTypeCode("11");
    static final EntryTypeCode ADCVD = new EntryTypeCode("03");

    /** A Chapter 99 general rate that adds a percentage: "The duty provided in the applicable subheading + 25%". */
    private static final Pattern ADDED_PERCENT = Pattern.compile(
            "The duty provided in the applicable subheading\\s*(?:\\+|plus)\\s*(\\d+(?:\\.\\d+)?)%");
    /** The goods a Chapter 99 heading applies to, where its text names one country: "articles the product of China". */
    private static final Pattern PRODUCT_OF = Pattern.compile("articles the product of ([A-Z][A-Za-z .'-]*?)(?:,| as |$)");

    private final HtsSchedule hts;
    private final Ports ports;
    private final Countries countries;
    private final EntryTypes entryTypes;
    private final FeeRates fees;
    private final WorkingDays workingDays;
    private final AdCvdCases adCvdCases;

    CatalogLoader(HtsSchedule hts, Ports ports, Countries countries, EntryTypes entryTypes, FeeRates fees,
                  WorkingDays workingDays, AdCvdCases adCvdCases) {
        this.hts = hts;
        this.ports = ports;
        this.countries = countries;
        this.entryTypes = entryTypes;
        this.fees = fees;
        this.workingDays = workingDays;
        this.adCvdCases = adCvdCases;
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
        Map<List<Catalog.AdCvdProduct>, List<Catalog.AdCvdProduct>> adCvdLists = new HashMap<>();
        List<AdCvdCase> cases = casesWithRates();
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
            List<Catalog.AdCvdProduct> adCvd = entryTypes.exists(ADCVD, date)
                    ? adCvdLists.computeIfAbsent(adCvdProducts(cases, tariffs, date), l -> l) : List.of();
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
            days.add(new Catalog.Day(date, tariffs, portList, countryList, yearRates[0].get(), hmf, informal,
                    adCvd.stream().allMatch(p -> countryList.contains(p.country())) ? adCvd
                            : adCvd.stream().filter(p -> countryList.contains(p.country())).toList()));
        }
        return new Catalog(days, holidays);
    }

    /**
     * The numbers of the edition in force on the day whose general rate is computed ({@link DutyRate#fromSchedule}:
     * ad valorem, or specific or compound in a unit the number reports), with the Chapter 99 headings their footnotes
     * point to that add a percentage to goods of one country. Numbers with other rates are left out.
     */
    private List<Catalog.Tariff> tariffs(LocalDate date) {
        Map<HtsNumber, List<HtsNumber>> references = hts.chapter99References(date);
        Map<HtsNumber, Optional<Catalog.Stacked>> headings = new HashMap<>();
        List<Catalog.Tariff> tariffs = new ArrayList<>();
        for (HtsLine line : hts.reportableLines(date)) {
            if (line.number().isChapter99()) {
                continue;
            }
            Optional<DutyRate> rate = line.generalAdValorem() != null
                    ? Optional.of(new DutyRate(line.generalAdValorem(), null, null))
                    : DutyRate.fromSchedule(line.general());
            List<UnitOfQuantity> units = line.units().stream().map(UnitOfQuantity::fromSchedule)
                    .flatMap(Optional::stream).distinct().limit(3).toList();
            if (rate.isEmpty() || (rate.get().isSpecific() && !units.contains(rate.get().unit()))) {
                continue;
            }
            List<HtsNumber> named = references.getOrDefault(line.number(),
                    references.getOrDefault(line.ratesOf(), references.getOrDefault(line.number().subheading(), List.of())));
            List<Catalog.Stacked> stacked = new ArrayList<>();
            for (HtsNumber heading : named) {
                headings.computeIfAbsent(heading, h -> stacked(h, date)).ifPresent(stacked::add);
            }
            tariffs.add(new Catalog.Tariff(line.number(), rate.get(), units, stacked));
        }
        return List.copyOf(tariffs);
    }

    /** A Chapter 99 heading in force whose general rate adds a percentage and whose text names the country it covers. */
    private Optional<Catalog.Stacked> stacked(HtsNumber heading, LocalDate date) {
        Optional<HtsLine> line = hts.find(heading, date);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Matcher rate = ADDED_PERCENT.matcher(line.get().general().strip());
        Matcher product = PRODUCT_OF.matcher(line.get().description());
        if (!rate.matches() || !product.find()) {
            return Optional.empty();
        }
        String country = product.group(1).strip();
        return countries.inForce(date).stream()
                .filter(c -> countries.name(c, date).filter(country::equalsIgnoreCase).isPresent())
                .findFirst().map(c -> new Catalog.Stacked(heading, new BigDecimal(rate.group(1)), c));
    }

    /** The cases of {@link AdCvdScopes} on file with a cash deposit rate, in case number order. */
    private List<AdCvdCase> casesWithRates() {
        List<AdCvdCase> cases = new ArrayList<>();
        for (String number : AdCvdScopes.BY_CASE.keySet()) {
            AdCvdCaseNumber.parse(number).flatMap(adCvdCases::find).filter(c -> c.cashDepositPercent() != null)
                    .ifPresent(cases::add);
        }
        return cases;
    }

    /** The AD/CVD products in force on a date: a case's rate in effect and an HTS number of its scope in force. */
    private static List<Catalog.AdCvdProduct> adCvdProducts(List<AdCvdCase> cases, List<Catalog.Tariff> tariffs,
                                                            LocalDate date) {
        List<Catalog.AdCvdProduct> products = new ArrayList<>();
        for (AdCvdCase c : cases) {
            if (c.effectiveFrom() != null && c.effectiveFrom().isAfter(date)) {
                continue;
            }
            for (HtsNumber number : AdCvdScopes.BY_CASE.get(c.number().caseText())) {
                Catalog.Tariff tariff = tariff(tariffs, number);
                if (tariff != null) {
                    products.add(new Catalog.AdCvdProduct(tariff, c.country(), c.number(), c.cashDepositPercent()));
                }
            }
        }
        return List.copyOf(products);
    }

    private static Catalog.@Nullable Tariff tariff(List<Catalog.Tariff> tariffs, HtsNumber number) {
        for (Catalog.Tariff tariff : tariffs) {
            if (tariff.number().equals(number)) {
                return tariff;
            }
        }
        return null;
    }
}
