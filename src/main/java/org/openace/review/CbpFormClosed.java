package org.openace.review;

import org.jspecify.annotations.Nullable;

/** An officer closed a CBP form, followed by a Form 29 ({@code followedBy}) or not. */
public record CbpFormClosed(String actionNumber, String form, String entryNumber, String port,
                            @Nullable String followedBy) {
}
