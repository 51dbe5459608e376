/**
 * The stream processor's business meters: mentions per source, reports per route, dead letters, the time the
 * understanding stage takes per mention, and the state of Kafka Streams and its threads.
 */
package org.restockradar.stream.metrics;
