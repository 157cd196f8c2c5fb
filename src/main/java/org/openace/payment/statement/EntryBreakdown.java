package org.openace.payment.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryLine;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.TariffOrdinal;
import org.openace.reference.FeeClassCode;

/**
 * An entry on a statement broken down to its lines and fee classes: each line's HTS numbers, value, duty, tax, AD/CVD
 * deposit and fees; each fee class with the summary's amount and the lines' share of it; and the entry's totals
 * three ways (on the statement, as declared, as computed from the lines and fees) so that the page shows where any
 * difference is. Every amount is exact (two decimals, no rounding).
 */
record EntryBreakdown(StatementEntry onStatement, Amounts declared, Amounts computed, List<Line> lines,
                      List<FeeClass> feeClasses) {

    /** A line: its number, HTS numbers (the commodity first), origin, value and amounts; its fees by class. */
    record Line(int number, List<String> htsNumbers, String origin, BigDecimal value, BigDecimal duty, BigDecimal tax,
                BigDecimal adCvd, Map<String, BigDecimal> fees) {

        public BigDecimal feesTotal() {
            return fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal total() {
            return duty.add(tax).add(adCvd);
        }
    }

    /** A fee class: the summary's amount, and the sum of the lines' fees of the class (null where no line has one). */
    record FeeClass(String code, String name, BigDecimal summaryAmount, @Nullable BigDecimal linesAmount) {

        public boolean linesAgree() {
            return linesAmount == null || linesAmount.compareTo(summaryAmount) == 0;
        }
    }

    static EntryBreakdown of(StatementEntry onStatement, Form7501 form) {
        List<Line> lines = new ArrayList<>(form.lines().size());
        TreeSet<String> lineClasses = new TreeSet<>();
        for (EntryLine line : form.lines()) {
            List<String> hts = new ArrayList<>();
            hts.add(line.commodity().htsNumber().formatted());
            line.chapter99().stream().map(TariffOrdinal::htsNumber).forEach(h -> hts.add(h.formatted()));
            Map<String, BigDecimal> fees = new LinkedHashMap<>();
            for (Fee fee : line.fees()) {
                fees.merge(fee.classCode().value(), Amounts.cents(fee.amount()), BigDecimal::add);
                lineClasses.add(fee.classCode().value());
            }
            lines.add(new Line(line.lineNumber(), List.copyOf(hts), line.countryOfOrigin().value(),
                    Amounts.cents(line.enteredValue()), Amounts.cents(line.duty()), Amounts.cents(line.tax()),
                    Amounts.cents(line.adCvdAmount()), fees));
        }
        List<FeeClass> classes = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(lineClasses);
        form.summaryFees().forEach(f -> codes.add(f.classCode().value()));
        for (String code : codes) {
            FeeClassCode classCode = new FeeClassCode(code);
            BigDecimal summary = form.summaryFee(classCode).map(f -> Amounts.cents(f.amount())).orElse(BigDecimal.ZERO);
            BigDecimal fromLines = lineClasses.contains(code)
                    ? form.lineFees(classCode).stream().map(f -> Amounts.cents(f.amount()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    : null;
            classes.add(new FeeClass(code, FeeClassNames.of(code), summary, fromLines));
        }
        return new EntryBreakdown(onStatement, Amounts.of(form.declaredTotals()), Amounts.of(form.computedTotals()),
                List.copyOf(lines), List.copyOf(classes));
    }

    /** The entry's totals as a row of the page's table. */
    record TotalsRow(String label, Amounts amounts) {
    }

    public List<TotalsRow> totalsRows() {
        return List.of(new TotalsRow("On the statement", onStatement.amounts()),
                new TotalsRow("Declared on the entry summary", declared),
                new TotalsRow("Computed from the lines and fees", computed));
    }

    /** The fee classes' summary amounts together: the entry's fees. */
    public BigDecimal feeClassesTotal() {
        return feeClasses.stream().map(FeeClass::summaryAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal linesValue() {
        return lines.stream().map(Line::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the statement, the declared totals, the computed totals and the fee classes all agree to the cent. */
    public boolean agrees() {
        return onStatement.amounts().equals(declared) && declared.equals(computed)
                && feeClassesTotal().compareTo(declared.fees()) == 0
                && feeClasses.stream().allMatch(FeeClass::linesAgree);
    }
}
