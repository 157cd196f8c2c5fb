package org.openace.reports.run;

import java.util.List;

/**
 * One page of a run's rows as shown on screen: the cells formatted for reading (dates MM/DD/YYYY, money with
 * thousands separators), the page's number from 1 and how many pages there are.
 */
public record ResultPage(List<String> headers, List<List<String>> rows, long number, long pages, long total,
                         int size) {

    public long firstRow() {
        return total == 0 ? 0 : (number - 1) * size + 1;
    }

    public long lastRow() {
        return Math.min(number * size, total);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
