/**
 * Webhooks for filers' software (issue 11, R3), which ACE does not offer: an account's owners register HTTPS
 * endpoints and the entry events each wants (entry summary accepted or rejected, hold placed or lifted, CBP form
 * issued, entry liquidated); each event of an entry the account sees (as the importer's or the filer's account) is
 * written as a delivery row after the filing commits (an outbox), and a dispatcher on every node claims due rows
 * ({@code for update skip locked}), POSTs them signed with the endpoint's secret (HMAC-SHA256 over the timestamp and
 * body, ADR 017), logs each attempt with its answer, retries with back-off and pauses an endpoint after repeated
 * failure. Payloads carry no personal data. Addresses that are not HTTPS, or that resolve to loopback, link-local or
 * private addresses, are refused unless a setting allows them (tests, demo).
 */
@NullMarked
package org.openace.webhook;

import org.jspecify.annotations.NullMarked;
