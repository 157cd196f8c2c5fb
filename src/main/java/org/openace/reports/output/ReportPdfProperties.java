package org.openace.reports.output;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PDF download of a report's result.
 *
 * @param maxRows the most rows a PDF holds (a PDF of millions of rows is of no use to anyone): a larger result's PDF
 *                holds its first rows and says so on its first page; CSV and XLSX always hold every row
 */
@ConfigurationProperties("openace.reports.pdf")
record ReportPdfProperties(@DefaultValue("10000") long maxRows) {

    ReportPdfProperties {
        if (maxRows < 1 || maxRows > 1_000_000) {
            throw new IllegalArgumentException("openace.reports.pdf.max-rows must be 1 to 1000000, not " + maxRows);
        }
    }
}
