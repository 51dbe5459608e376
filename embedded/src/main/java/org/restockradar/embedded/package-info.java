/**
 * Real infrastructure on one machine, for the laptop default and the integration tests: a single-node KRaft Kafka
 * broker in a child JVM and a PostgreSQL server, each holding a data directory with a lock, its ports and pid files,
 * and stopping leftovers of a run that was killed.
 */
package org.restockradar.embedded;
