/**
 * The Micrometer meters of each source: received, filtered, duplicates, produced, dead-lettered, reconnects, lag.
 */
package org.restockradar.ingest.metrics;
