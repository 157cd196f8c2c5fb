package org.openace.site.terms;

import java.time.Instant;

/** One published version of the Terms and Conditions. Versions are never edited: a change is a new version. */
public record TermsVersion(int version, String title, String body, Instant publishedAt, String publishedBy) {
}
