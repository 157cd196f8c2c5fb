package org.openace.trends;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small hand-made set of entry summaries for the trend tests, filed through the API (valid against the reference
 * samples, FY2026) so that they reach the analytics store by the change feed as real filings do:
 * <pre>
 * E1 2026-07-10 port 0101 CN: 9403.20.00.17 10,000.00 free
 * E2 2026-07-20 port 0401 MX: 0101.30.00.00 20,000.00 at 5%   duty 1,000.00
 * E3 2026-08-05 port 0101 CN: 9403.20.00.17 30,000.00 free; 8483.40.80.00 20,000.00 at 3.8% duty 760.00
 * E4 2026-09-14 port 0401 DE: 7411.10.50.00  5,000.00 at 3%   duty 150.00
 * </pre>
 */
final class TrendData {

    static final YearMonth FROM = YearMonth.of(2026, 7);
    static final YearMonth TO = YearMonth.of(2026, 9);
    static final BigDecimal MPF_RATE = new BigDecimal("0.003464");
    static final BigDecimal MPF_MIN = new BigDecimal("33.58");

    record Line(String hts, String value, String ratePercent, String duty) {
    }

    private TrendData() {
    }

    static List<EntryNumber> file(MockMvc mvc, FilingFixtures.Broker broker) throws Exception {
        List<EntryNumber> numbers = new ArrayList<>();
        numbers.add(file(mvc, broker, LocalDate.of(2026, 7, 10), "0101", "CN",
                new Line("9403.20.00.17", "10000.00", "0", "0.00")));
        numbers.add(file(mvc, broker, LocalDate.of(2026, 7, 20), "0401", "MX",
                new Line("0101.30.00.00", "20000.00", "5", "1000.00")));
        numbers.add(file(mvc, broker, LocalDate.of(2026, 8, 5), "0101", "CN",
                new Line("9403.20.00.17", "30000.00", "0", "0.00"),
                new Line("8483.40.80.00", "20000.00", "3.8", "760.00")));
        numbers.add(file(mvc, broker, LocalDate.of(2026, 9, 14), "0401", "DE",
                new Line("7411.10.50.00", "5000.00", "3", "150.00")));
        return numbers;
    }

    /** Waits until the feed has brought every entry into the store (generous: it asserts an outcome, not a speed). */
    static void awaitInStore(TrendQueries queries, int entries) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        TrendFilter all = new TrendFilter(FROM, TO, null, null, null, null);
        while (queries.totals(all, TrendScope.national()).entries() < entries) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The filings did not reach the analytics store within 60 s");
            }
            Thread.sleep(50);
        }
    }

    private static EntryNumber file(MockMvc mvc, FilingFixtures.Broker broker, LocalDate entryDate, String port,
                                    String country, Line... lines) throws Exception {
        EntryNumber number = broker.nextEntryNumber();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal duty = BigDecimal.ZERO;
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            total = total.add(new BigDecimal(lines[i].value()));
            duty = duty.add(new BigDecimal(lines[i].duty()));
        }
        BigDecimal mpf = total.multiply(MPF_RATE).setScale(2, RoundingMode.HALF_UP).max(MPF_MIN);
        for (int i = 0; i < lines.length; i++) {
            Line line = lines[i];
            json.append(i > 0 ? "," : "").append("""
                    {"lineNumber": %d, "countryOfOrigin": "%s", "manufacturerId": "CNSHAFAC123SHA", "related": false,
                     "charges": "120.00",
                     "ordinals": [{"htsNumber": "%s", "enteredValue": "%s", "quantities": [{"value": "20", "unit": "NO"}],
                                   "rate": {"adValoremPercent": "%s"}, "duty": "%s"}],
                     "fees": [%s]}
                    """.formatted(i + 1, country, line.hts(), line.value(), line.ratePercent(), line.duty(),
                    i == 0 ? "{\"classCode\": \"499\", \"amount\": \"" + mpf + "\"}" : ""));
        }
        String summary = """
                {"entryNumber": "%s", "entryType": "01", "summaryDate": "%s", "entryDate": "%s", "importDate": "%s",
                 "portOfEntry": "%s", "importerOfRecord": "%s", "bondType": "8", "suretyCode": "457",
                 "countryOfOrigin": "%s", "countryOfExport": "%s", "exportDate": "%s", "importingCarrier": "ABCD",
                 "modeOfTransport": "30", "billOfLading": "ABCD12345678", "manufacturerId": "CNSHAFAC123SHA",
                 "portOfUnlading": "%s", "locationOfGoods": "L123",
                 "lines": [%s],
                 "summaryFees": [{"classCode": "499", "amount": "%s"}],
                 "totals": {"enteredValue": "%s", "duty": "%s", "tax": "0.00", "fees": "%s", "other": "0.00"}}
                """.formatted(number.formatted(), entryDate.plusDays(4), entryDate, entryDate.minusDays(2), port,
                FilingFixtures.DEMO_IMPORTER, country, country, entryDate.minusDays(20), port, json, mpf,
                total.setScale(2), duty.setScale(2), mpf);
        var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/entry-summaries")
                .header("Authorization", "Bearer " + broker.token()).contentType(MediaType.APPLICATION_JSON)
                .content(summary)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return number;
    }
}
