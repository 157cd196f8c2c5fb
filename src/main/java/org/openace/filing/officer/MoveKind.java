package org.openace.filing.officer;

import java.util.Arrays;
import java.util.Optional;

/** The moves officers make, by the name they have in addresses and the action their audit records carry. */
enum MoveKind {

    REJECT("reject", "ENTRY_REJECTED"),
    HOLD("hold", "ENTRY_HELD"),
    LIFT_HOLD("lift-hold", "ENTRY_HOLD_LIFTED"),
    RELEASE("release", "ENTRY_RELEASED"),
    SCHEDULE_LIQUIDATION("schedule-liquidation", "ENTRY_LIQUIDATION_SCHEDULED"),
    LIQUIDATE("liquidate", "ENTRY_LIQUIDATED"),
    EXTEND("extend", "ENTRY_LIQUIDATION_EXTENDED");

    private final String path;
    private final String auditAction;

    MoveKind(String path, String auditAction) {
        this.path = path;
        this.auditAction = auditAction;
    }

    /** The move named in an address ({@code lift-hold}), if it is one. */
    static Optional<MoveKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    String path() {
        return path;
    }

    String auditAction() {
        return auditAction;
    }
}
