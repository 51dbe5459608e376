/**
 * Replaying a JSONL file of mentions into the sink, for demos, tests and benchmarks.
 */
package org.restockradar.ingest.replay;
