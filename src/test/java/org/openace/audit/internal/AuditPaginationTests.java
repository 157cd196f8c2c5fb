package org.openace.audit.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPaginationTests {

    private static AuditPagination page(int page, long total) {
        return AuditPagination.of(page, total, 50, n -> "/p" + n);
    }

    /** The slots as text: page numbers, the current one in brackets, gaps as dots. */
    private static String slots(AuditPagination pagination) {
        return String.join(" ", pagination.slots().stream()
                .map(s -> s.gap() ? "…" : s.current() ? "[" + s.number() + "]" : Integer.toString(s.number()))
                .toList());
    }

    @Test
    void noResultsMakeOneEmptyPage() {
        AuditPagination none = page(1, 0);

        assertThat(none.pageCount()).isEqualTo(1);
        assertThat(none.firstRow()).isZero();
        assertThat(none.lastRow()).isZero();
        assertThat(none.previous()).isNull();
        assertThat(none.next()).isNull();
    }

    @Test
    void pagesHoldFiftyRows() {
        assertThat(AuditPagination.pageCount(50, 50)).isEqualTo(1);
        assertThat(AuditPagination.pageCount(51, 50)).isEqualTo(2);
        assertThat(AuditPagination.pageCount(120, 50)).isEqualTo(3);
        AuditPagination last = page(3, 120);
        assertThat(List.of(last.firstRow(), last.lastRow())).containsExactly(101L, 120L);
    }

    @Test
    void firstLastCurrentAndNeighboursAreShownWithGapsBetween() {
        assertThat(slots(page(1, 120))).isEqualTo("[1] 2 3");
        assertThat(slots(page(1, 1000))).isEqualTo("[1] 2 … 20");
        assertThat(slots(page(10, 1000))).isEqualTo("1 … 9 [10] 11 … 20");
        assertThat(slots(page(3, 1000))).isEqualTo("1 2 [3] 4 … 20");
        assertThat(slots(page(20, 1000))).isEqualTo("1 … 19 [20]");
    }

    @Test
    void previousAndNextLinkToTheNeighbours() {
        AuditPagination middle = page(2, 120);

        assertThat(middle.previous()).isEqualTo("/p1");
        assertThat(middle.next()).isEqualTo("/p3");
        assertThat(page(1, 120).previous()).isNull();
        assertThat(page(3, 120).next()).isNull();
    }
}
