/**
 * What every source shares: the adapter contract and its health, the channel that filters, deduplicates and hands
 * mentions on, checkpoints, reconnecting with back-off ({@link org.restockradar.ingest.source.ReconnectingWorker},
 * {@link org.restockradar.ingest.source.ReconnectingSource}) and reading long-lived HTTP streams. One sub-package per platform.
 */
package org.restockradar.ingest.source;
