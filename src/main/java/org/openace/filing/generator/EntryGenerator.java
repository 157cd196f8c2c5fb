package org.openace.filing.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.AdCvdDeposit;
import org.openace.filing.BondType;
import org.openace.filing.DutyRate;
import org.openace.filing.EntryLine;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.ModeOfTransport;
import org.openace.filing.Money;
import org.openace.filing.Quantity;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.WorkingDayCalendar;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.FeeRate;

/**
 * Generates entry summaries from a {@link Catalog} and a {@link Population}, in entry date order, the same for the
 * same seed: each entry draws from its own random stream (the seed and its index), nothing reads the clock. Entries
 * per day follow the seasons (a February dip, a late-summer peak) and the week; lines per entry, values and importers
 * are long-tailed. A few percent are rejected (most resubmitted as version 2), corrected (version 2) or held. A few
 * percent are AD/CVD entries (type 03): a line of a product under an order on file, from the case's country, with the
 * case number, its cash deposit rate and the deposit (other lines of such an entry that match a case carry it too);
 * other entries draw their lines again rather than report a product under an order of its origin country outside a
 * type 03 entry (with so small an HTS sample such lines would otherwise make far more than a few percent). Goods of a
 * country named by a Chapter 99 heading that the commodity's footnotes point to (Section 301 duties on goods of
 * China) carry that heading stacked on the commodity, its duty the added percentage of the line's value. Specific and compound rates are computed on the quantity in the rate's unit. Every summary is
 * computed as the validation rules check it: duty = rate x value (+ rate x quantity) to the cent, deposits = rate x
 * value, MPF of the fiscal year with its minimum and maximum, HMF on vessel shipments only, the informal fee on
 * informal entries, totals that add up.
 */
final class EntryGenerator {

    /** Of every 1,000 entries, about this many are rejected, corrected and held. */
    static final int REJECTED_PER_MILLE = 30;
    static final int CORRECTED_PER_MILLE = 30;
    static final int HELD_PER_MILLE = 25;
    /** Of every 1,000 formal entries, about this many are AD/CVD entries (type 03). */
    static final int ADCVD_PER_MILLE = 20;

    /** Importing countries roughly by their share of U.S. imports; any other loaded country follows, rarely. */
    private static final List<String> ORIGINS = List.of("CN", "MX", "CA", "DE", "JP", "VN", "KR", "IN", "TW", "IE",
            "IT", "GB", "CH", "TH", "MY", "FR", "NL", "BR", "ID", "IL", "SG", "ES", "AU", "BE", "SE", "AT", "PH", "CL",
            "DK", "TR", "PL", "CO", "BD", "KH", "PK");
    /** Ports of entry of the samples roughly by traffic (Los Angeles, Long Beach, Boston, Champlain, Buffalo, ...). */
    private static final List<String> BUSY_PORTS = List.of("2704", "2709", "0401", "0712", "0901", "3126", "1901",
            "0101", "0209", "0212", "0708", "1002", "2713", "0502");
    private static final String[] VESSEL_CARRIERS = {"MAEU", "MSCU", "CMDU", "COSU", "HLCU", "ONEY", "EGLV", "ZIMU"};
    private static final String[] AIR_CARRIERS = {"FX", "5X", "CX", "LH", "AA", "UA", "DL", "KE"};
    private static final String[] TRUCK_CARRIERS = {"SWFT", "JBHT", "SNDR", "WERN", "KNIG"};
    private static final String[] RAIL_CARRIERS = {"CPRS", "CN", "BNSF", "UP"};
    /** Foreign ports of lading for vessel shipments (Schedule K shape: 5 digits; not checked against Schedule K). */
    private static final String[] FOREIGN_PORTS = {"57035", "57078", "57020", "58023", "55224", "58886", "42879"};
    private static final String[] HOLD_AUTHORITIES = {"CBP", "CBP", "CBP", "FDA", "FDA", "USDA", "CPSC", "EPA"};
    private static final String[] HOLD_REASONS = {"Examination of the cargo ordered (intensive exam)",
            "Documents requested: commercial invoice and packing list", "Admissibility review pending",
            "Sampling for laboratory analysis", "Marking of country of origin to be verified"};
    private static final String[] REJECTION_REASONS = {
            "Manufacturer ID of line 1 does not match the importer's supplier on file",
            "Bond insufficient for the duties, taxes and fees declared",
            "Description of the goods on the invoice does not support the HTS number of line 1",
            "Entered value does not agree with the commercial invoice"};
    private static final double[] MONTH = {1.0, 0.82, 0.94, 0.97, 1.0, 1.02, 1.05, 1.10, 1.12, 1.10, 1.04, 0.95};
    private static final double[] WEEKDAY = {1.12, 1.02, 1.0, 0.98, 0.9, 0, 0};

