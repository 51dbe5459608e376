/**
 * The outlet registry: an {@code outlets.csv} imported into the compacted {@code outlets} topic.
 */
package org.restockradar.ingest.registry;
