package org.openace.filing.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.openace.reference.ImporterNumber;
import org.openace.privacy.TaxIdentifier;

/**
 * The importers and the brokers (filer codes) of a generated data set, drawn from the seed: importers of a long-tailed
 * size (Zipf ranks: the first files many entries, most few), each with its main broker, a second broker for some of
 * its entries, its preferred ports, origins, HTS numbers and suppliers (as ranks into the day's reference lists, so
 * that they hold whatever edition is in force). Importer numbers are customs-assigned ({@code YYDDPP-NNNNN}), not
 * personal data.
 */
record Population(List<Importer> importers, List<String> filerCodes, LongTail importerSizes) {

    /** An importer with its record (Form 5106) and its habits. */
    record Importer(ImporterNumber number, String name, String city, String state, String postalCode, int mainBroker,
                    int secondBroker, int secondBrokerPerMille, int[] portRanks, int[] countryRanks, int[] tariffRanks,
                    String[] suppliers, int modeProfile) {
    }

    static final String DEMO_IMPORTER = "262704-DEMO1";
    static final String DEMO_FILER_CODE = "D3M";
    /** The demo importers of the reference sample (demo-importers.csv) that the demo broker files for. */
    static final List<String> DEMO_CLIENTS = List.of("262704-DEMO1", "262704-DEMO3", "262704-DEMO4", "262704-DEMO5",
            "262704-DEMO6");

    private static final String[] NAME_FIRST = {"Atlantic", "Pioneer", "Summit", "Harbor", "Keystone", "Meridian",
            "Cascade", "Liberty", "Granite", "Prairie", "Coastal", "Evergreen", "Northstar", "Redwood", "Bluewater",
            "Ironbridge", "Silverline", "Oakmont", "Crescent", "Frontier", "Lakeside", "Highland", "Sterling", "Union"};
    private static final String[] NAME_SECOND = {"Home Goods", "Outfitters", "Trading", "Supply", "Imports",
            "Distributors", "Apparel", "Furnishings", "Industrial", "Foods", "Electronics", "Tools", "Textiles",
            "Hardware", "Brands", "Merchandise"};
    private static final String[] NAME_FORM = {"LLC", "Inc.", "Corp.", "Co.", "LP"};
    private static final String[][] CITIES = {{"Savannah", "GA", "31401"}, {"Newark", "NJ", "07102"},
            {"Long Beach", "CA", "90802"}, {"Chicago", "IL", "60607"}, {"Houston", "TX", "77002"},
            {"Seattle", "WA", "98104"}, {"Boston", "MA", "02210"}, {"Buffalo", "NY", "14202"},
            {"Miami", "FL", "33131"}, {"Atlanta", "GA", "30303"}, {"Dallas", "TX", "75201"},
            {"Portland", "ME", "04101"}, {"Detroit", "MI", "48226"}, {"Memphis", "TN", "38103"}};
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Importers by size and brokers by clients, all drawn from the seed. */
    static Population generated(long seed, int importerCount, int brokerCount) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<String> filerCodes = filerCodes(random, brokerCount);
        LongTail brokers = new LongTail(brokerCount, 90);
        List<Importer> importers = new ArrayList<>(importerCount);
        Set<String> numbers = new LinkedHashSet<>();
        while (importers.size() < importerCount) {
            // YY (year assigned), DDPP (district and port), NNNNN
            String number = String.format("%02d%04d-%05d", 10 + random.nextInt(16), 101 + random.nextInt(5000),
                    random.nextInt(100_000));
            if (!numbers.add(number)) {
                continue;
            }
            importers.add(importer(random, number, brokers.draw(random), brokers.draw(random)));
        }
        return new Population(importers, filerCodes, new LongTail(importerCount, 110));
    }

    /**
     * The demo's population: the demo broker D3M files for the demo importers (the demo importer 262704-DEMO1 the
     * largest of all), other generated brokers file for the generated importers, and a second broker files some of
     * the demo importer's entries.
     */
    static Population demo(long seed, int generatedImporters, int generatedBrokers) {
        Population generated = generated(seed, generatedImporters, generatedBrokers);
        SplittableRandom random = new SplittableRandom(seed ^ 0xDE40L);
        List<String> filerCodes = new ArrayList<>();
        filerCodes.add(DEMO_FILER_CODE);
        filerCodes.addAll(generated.filerCodes());
        List<Importer> importers = new ArrayList<>();
        for (int i = 0; i < DEMO_CLIENTS.size(); i++) {
            Importer demo = importer(random, DEMO_CLIENTS.get(i), 0, 1 + i % generatedBrokers);
            importers.add(demo);
        }
        for (Importer importer : generated.importers()) {
            importers.add(new Importer(importer.number(), importer.name(), importer.city(), importer.state(),
                    importer.postalCode(), importer.mainBroker() + 1, importer.secondBroker() + 1,
                    importer.secondBrokerPerMille(), importer.portRanks(), importer.countryRanks(), importer.tariffRanks(),
                    importer.suppliers(), importer.modeProfile()));
        }
        return new Population(importers, filerCodes, new LongTail(importers.size(), 110));
    }

    private static Importer importer(SplittableRandom random, String number, int mainBroker, int secondBroker) {
        ImporterNumber importerNumber = new ImporterNumber(
                TaxIdentifier.parse(TaxIdentifier.Kind.CBP_ASSIGNED, number).orElseThrow());
        String name = NAME_FIRST[random.nextInt(NAME_FIRST.length)] + " " + NAME_SECOND[random.nextInt(NAME_SECOND.length)]
                + " " + NAME_FORM[random.nextInt(NAME_FORM.length)];
        String[] city = CITIES[random.nextInt(CITIES.length)];
        LongTail ranks = new LongTail(40, 100);
        int[] ports = {ranks.draw(random), ranks.draw(random)};
        int[] countries = {ranks.draw(random), ranks.draw(random), ranks.draw(random)};
        int[] tariffs = new int[2 + random.nextInt(7)];
        LongTail tariffRanks = new LongTail(2000, 80);
        for (int i = 0; i < tariffs.length; i++) {
            tariffs[i] = tariffRanks.draw(random);
        }
        String[] suppliers = new String[1 + random.nextInt(4)];
        for (int i = 0; i < suppliers.length; i++) {
            suppliers[i] = letters(random, 3) + letters(random, 3) + (100 + random.nextInt(900)) + letters(random, 3);
        }
        return new Importer(importerNumber, name, city[0], city[1], city[2], mainBroker, secondBroker,
                random.nextInt(300), ports, countries, tariffs, suppliers, random.nextInt(4));
    }

    /** Distinct filer codes of a digit and two letters (never the demo's D3M, which starts with a letter). */
    private static List<String> filerCodes(SplittableRandom random, int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add((1 + random.nextInt(9)) + letters(random, 2));
        }
        return List.copyOf(codes);
    }

    private static String letters(SplittableRandom random, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    /** The importer records (CBP Form 5106) of the population, as the importers reference file is published. */
    String importerRecordsCsv() {
        StringBuilder csv = new StringBuilder("Importer Number,Name,Address,City,State,Postal Code,Country,Source\n");
        for (Importer importer : importers) {
            if (DEMO_CLIENTS.contains(importer.number().value())) {
                continue; // on file from the demo reference sample
            }
            csv.append(importer.number().value()).append(',').append(importer.name()).append(",1 Trade Center Way,")
                    .append(importer.city()).append(',').append(importer.state()).append(',')
                    .append(importer.postalCode()).append(",US,Synthetic importer of the entry generator\n");
        }
        return csv.toString();
    }
}
