package org.openace.reference;

import org.jspecify.annotations.Nullable;

/**
 * An importer on file (CBP Form 5106 data): its number as shown (masked if personal data), name and address.
 */
public record ImporterRecord(String numberDisplay, String name, String addressLine, String city,
                             @Nullable String state, @Nullable String postalCode, CountryCode country) {
}
