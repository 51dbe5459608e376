/**
 * The SLA sweeps on a timer: dbkit's clustered Quartz scheduler on the dispatch database runs
 * {@link org.restockradar.dispatch.scheduling.SlaSweeper} over the open jobs, which raises each warning, breach and
 * escalation once per job, and lends the same scheduler to the services run beside dispatch. The deadlines themselves are the job store's ({@link org.restockradar.dispatch.store.SlaPolicy}).
 */
package org.restockradar.dispatch.scheduling;
