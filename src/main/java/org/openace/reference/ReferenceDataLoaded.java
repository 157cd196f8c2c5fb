package org.openace.reference;

import java.time.LocalDate;
import java.util.UUID;

/** A reference file was loaded as a new edition (published in the loading transaction). */
public record ReferenceDataLoaded(UUID loadId, ReferenceKind kind, String edition, LocalDate effectiveFrom, int rows) {
}