    private final Catalog catalog;
    private final Population population;
    private final long seed;
    private final int entries;
    private final WorkingDayCalendar calendar;
    private final int[] nextNumber;
    private final Map<List<?>, LongTail> tails = new IdentityHashMap<>();
    private final Map<List<CountryCode>, List<CountryCode>> originOrders = new IdentityHashMap<>();
    private final Map<List<PortCode>, List<PortCode>> portOrders = new IdentityHashMap<>();

    EntryGenerator(Catalog catalog, Population population, long seed, int entries) {
        if (catalog.isEmpty()) {
            throw new IllegalArgumentException("No entry date in the window has all the reference data an entry needs");
        }
        this.catalog = catalog;
        this.population = population;
        this.seed = seed;
        this.entries = entries;
        this.calendar = catalog.calendar();
        this.nextNumber = new int[population.filerCodes().size()];
    }

    /** Generates every entry, in entry date order, handing each to the sink. */
    void generate(Consumer<GeneratedEntry> sink) {
        List<Catalog.Day> days = catalog.days();
        double[] cumulative = new double[days.size()];
        double sum = 0;
        for (int i = 0; i < days.size(); i++) {
            LocalDate date = days.get(i).date();
            sum += MONTH[date.getMonthValue() - 1] * WEEKDAY[date.getDayOfWeek().getValue() - 1];
            cumulative[i] = sum;
        }
        long index = 0;
        long before = 0;
        for (int i = 0; i < days.size(); i++) {
            long upTo = Math.round(entries * cumulative[i] / sum);
            for (long k = before; k < upTo; k++) {
                sink.accept(entry(days.get(i), new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index++)));
            }
            before = upTo;
        }
    }

    /** What a line is made of, before its amounts are computed. */
    private record LineSpec(Catalog.Tariff tariff, CountryCode origin, String manufacturer, BigDecimal value,
                            BigDecimal unitPrice, int kgPerUnit, boolean related, Catalog.@Nullable AdCvdProduct adCvd) {
        LineSpec withValue(BigDecimal newValue) {
            return new LineSpec(tariff, origin, manufacturer, newValue, unitPrice, kgPerUnit, related, adCvd);
        }
    }

    /** The header of a summary, before its lines. */
    private record Header(EntryNumber number, EntryTypeCode type, LocalDate summaryDate, LocalDate entryDate,
                          LocalDate importDate, PortCode port, Population.Importer importer, BondType bond,
                          String surety, CountryCode origin, LocalDate exportDate, String carrier, ModeOfTransport mode,
                          String bill, String foreignPort, String location) {
    }

    private GeneratedEntry entry(Catalog.Day day, SplittableRandom r) {
        Population.Importer importer = population.importers().get(population.importerSizes().draw(r));
        int broker = r.nextInt(1000) < importer.secondBrokerPerMille() ? importer.secondBroker() : importer.mainBroker();
        EntryNumber number = entryNumber(broker);
        ModeOfTransport mode = mode(importer, r);
        boolean informal = day.informalFee() != null && r.nextDouble() < 0.06;
        Catalog.AdCvdProduct order = !informal && !day.adCvd().isEmpty() && r.nextInt(1000) < ADCVD_PER_MILLE
                ? day.adCvd().get(r.nextInt(day.adCvd().size())) : null;
        int lineCount = informal ? 1 + r.nextInt(2) : Math.min(60, 1 + (int) (-Math.log(1 - r.nextDouble()) * 3.8));
        List<CountryCode> origins = originOrder(day.countries());
        List<LineSpec> specs = new ArrayList<>(lineCount);
        CountryCode mainOrigin = order != null ? order.country() : pick(origins, importer.countryRanks()[0]);
        boolean adCvdEntry = false;
        for (int n = 0; n < lineCount; n++) {
            Catalog.Tariff tariff;
            CountryCode origin;
            Catalog.AdCvdProduct product;
            int draws = 0;
            do {
                tariff = n == 0 && order != null ? order.tariff() : r.nextDouble() < 0.85
                        ? pick(day.tariffs(), importer.tariffRanks()[r.nextInt(importer.tariffRanks().length)])
                        : day.tariffs().get(tail(day.tariffs(), 80).draw(r));
                origin = (n == 0 && order != null) || r.nextDouble() < 0.8 ? mainOrigin
                        : pick(origins, importer.countryRanks()[r.nextInt(importer.countryRanks().length)]);
                product = adCvdProduct(day, tariff, origin);
            } while (order == null && ++draws < 20 && product != null);
            String supplier = importer.suppliers()[r.nextInt(importer.suppliers().length)];
            BigDecimal value = informal ? cents(4_000 + r.nextInt(110_000))
                    : logNormalCents(r, 420_000, 125).add(BigDecimal.valueOf(25));
            adCvdEntry |= product != null;
            specs.add(new LineSpec(tariff, origin, origin.value() + supplier, value,
                    logNormalCents(r, 1_200, 140).add(new BigDecimal("0.50")), 5 + r.nextInt(80), r.nextInt(100) < 15,
                    product));
        }
        if (adCvdEntry) {
            informal = false;
        }
        LocalDate entryDate = day.date();
        LocalDate importDate = entryDate.minusDays(r.nextInt(3));
        int transit = switch (mode) {
            case VESSEL, VESSEL_CONTAINER -> 12 + r.nextInt(28);
            case AIR, AIR_CONTAINER -> 1 + r.nextInt(3);
            case TRUCK, TRUCK_CONTAINER -> r.nextInt(3);
            case RAIL, RAIL_CONTAINER -> 2 + r.nextInt(7);
        };
        String carrier = carrier(mode, r);
        Header header = new Header(number, adCvdEntry ? CatalogLoader.ADCVD
                : informal ? CatalogLoader.INFORMAL : CatalogLoader.CONSUMPTION,
                calendar.add(entryDate, r.nextInt(10)), entryDate, importDate,
                pick(portOrder(day.ports()), importer.portRanks()[r.nextDouble() < 0.8 ? 0 : 1]), importer,
                informal ? BondType.NONE : BondType.CONTINUOUS, informal ? null : surety(importer), mainOrigin,
                importDate.minusDays(transit), carrier, mode, carrier + digits(r.nextLong(10_000_000_000L), 10),
                mode.isVessel() ? FOREIGN_PORTS[r.nextInt(FOREIGN_PORTS.length)] : "",
                "" + (char) ('A' + r.nextInt(26)) + (100 + r.nextInt(900)));
        Form7501 form = form(header, specs, day);
        return life(header, specs, form, day, r);
    }

    /** The entry's moves: filed, released or held, and for a few rejected, corrected or resubmitted. */
    private GeneratedEntry life(Header header, List<LineSpec> specs, Form7501 form, Catalog.Day day,
                                SplittableRandom r) {
        List<GeneratedEntry.Version> versions = new ArrayList<>(2);
        List<GeneratedEntry.HistoryLine> history = new ArrayList<>(4);
        LocalDate filedOn = header.summaryDate();
        Instant filedAt = filedOn.atTime(13, 0).toInstant(ZoneOffset.UTC).plusSeconds(r.nextInt(8 * 3600));
        EntrySummary summary = EntrySummary.accept(form, filedOn);
        versions.add(new GeneratedEntry.Version(1, form, filedAt));
        take(summary, history, filedAt);
        if (r.nextInt(1000) < HELD_PER_MILLE) {
            summary.hold(HOLD_AUTHORITIES[r.nextInt(HOLD_AUTHORITIES.length)],
                    HOLD_REASONS[r.nextInt(HOLD_REASONS.length)], filedOn);
            take(summary, history, filedAt.plusSeconds(1800));
            if (r.nextBoolean()) {
                LocalDate lifted = calendar.add(filedOn, 1 + r.nextInt(6));
                summary.liftHold(1, lifted);
                summary.releaseCargo(lifted);
                take(summary, history, at(lifted, r));
            }
        } else {
            summary.releaseCargo(filedOn);
            take(summary, history, filedAt.plusSeconds(60));
        }
        int change = r.nextInt(1000);
        if (change < REJECTED_PER_MILLE) {
            LocalDate rejectedOn = calendar.add(filedOn, 1);
            summary.reject(List.of(REJECTION_REASONS[r.nextInt(REJECTION_REASONS.length)]), rejectedOn, calendar);
            take(summary, history, at(rejectedOn, r));
            if (r.nextDouble() < 0.65) {
                LocalDate resubmitted = calendar.add(rejectedOn, r.nextInt(3));
                correct(summary, header, specs, day, resubmitted, r, versions, history);
            }
        } else if (change < REJECTED_PER_MILLE + CORRECTED_PER_MILLE) {
            LocalDate correctedOn = filedOn.plusDays(5 + r.nextInt(40));
            correct(summary, header, specs, day, correctedOn, r, versions, history);
        }
        return new GeneratedEntry(summary.snapshot(), versions, history);
    }

    /** Version 2: one line's value changed by up to 10%, everything computed again. */
    private void correct(EntrySummary summary, Header header, List<LineSpec> specs, Catalog.Day day, LocalDate on,
                         SplittableRandom r, List<GeneratedEntry.Version> versions,
                         List<GeneratedEntry.HistoryLine> history) {
        List<LineSpec> changed = new ArrayList<>(specs);
        int line = r.nextInt(changed.size());
        BigDecimal factor = BigDecimal.valueOf(90 + r.nextInt(21)).movePointLeft(2);
        changed.set(line, changed.get(line).withValue(changed.get(line).value().multiply(factor)
                .setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ONE)));
        Form7501 corrected = form(header, changed, day);
        Instant at = at(on, r);
        if (!at.isAfter(history.getLast().at())) {
            at = history.getLast().at().plusSeconds(60);
        }
        summary.correct(corrected, on);
        versions.add(new GeneratedEntry.Version(summary.version(), corrected, at));
        take(summary, history, at);
    }

    private static void take(EntrySummary summary, List<GeneratedEntry.HistoryLine> history, Instant at) {
        Instant when = at;
        for (EntrySummaryEvent event : summary.takeEvents()) {
            if (!history.isEmpty() && !when.isAfter(history.getLast().at())) {
                when = history.getLast().at().plusSeconds(1);
            }
            history.add(new GeneratedEntry.HistoryLine(summary.version(), event, when));
        }
    }

    private static Instant at(LocalDate on, SplittableRandom r) {
        return on.atTime(14, 0).toInstant(ZoneOffset.UTC).plusSeconds(r.nextInt(6 * 3600));
    }

    /** The Form 7501 of a header and lines, every amount computed as the rules check it. */
    private static Form7501 form(Header h, List<LineSpec> specs, Catalog.Day day) {
        List<EntryLine> lines = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            LineSpec spec = specs.get(i);
            Money value = Money.of(spec.value());
            List<Quantity> quantities = quantities(spec);
            DutyRate rate = spec.tariff().rate();
            Money duty = rate.dutyOn(value, quantities).orElseThrow();
            TariffOrdinal commodity = new TariffOrdinal(spec.tariff().number(), value, quantities, rate, duty);
            List<TariffOrdinal> ordinals = List.of(commodity);
            for (Catalog.Stacked stacked : spec.tariff().chapter99()) {
                if (stacked.origin().equals(spec.origin())) {
                    DutyRate added = new DutyRate(stacked.additionalPercent(), null, null);
                    ordinals = List.of(commodity, new TariffOrdinal(stacked.number(), Money.ZERO, List.of(), added,
                            value.percent(stacked.additionalPercent())));
                    break;
                }
            }
            Catalog.AdCvdProduct product = spec.adCvd();
            AdCvdDeposit deposit = product == null ? null : new AdCvdDeposit(product.caseNumber(),
                    product.depositPercent(), value.percent(product.depositPercent()));
            lines.add(new EntryLine(i + 1, spec.origin(), spec.manufacturer(), spec.related(),
                    value.percent(BigDecimal.valueOf(4)), ordinals, deposit, List.of()));
        }
        Money entered = Money.sum(lines.stream().map(EntryLine::enteredValue).toList());
        Money duty = Money.sum(lines.stream().map(EntryLine::duty).toList());
        Money other = Money.sum(lines.stream().map(EntryLine::adCvdAmount).toList());
        List<Fee> fees = new ArrayList<>(2);
        if (h.type().isInformal()) {
            fees.add(fee(FeeClassCode.INFORMAL, day.informalFee(), entered));
        } else {
            fees.add(fee(FeeClassCode.MPF, day.mpf(), entered));
            if (h.mode().isVessel() && day.hmf() != null) {
                fees.add(fee(FeeClassCode.HMF, day.hmf(), entered));
            }
        }
        Money feeTotal = Money.sum(fees.stream().map(Fee::amount).toList());
        return new Form7501(h.number(), h.type(), h.summaryDate(), h.entryDate(), h.importDate(), h.port(),
                h.importer().number(), null, h.bond(), h.surety(), h.origin(), h.origin(), h.exportDate(), h.carrier(),
                h.mode(), h.bill(), specs.getFirst().manufacturer(), h.foreignPort(), h.port(), h.location(), lines,
                fees, new SummaryTotals(entered, duty, Money.ZERO, feeTotal, other));
    }

    /**
     * The line's quantities in the units its number reports: the first by the line's unit price (whole numbers of
     * items), a weight after a count at the line's kilograms per item, any other unit as the first.
     */
    private static List<Quantity> quantities(LineSpec spec) {
        List<UnitOfQuantity> units = spec.tariff().units();
        if (units.isEmpty()) {
            return List.of();
        }
        UnitOfQuantity first = units.getFirst();
        BigDecimal count = spec.value().divide(spec.unitPrice(), first.equals(UnitOfQuantity.NO) ? 0 : 1,
                RoundingMode.HALF_UP).max(BigDecimal.ONE);
        List<Quantity> quantities = new ArrayList<>(units.size());
        quantities.add(new Quantity(count, first));
        for (int i = 1; i < units.size(); i++) {
            UnitOfQuantity unit = units.get(i);
            quantities.add(new Quantity(unit.equals(UnitOfQuantity.KG) && first.equals(UnitOfQuantity.NO)
                    ? count.multiply(BigDecimal.valueOf(spec.kgPerUnit())) : count, unit));
        }
        return quantities;
    }

    /** The AD/CVD product of the day that a line of this number and origin is, if any. */
    private static Catalog.@Nullable AdCvdProduct adCvdProduct(Catalog.Day day, Catalog.Tariff tariff,
                                                               CountryCode origin) {
        for (Catalog.AdCvdProduct product : day.adCvd()) {
            if (product.tariff() == tariff && product.country().equals(origin)) {
                return product;
            }
        }
        return null;
    }

    private static Fee fee(FeeClassCode code, FeeRate rate, Money entered) {
        return new Fee(code, Money.of(rate.feeOn(entered.amount())));
    }

    private EntryNumber entryNumber(int broker) {
        int next = ++nextNumber[broker];
        if (next > 8_999_999) {
            throw new IllegalStateException("Filer code " + population.filerCodes().get(broker) + " would need more than "
                    + "8,999,999 entry numbers (9000000 and up are kept for the API examples): use more brokers");
        }
        return EntryNumber.of(population.filerCodes().get(broker), digits(next, 7));
    }

    private static ModeOfTransport mode(Population.Importer importer, SplittableRandom r) {
        double u = r.nextDouble();
        return switch (importer.modeProfile()) {
            case 0 -> u < 0.8 ? ModeOfTransport.VESSEL_CONTAINER : u < 0.9 ? ModeOfTransport.VESSEL : ModeOfTransport.AIR;
            case 1 -> u < 0.7 ? ModeOfTransport.AIR : u < 0.85 ? ModeOfTransport.AIR_CONTAINER
                    : ModeOfTransport.VESSEL_CONTAINER;
            case 2 -> u < 0.75 ? ModeOfTransport.TRUCK : u < 0.9 ? ModeOfTransport.TRUCK_CONTAINER
                    : ModeOfTransport.RAIL_CONTAINER;
            default -> u < 0.45 ? ModeOfTransport.VESSEL_CONTAINER : u < 0.7 ? ModeOfTransport.AIR
                    : u < 0.93 ? ModeOfTransport.TRUCK : ModeOfTransport.RAIL;
        };
    }

    private static String carrier(ModeOfTransport mode, SplittableRandom r) {
        String[] carriers = switch (mode) {
            case VESSEL, VESSEL_CONTAINER -> VESSEL_CARRIERS;
            case AIR, AIR_CONTAINER -> AIR_CARRIERS;
            case TRUCK, TRUCK_CONTAINER -> TRUCK_CARRIERS;
            case RAIL, RAIL_CONTAINER -> RAIL_CARRIERS;
        };
        return carriers[r.nextInt(carriers.length)];
    }

    /** A number with leading zeros to a width, without String.format (this runs for every entry). */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    private static String surety(Population.Importer importer) {
        return String.format("%03d", 100 + Math.floorMod(importer.number().value().hashCode(), 900));
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(Math.max(100, cents), 2);
    }

    /** An amount drawn from a log-normal distribution: its median in cents, its sigma in hundredths; at least $1. */
    private static BigDecimal logNormalCents(SplittableRandom r, long medianCents, int sigmaHundredths) {
        return cents(Math.round(Math.exp(Math.log(medianCents) + sigmaHundredths / 100.0 * r.nextGaussian())));
    }

    private static <T> T pick(List<T> ordered, int rank) {
        return ordered.get(rank % ordered.size());
    }

    private LongTail tail(List<?> list, int exponentHundredths) {
        return tails.computeIfAbsent(list, l -> new LongTail(l.size(), exponentHundredths));
    }

    /** The day's countries, the large trading partners first (by their place in U.S. imports), the rest after. */
    private List<CountryCode> originOrder(List<CountryCode> countries) {
        return originOrders.computeIfAbsent(countries, list -> {
            LinkedHashSet<CountryCode> ordered = new LinkedHashSet<>();
            ORIGINS.stream().map(CountryCode::new).filter(list::contains).forEach(ordered::add);
            list.stream().filter(c -> !c.value().equals("US")).forEach(ordered::add);
            return List.copyOf(ordered);
        });
    }

    private List<PortCode> portOrder(List<PortCode> ports) {
        return portOrders.computeIfAbsent(ports, list -> {
            LinkedHashSet<PortCode> ordered = new LinkedHashSet<>();
            BUSY_PORTS.stream().map(PortCode::new).filter(list::contains).forEach(ordered::add);
            ordered.addAll(list);
            return List.copyOf(ordered);
        });
    }
}
