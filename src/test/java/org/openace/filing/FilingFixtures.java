package org.openace.filing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.test.PortalClient;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.openace.identity.user.PortalUser;
import org.openace.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brokers with API tokens and entry summaries in the API's JSON form, valid against the reference samples shipped in
 * the jar (FY2026: entered 14 September 2026 at Portland, Maine, by truck from China; one line of 10,000.00 of
 * HTS 9403.20.00.17, duty free; MPF 0.3464% = 34.64).
 */
public final class FilingFixtures {

    private static final Pattern SECRET = Pattern.compile("oat_[A-Za-z0-9_-]{43}");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    public static final String DEMO_IMPORTER = "262704-DEMO1";

    /** A broker's account with its owner, its filer sub-account and filer code, and an API token for it. */
    public record Broker(PortalUser owner, OpenTradeAccount.Opened account, SubAccount sub, String filerCode,
                         String token) {

        /** A new entry number of this filer. */
        public EntryNumber nextEntryNumber() {
            return EntryNumber.of(filerCode, String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000));
        }
    }

    private FilingFixtures() {
    }

    public static Broker broker(MockMvc mvc, TestUsers users, TestAccounts accounts, JdbcClient jdbc, String prefix) {
        PortalUser owner = users.create(prefix, Role.TRADE);
        OpenTradeAccount.Opened account = accounts.broker(owner);
        SubAccount sub = account.subAccounts().getFirst();
        return new Broker(owner, account, sub, filerCode(jdbc, sub),
                issueToken(PortalClient.signedIn(mvc, owner), account, sub));
    }

    /** The filer code of a broker's or filer's sub-account. */
    public static String filerCode(JdbcClient jdbc, SubAccount sub) {
        return jdbc.sql("select value_plain from account_identifier where sub_account_id = ? and kind = 'FILER_CODE'")
                .param(sub.id().value()).query(String.class).single();
    }

    /** Issues an API token for the sub-account on the account's pages, as its owner signed in {@code browser}. */
    public static String issueToken(PortalClient browser, OpenTradeAccount.Opened account, SubAccount sub) {
        String page = "/accounts/" + account.account().id() + "/api-tokens";
        browser.get(page);
        PortalClient.Page issued = browser.post(page, Map.of("subAccountId", sub.id().toString(), "name",
                "Filing software", "days", "30"));
        assertThat(issued.status()).isEqualTo(200);
        Matcher matcher = SECRET.matcher(issued.body());
        assertThat(matcher.find()).as("the token's secret is shown").isTrue();
        return matcher.group();
    }

    /** A valid entry summary of one line, read as JSON. */
    public static tools.jackson.databind.JsonNode summaryNode(EntryNumber entryNumber) {
        return org.openace.filing.json.FilingJson.MAPPER.readTree(summary(entryNumber, DEMO_IMPORTER));
    }

    /** A valid entry summary of one line, as JSON. */
    public static String summary(EntryNumber entryNumber, String importer) {
        return summary(entryNumber, importer, "10000.00", "34.64");
    }

    /** A valid entry summary of one line of {@code value}, with its MPF, as JSON. */
    public static String summary(EntryNumber entryNumber, String importer, String value, String mpf) {
        return """
                {
                  "entryNumber": "%1$s",
                  "entryType": "01",
                  "summaryDate": "2026-09-18",
                  "entryDate": "2026-09-14",
                  "importDate": "2026-09-12",
                  "portOfEntry": "0101",
                  "importerOfRecord": "%2$s",
                  "bondType": "8",
                  "suretyCode": "457",
                  "countryOfOrigin": "CN",
                  "countryOfExport": "CN",
                  "exportDate": "2026-08-20",
                  "importingCarrier": "ABCD",
                  "modeOfTransport": "30",
                  "billOfLading": "ABCD12345678",
                  "manufacturerId": "CNSHAFAC123SHA",
                  "portOfUnlading": "0101",
                  "locationOfGoods": "L123",
                  "lines": [{
                    "lineNumber": 1,
                    "countryOfOrigin": "CN",
                    "manufacturerId": "CNSHAFAC123SHA",
                    "related": false,
                    "charges": "120.00",
                    "ordinals": [{
                      "htsNumber": "9403.20.00.17",
                      "enteredValue": "%3$s",
                      "quantities": [{"value": "20", "unit": "NO"}],
                      "rate": {"adValoremPercent": "0"},
                      "duty": "0.00"
                    }],
                    "fees": [{"classCode": "499", "amount": "%4$s"}]
                  }],
                  "summaryFees": [{"classCode": "499", "amount": "%4$s"}],
                  "totals": {"enteredValue": "%3$s", "duty": "0.00", "tax": "0.00", "fees": "%4$s", "other": "0.00"}
                }
                """.formatted(entryNumber.formatted(), importer, value, mpf);
    }

    /**
     * The per filer tallies of V5_9_10 equal a count of the entries and AD/CVD lines as they now are, both ways (a
     * tally at zero is no tally): what its triggers must keep true through every move, intake and COPY. Returns how
     * many tally rows were compared, so that a caller can check it compared something.
     */
    public static long talliesEqualARecount(JdbcClient jdbc) {
        String waiting = """
                select filer_sub_account_id, kind, day, count(*) as entries
                from (select filer_sub_account_id, 'REJECTED' as kind, resubmit_by as day from entry_summary
                      where status = 'REJECTED' and filer_sub_account_id is not null
                      union all
                      select filer_sub_account_id, 'HELD', null from entry_summary
                      where release_status = 'HELD' and filer_sub_account_id is not null
                      union all
                      select filer_sub_account_id, 'LIQUIDATING', liquidation_date from entry_summary
                      where status = 'LIQUIDATION_SCHEDULED' and filer_sub_account_id is not null) w
                group by 1, 2, 3""";
        String tallied = "select filer_sub_account_id, kind, day, entries from entry_waiting_tally where entries <> 0";
        String adcvd = """
                select e.filer_sub_account_id, l.case_number, count(distinct l.entry_number) as entries,
                       count(*) as lines, sum(l.entered_value) as entered, sum(l.deposit) as deposit
                from entry_adcvd_line l join entry_summary e on e.entry_number = l.entry_number
                where e.filer_sub_account_id is not null and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                group by 1, 2""";
        String adcvdTallied = "select filer_sub_account_id, case_number, entries, lines, entered_value, deposit "
                + "from entry_adcvd_tally where entries <> 0 or lines <> 0";
        for (String[] pair : new String[][] {{waiting, tallied}, {tallied, waiting}, {adcvd, adcvdTallied},
                {adcvdTallied, adcvd}}) {
            assertThat(jdbc.sql("select count(*) from (" + pair[0] + " except " + pair[1] + ") differ")
                    .query(Long.class).single()).as("rows of one not in the other:\n" + pair[0]).isZero();
        }
        return jdbc.sql("select (select count(*) from (" + tallied + ") t) + (select count(*) from (" + adcvdTallied
                + ") a)").query(Long.class).single();
    }
}
