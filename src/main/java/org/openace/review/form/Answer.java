package org.openace.review.form;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.document.StoredDocument;

/** The trade's answer to one round of a form: a draft being written, or submitted to CBP with its documents. */
public record Answer(UUID id, int round, boolean submitted, String body, String savedByName, Instant savedAt,
                     @Nullable Instant submittedAt, List<StoredDocument> documents) {
}
