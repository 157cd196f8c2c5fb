package org.openace.filing.search;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openace.filing.EntrySummaryStatus;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class EntrySearchFormTests {

    private static EntrySearchForm form(String summaryFrom, String port, String importer, String filer, String hts,
                                        String country, String status, String sort) {
        return new EntrySearchForm(summaryFrom, null, null, null, null, port, importer, filer, status, null, hts, country,
                sort, null);
    }

    @Test
    void typedFiltersBecomeTheFilterWithCodesInUpperCaseAndHtsAsDigits() {
        EntrySearchForm typed = form(" 2026-06-01 ", "0101", null, "d3m", "9403.20", "cn", "REJECTED", "entry-date-asc");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(typed, "search");

        EntryFilter filter = typed.toFilter(errors, number -> new byte[] {1});

        assertThat(errors.hasErrors()).isFalse();
        assertThat(filter.summaryFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(filter.filerCode()).isEqualTo("D3M");
        assertThat(filter.hts()).isEqualTo("940320");
        assertThat(filter.country()).isEqualTo("CN");
        assertThat(filter.status()).isEqualTo(EntrySummaryStatus.REJECTED);
        assertThat(filter.sort()).isEqualTo(EntrySort.ENTRY_DATE_ASC);
        assertThat(filter.importerDigest()).isNull();
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsGuessed() {
        EntrySearchForm typed = form("2026-02-30", "9900x", "123", "TOOLONG", "94", "C1", "OPEN", "price");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(typed, "search");

        typed.toFilter(errors, number -> new byte[] {1});

        assertThat(errors.getFieldErrors()).extracting("field").containsExactlyInAnyOrder("summaryFrom", "port",
                "importer", "filerCode", "hts", "country", "status", "sort");
    }

    @Test
    void theImporterNumberIsKeptOnlyAsItsDigestAndAuditedOnlyAsGiven() {
        EntrySearchForm typed = form(null, "9900", "27-123456700", null, null, null, null, null);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(typed, "search");

        EntryFilter filter = typed.toFilter(errors, number -> new byte[] {7, 7});

        assertThat(filter.importerDigest()).containsExactly(7, 7);
        assertThat(filter.port()).as("9900 is every port").isNull();
        assertThat(filter.summary()).containsEntry("importer", "given").doesNotContainValue("27-123456700");
        assertThat(typed.withoutImporter().importer()).isNull();
    }
}
