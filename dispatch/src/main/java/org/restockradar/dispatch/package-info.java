/**
 * The dispatcher, wired and started: {@link org.restockradar.dispatch.DispatchService} builds every part of the jobs
 * service from its settings (database, topic readers, outbox relay, SLA sweeps, HTTP) in named steps and closes them in
 * reverse order, with the {@link org.restockradar.dispatch.Companion}s its caller runs beside it (rewards, replies);
 * {@link org.restockradar.dispatch.DispatchMain} runs it alone as a process of its own.
 */
package org.restockradar.dispatch;
