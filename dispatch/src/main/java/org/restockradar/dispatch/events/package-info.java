/**
 * The job history leaving the database: {@link org.restockradar.dispatch.events.OutboxRelay} publishes the outbox rows
 * written with each change to {@code job-events} in order, and {@link org.restockradar.dispatch.events.JobEventFeed} follows
 * the {@code job_event} rows for the API's server-sent events.
 */
package org.restockradar.dispatch.events;
