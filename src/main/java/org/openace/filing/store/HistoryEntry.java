package org.openace.filing.store;

import org.openace.filing.CargoReleased;
import org.openace.filing.EntryDeemedLiquidated;
import org.openace.filing.EntryLiquidated;
import org.openace.filing.EntryPaid;
import org.openace.filing.EntryPlacedOnStatement;
import org.openace.filing.EntrySummaryAccepted;
import org.openace.filing.EntrySummaryCorrected;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.EntrySummaryRejected;
import org.openace.filing.HoldLifted;
import org.openace.filing.HoldPlaced;
import org.openace.filing.LiquidationExtended;
import org.openace.filing.LiquidationScheduled;
import org.openace.filing.Money;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line of an entry's history, from the event of the move: its kind ({@code FILED}, {@code REJECTED}, ...) and its
 * details (dates, amounts, reasons; never an importer number).
 */
public record HistoryEntry(String kind, ObjectNode details) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static HistoryEntry of(EntrySummaryEvent event) {
        ObjectNode d = NODES.objectNode();
        String kind = switch (event) {
            case EntrySummaryAccepted e -> {
                d.put("amountDue", amount(e.totals().total()));
                d.put("liquidationDeadline", e.liquidationDeadline().toString());
                yield "FILED";
            }
            case EntrySummaryCorrected e -> {
                d.put("previousVersion", e.previousVersion());
                d.put("amountDue", amount(e.totals().total()));
                d.put("late", e.late());
                yield "CORRECTED";
            }
            case EntrySummaryRejected e -> {
                e.reasons().forEach(d.putArray("reasons")::add);
                d.put("resubmitBy", e.resubmitBy().toString());
                yield "REJECTED";
            }
            case EntryPlacedOnStatement e -> {
                d.put("statementNumber", e.statementNumber());
                d.put("amountDue", amount(e.amountDue()));
                yield "PLACED_ON_STATEMENT";
            }
            case EntryPaid e -> {
                d.put("amount", amount(e.amount()));
                yield "PAID";
            }
            case LiquidationScheduled e -> {
                d.put("liquidationDate", e.liquidationDate().toString());
                yield "LIQUIDATION_SCHEDULED";
            }
            case EntryLiquidated e -> {
                d.put("amount", amount(e.amount()));
                d.put("protestBy", e.protestBy().toString());
                yield "LIQUIDATED";
            }
            case LiquidationExtended e -> {
                d.put("extension", e.extension());
                d.put("liquidationDeadline", e.liquidationDeadline().toString());
                d.put("reason", e.reason());
                yield "EXTENDED";
            }
            case EntryDeemedLiquidated e -> {
                d.put("deemedOn", e.deemedOn().toString());
                d.put("amount", amount(e.amount()));
                d.put("protestBy", e.protestBy().toString());
                yield "DEEMED_LIQUIDATED";
            }
            case HoldPlaced e -> {
                d.put("holdNumber", e.holdNumber());
                d.put("authority", e.authority());
                d.put("reason", e.reason());
                yield "HOLD_PLACED";
            }
            case HoldLifted e -> {
                d.put("holdNumber", e.holdNumber());
                d.put("authority", e.authority());
                d.put("stillHeld", e.stillHeld());
                yield "HOLD_LIFTED";
            }
            case CargoReleased e -> "RELEASED";
        };
        return new HistoryEntry(kind, d);
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
