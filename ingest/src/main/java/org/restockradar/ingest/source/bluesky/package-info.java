/**
 * Bluesky through Jetstream: a WebSocket of post commits, resumed from its time cursor, filtered by catalog keywords.
 */
package org.restockradar.ingest.source.bluesky;
