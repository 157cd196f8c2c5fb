package org.openace.filing;

/** A move the entry summary's state does not allow, e.g. paying a rejected entry or liquidating an unscheduled one. */
public class IllegalEntryMoveException extends RuntimeException {

    private final EntryNumber entryNumber;

    public IllegalEntryMoveException(EntryNumber entryNumber, String message) {
        super("Entry " + entryNumber + ": " + message);
        this.entryNumber = entryNumber;
    }

    public EntryNumber entryNumber() {
        return entryNumber;
    }
}
