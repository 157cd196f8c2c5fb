package org.openace.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.ImporterNumber;

/**
 * What a filer declares on an entry summary (CBP Form 7501), one version of it: the header blocks, the lines with
 * their tariff ordinals and fees, the summary's fees by class, and the totals as declared. Immutable; whether the
 * declared totals add up and the rest is right is for the validation rules to say, so that every broken rule is
 * reported at once. {@link #toString()} names the entry only: importer numbers may be Social Security numbers.
 *
 * @param foreignPortOfLading the Schedule K code of the foreign port (Block 19), empty when not by vessel
 * @param declaredTotals      the totals as the filer declared them
 */
public record Form7501(EntryNumber entryNumber, EntryTypeCode entryType, LocalDate summaryDate, LocalDate entryDate,
                       LocalDate importDate, PortCode portOfEntry, ImporterNumber importerOfRecord,
                       @Nullable ImporterNumber ultimateConsignee, BondType bondType, @Nullable String suretyCode,
                       CountryCode countryOfOrigin, CountryCode countryOfExport, LocalDate exportDate,
                       String importingCarrier, ModeOfTransport modeOfTransport, String billOfLading,
                       String manufacturerId, String foreignPortOfLading, PortCode portOfUnlading,
                       String locationOfGoods, List<EntryLine> lines, List<Fee> summaryFees,
                       SummaryTotals declaredTotals) {

    private static final Pattern SURETY_CODE = Pattern.compile("[0-9A-Z]{3}");

    public Form7501 {
        Objects.requireNonNull(entryNumber, "entry number");
        Objects.requireNonNull(entryType, "entry type");
        Objects.requireNonNull(summaryDate, "summary date");
        Objects.requireNonNull(entryDate, "entry date");
        Objects.requireNonNull(importDate, "import date");
        Objects.requireNonNull(portOfEntry, "port of entry");
        Objects.requireNonNull(importerOfRecord, "importer of record number");
        Objects.requireNonNull(bondType, "bond type");
        Objects.requireNonNull(countryOfOrigin, "country of origin");
        Objects.requireNonNull(countryOfExport, "country of export");
        Objects.requireNonNull(exportDate, "export date");
        Objects.requireNonNull(importingCarrier, "importing carrier");
        Objects.requireNonNull(modeOfTransport, "mode of transport");
        Objects.requireNonNull(billOfLading, "bill of lading or air waybill");
        Objects.requireNonNull(manufacturerId, "manufacturer ID");
        Objects.requireNonNull(foreignPortOfLading, "foreign port of lading");
        Objects.requireNonNull(portOfUnlading, "U.S. port of unlading");
        Objects.requireNonNull(locationOfGoods, "location of goods");
        Objects.requireNonNull(declaredTotals, "totals");
        lines = List.copyOf(lines);
        summaryFees = List.copyOf(summaryFees);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An entry summary has at least one line");
        }
        if (bondType.needsSurety() && (suretyCode == null || !SURETY_CODE.matcher(suretyCode).matches())) {
            throw new IllegalArgumentException("A bond of type " + bondType.code() + " needs its 3-character surety code");
        }
    }

    public String filerCode() {
        return entryNumber.filerCode();
    }

    /** The totals computed from the lines and the summary's fees, exactly. */
    public SummaryTotals computedTotals() {
        return new SummaryTotals(
                Money.sum(lines.stream().map(EntryLine::enteredValue).toList()),
                Money.sum(lines.stream().map(EntryLine::duty).toList()),
                Money.sum(lines.stream().map(EntryLine::tax).toList()),
                Money.sum(summaryFees.stream().map(Fee::amount).toList()),
                Money.sum(lines.stream().map(EntryLine::adCvdAmount).toList()));
    }

    /** The summary's fee of a class, if it declares one. */
    public Optional<Fee> summaryFee(FeeClassCode classCode) {
        return summaryFees.stream().filter(f -> f.classCode().equals(classCode)).findFirst();
    }

    /** The fees of a class on every line, in line order. */
    public List<Fee> lineFees(FeeClassCode classCode) {
        return lines.stream().flatMap(l -> l.fees().stream()).filter(f -> f.classCode().equals(classCode)).toList();
    }

    /** Whether the summary or any line carries a fee of the class. */
    public boolean carriesFee(FeeClassCode classCode) {
        return summaryFee(classCode).isPresent() || !lineFees(classCode).isEmpty();
    }

    @Override
    public String toString() {
        return "Form7501[" + entryNumber + ", type " + entryType + ", port " + portOfEntry + ", importer "
                + importerOfRecord.display() + ", " + lines.size() + " lines]";
    }
}
