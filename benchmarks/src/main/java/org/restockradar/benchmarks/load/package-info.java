/**
 * The end-to-end load harness: the system's real mains as child processes on one broker and one PostgreSQL, a raw
 * Kafka baseline on the same broker, the throughput, lag, latency, CPU and memory of each stage, and the report.
 */
package org.restockradar.benchmarks.load;
