/**
 * The dispatcher, wired and started: {@link org.restockradar.dispatch.DispatchService} builds every part of the jobs
 * service from its settings (database, topic readers, outbox relay, SLA sweeps, HTTP) and closes them in reverse order;
 * {@link org.restockradar.dispatch.DispatchMain} runs it as a process of its own.
 */
package org.restockradar.dispatch;
