/**
 * Mastodon: hashtag and public streams read as server-sent events, gaps closed from the REST timelines, statuses
 * turned from HTML into mention text.
 */
package org.restockradar.ingest.source.mastodon;
