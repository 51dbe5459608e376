package org.restockradar.dispatch.rewards;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of the gift schedule ({@code rewards.gift-schedule}): one {@link Gifts#run()}, the gifts taken from the
 * scheduler's context. Never two at once across the cluster; a failed run is logged and left to the next firing or to
 * ops ({@code POST /api/rewards/gift-runs}).
 */
@DisallowConcurrentExecution
public final class GiftRunJob implements Job {
    /** The scheduler context key of the {@link Gifts}. */
    public static final String GIFTS = "rewards-gifts";
    private static final Logger LOG = LoggerFactory.getLogger(GiftRunJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Gifts gifts;
        try {
            gifts = (Gifts) context.getScheduler().getContext().get(GIFTS);
        } catch (SchedulerException e) {
            throw new JobExecutionException("cannot read the gifts from the scheduler context", e);
        }
        if (gifts == null) {
            LOG.warn("gift run fired at {} on a dispatcher without rewards (rewards.enabled=false); nothing queued", context.getFireTime());
            return;
        }
        try {
            gifts.run();
        } catch (RuntimeException e) {
            LOG.error("gift run fired at {} failed; the next firing runs again", context.getFireTime(), e);
        }
    }
}
