/**
 * The stream processor as a process: reads its settings, builds the topology and runs Kafka Streams with exactly-once
 * (v2) processing. Business rules live in {@code topology} and {@code understanding}; this package only starts and stops.
 */
package org.restockradar.stream;
