package org.openace.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * The page of results shown and the links to the others, as USWDS pagination lays them out: previous and next,
 * the first and the last page, the current page and its neighbours, and an ellipsis where pages are left out.
 * (Methods the template calls are public.)
 *
 * @param page      the page shown, from 1
 * @param pageCount how many pages there are (at least 1, even without results)
 * @param total     how many rows match
 * @param firstRow  the number of the first row shown (0 without results)
 * @param lastRow   the number of the last row shown
 * @param slots     the page links and gaps, in order
 * @param previous  the link to the previous page, or null on the first
 * @param next      the link to the next page, or null on the last
 */
record AuditPagination(int page, int pageCount, long total, long firstRow, long lastRow, List<Slot> slots,
                       @Nullable String previous, @Nullable String next) {

    /** A page link ({@code number} > 0) or a gap ({@code number} 0). */
    record Slot(int number, @Nullable String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * @param page the page shown, between 1 and {@link #pageCount(long, int)}
     * @param href the link to a page by its number
     */
    static AuditPagination of(int page, long total, int pageSize, IntFunction<String> href) {
        int pageCount = pageCount(total, pageSize);
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, pageCount));
        for (int near = page - 1; near <= page + 1; near++) {
            if (near >= 1 && near <= pageCount) {
                shown.add(near);
            }
        }
        List<Slot> slots = new ArrayList<>();
        int before = 0;
        for (int number : shown) {
            if (number > before + 1) {
                slots.add(new Slot(0, null, false));
            }
            slots.add(new Slot(number, href.apply(number), number == page));
            before = number;
        }
        long firstRow = total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        long lastRow = Math.min(total, (long) page * pageSize);
        return new AuditPagination(page, pageCount, total, firstRow, lastRow, List.copyOf(slots),
                page > 1 ? href.apply(page - 1) : null, page < pageCount ? href.apply(page + 1) : null);
    }
}
