/**
 * Replies to the people who reported a stock-out, on the network they wrote from (X, Mastodon, SMS, WhatsApp): planned
 * from {@code job-events}, written in the reporter's language, rate limited per source, logged, and never sent to a reporter
 * who opted out.
 */
package org.restockradar.replies;
