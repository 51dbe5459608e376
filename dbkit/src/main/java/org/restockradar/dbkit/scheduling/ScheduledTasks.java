package org.restockradar.dbkit.scheduling;

/**
 * Where a service puts its periodic work without knowing the scheduler behind it: a task by a cron expression, in UTC.
 * Rewards schedules its gift runs here; the wiring hands it the clustered scheduler ({@link ClusteredScheduler}).
 */
@FunctionalInterface
public interface ScheduledTasks {
    /**
     * Runs {@code task} on the schedule, replacing an earlier schedule of the same name: each firing runs once in the
     * cluster, never two at once, and a firing missed while every instance was down runs once when one comes back.
     *
     * @param group the service the task belongs to, {@code rewards}
     * @param name  a name unique within the group, {@code gift-run}
     * @param cron  a Quartz cron expression, in UTC
     */
    void scheduleCron(String group, String name, String cron, Runnable task);
}
