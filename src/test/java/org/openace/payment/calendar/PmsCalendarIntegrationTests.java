package org.openace.payment.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.reference.WorkingDays;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Periodic Monthly Statement calendar against the one CBP published for 2025 (CSMS #63430997 of 17 December
 * 2024, as reproduced by brokers, e.g. grf-chb.com: "11th Workday" and "15th Workday" for each month; published before
 * the closure of 9 January 2025 for President Carter's national day of mourning, which it does not count and which is
 * not in the holiday file), and 2026 against the
 * working days counted by hand from 5 U.S.C. 6103 and the dated closures: the only 2026 table found (a broker's page)
 * puts January's and February's preliminary statements on federal holidays (19 January, 16 February), so it cannot be
 * CBP's and is not used (nine of its months agree with this count; July differs by the observed Independence Day
 * of Friday 3 July). Also: each date is a working day with exactly 10 and 14 working days of its month before
 * it; a year without holidays on file has no calendar; the page shows a year and refuses a malformed one.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=payments")
class PmsCalendarIntegrationTests {

    /** CSMS #63430997: month -> {11th working day, 15th working day}. */
    static final Map<Integer, List<LocalDate>> PUBLISHED_2025 = Map.ofEntries(
            Map.entry(1, List.of(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 23))),
            Map.entry(2, List.of(LocalDate.of(2025, 2, 18), LocalDate.of(2025, 2, 24))),
            Map.entry(3, List.of(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 21))),
            Map.entry(4, List.of(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 21))),
            Map.entry(5, List.of(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 21))),
            Map.entry(6, List.of(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 23))),
            Map.entry(7, List.of(LocalDate.of(2025, 7, 16), LocalDate.of(2025, 7, 22))),
            Map.entry(8, List.of(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 21))),
            Map.entry(9, List.of(LocalDate.of(2025, 9, 16), LocalDate.of(2025, 9, 22))),
            Map.entry(10, List.of(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 22))),
            Map.entry(11, List.of(LocalDate.of(2025, 11, 18), LocalDate.of(2025, 11, 24))),
            Map.entry(12, List.of(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 19))));

    /**
     * 2026 counted by hand: New Year's Day (Thu 1 Jan), King (19 Jan), Washington (16 Feb), Memorial (25 May),
     * Juneteenth (Fri 19 Jun), Independence observed Fri 3 Jul, Labor (7 Sep), Columbus (12 Oct), Veterans (Wed 11
     * Nov), Thanksgiving (26 Nov), Christmas (Fri 25 Dec).
     */
    static final Map<Integer, List<LocalDate>> COUNTED_2026 = Map.ofEntries(
            Map.entry(1, List.of(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 23))),
            Map.entry(2, List.of(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 23))),
            Map.entry(3, List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20))),
            Map.entry(4, List.of(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 21))),
            Map.entry(5, List.of(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 21))),
            Map.entry(6, List.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22))),
            Map.entry(7, List.of(LocalDate.of(2026, 7, 16), LocalDate.of(2026, 7, 22))),
            Map.entry(8, List.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 21))),
            Map.entry(9, List.of(LocalDate.of(2026, 9, 16), LocalDate.of(2026, 9, 22))),
            Map.entry(10, List.of(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 22))),
            Map.entry(11, List.of(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 23))),
            Map.entry(12, List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 21))));

    @Autowired
    PmsCalendar calendar;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @BeforeEach
    void holidaysOnFile() {
        TestReferenceData.loadSamples(context);
    }

    @Test
    void theCalendarOf2025IsTheOneCbpPublished() {
        List<PmsCalendar.Month> months = calendar.year(2025).orElseThrow();
        assertThat(months).hasSize(12);
        for (PmsCalendar.Month month : months) {
            List<LocalDate> published = PUBLISHED_2025.get(month.month().getMonthValue());
            assertThat(List.of(month.preliminary(), month.payment())).as(month.month().toString())
                    .isEqualTo(published);
        }
    }

    @Test
    void theCalendarOf2026CountsEveryHolidayAndObservedDay() {
        for (PmsCalendar.Month month : calendar.year(2026).orElseThrow()) {
            assertThat(List.of(month.preliminary(), month.payment())).as(month.month().toString())
                    .isEqualTo(COUNTED_2026.get(month.month().getMonthValue()));
        }
    }

    @Test
    void eachDateIsTheEleventhAndFifteenthWorkingDayOfItsMonth() {
        for (int year : List.of(2024, 2025, 2026, 2027)) {
            for (PmsCalendar.Month month : calendar.year(year).orElseThrow()) {
                assertThat(workingDaysBefore(month.preliminary())).as(month + " preliminary").isEqualTo(10);
                assertThat(workingDaysBefore(month.payment())).as(month + " payment").isEqualTo(14);
                assertThat(workingDays.isWorkingDay(month.preliminary())).isTrue();
                assertThat(workingDays.isWorkingDay(month.payment())).isTrue();
                assertThat(month.releasedIn()).isEqualTo(month.month().minusMonths(1));
            }
        }
        assertThat(calendar.forReleaseOn(LocalDate.of(2025, 12, 31)).month()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void aYearWithoutHolidaysOnFileHasNoCalendar() {
        assertThat(calendar.holidaysOnFile(2031)).isFalse();
        assertThat(calendar.year(2031)).isEmpty();
    }

    @Test
    void thePageShowsAYearAndRefusesAMalformedOne() {
        PortalClient browser = PortalClient.signedIn(mvc, users.create("pmscal", Role.TRADE));
        PortalClient.Page page = browser.get("/payments/pms-calendar?year=2025");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2025-01-16").contains("2025-01-23").contains("December 2024");
        PortalClient.Page malformed = browser.get("/payments/pms-calendar?year=20x5");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.body()).contains("Give a year as four digits");
        PortalClient.Page unknown = browser.get("/payments/pms-calendar?year=2031");
        assertThat(unknown.body()).contains("No federal holiday of 2031 is on file");
    }

    private int workingDaysBefore(LocalDate date) {
        int count = 0;
        for (LocalDate d = date.withDayOfMonth(1); d.isBefore(date); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && workingDays.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
