/**
 * Where mentions go: the sink contract, and its Kafka producer writing the {@code mentions} and {@code dead-letters} topics.
 */
package org.restockradar.ingest.publish;
