/**
 * The Kafka Streams topology, built by one function ({@code RestockTopology}) apart from start-up: mentions are decoded
 * (or dead-lettered with the reason), de-duplicated, understood, and routed to stock-out reports or needs-location;
 * the outlet registry is a global store kept in step with the {@code outlets} topic. A mention's steps are small named
 * classes run in one processor node ({@code AssessMention}).
 */
package org.restockradar.stream.topology;
