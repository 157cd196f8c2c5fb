package org.openace.filing.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntrySummary;
import org.openace.filing.Hold;
import org.openace.filing.store.HistoryEntry;

import tools.jackson.databind.JsonNode;

/** The officer API's bodies: a move's values read from JSON, and the entry as it stands after the move. */
final class EntryMoveJson {

    /** Marks a value of the wrong JSON type, so that the field's check names it. */
    private static final String WRONG_TYPE = "\u0000";

    private EntryMoveJson() {
    }

    /** The values of a move in a JSON object; fields of the wrong type fail their checks. */
    static MoveInput input(@Nullable JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return MoveInput.empty();
        }
        return new MoveInput(reasons(body.get("reasons")), text(body.get("authority")), text(body.get("reason")),
                text(body.get("holdNumber")), text(body.get("liquidationDate")), text(body.get("amount")));
    }

    private static @Nullable List<String> reasons(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (node.isString()) {
            reasons.add(node.asString());
            return reasons;
        }
        if (!node.isArray()) {
            return List.of(WRONG_TYPE);
        }
        for (JsonNode reason : node) {
            reasons.add(reason.isString() ? reason.asString() : WRONG_TYPE);
        }
        return reasons;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() || node.isNumber() ? node.asString() : WRONG_TYPE;
    }

    /** The entry after a move. */
    record EntryState(String entryNumber, String happened, String status, String releaseStatus,
                      List<String> rejectionReasons, @Nullable LocalDate resubmitBy, LocalDate liquidationDeadline,
                      int extensions, @Nullable LocalDate liquidationDate, @Nullable LocalDate protestBy,
                      List<HoldJson> holds) {

        static EntryState of(MoveOutcome.Moved moved) {
            EntrySummary e = moved.entry();
            return new EntryState(e.entryNumber().formatted(), HistoryEntry.of(moved.event()).kind(), e.status().name(),
                    e.releaseStatus().name(), e.rejectionReasons(), e.resubmitBy().orElse(null),
                    e.liquidationDeadline(), e.extensions(), e.liquidationDate().orElse(null),
                    e.protestBy().orElse(null), e.holds().stream().map(HoldJson::of).toList());
        }
    }

    record HoldJson(int number, String authority, String reason, LocalDate placedOn, @Nullable LocalDate liftedOn) {

        static HoldJson of(Hold hold) {
            return new HoldJson(hold.number(), hold.authority(), hold.reason(), hold.placedOn(), hold.liftedOn());
        }
    }
}
