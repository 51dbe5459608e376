/**
 * Where each stream left off: checkpoints (a cursor and the recent ids) kept on the compacted {@code ingest-cursors}
 * topic, or in memory for tests.
 */
package org.restockradar.ingest.cursor;
