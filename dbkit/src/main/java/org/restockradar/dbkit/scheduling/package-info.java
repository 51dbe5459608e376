/**
 * Periodic work on PostgreSQL: {@link org.restockradar.dbkit.scheduling.ClusteredScheduler}, Quartz's clustered JDBC
 * job store (one firing per cluster, missed firings run once), and the {@link org.restockradar.dbkit.scheduling.ScheduledTasks}
 * that services schedule on without knowing Quartz.
 */
package org.restockradar.dbkit.scheduling;
