package org.restockradar.launcher.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulated crew (and the simulated ops) pace their work, in steps of {@code step} (settings
 * {@code demo.field-work.*}). Each wait is drawn uniformly from its range of steps:
 * <ul>
 *   <li>{@value #READY_MIN}–{@value #READY_MAX} steps from taking a job to saying it will go;</li>
 *   <li>{@value #SET_OFF_MIN}–{@value #SET_OFF_MAX} steps to set off;</li>
 *   <li>{@value #TRAVEL_MIN}–{@value #TRAVEL_MAX} steps on the road and in the shop;</li>
 *   <li>{@value #REST_MIN}–{@value #REST_MAX} steps of rest before the next job;</li>
 *   <li>{@value #FORGET_MIN}–{@value #FORGET_MAX} steps during which a forgotten job is left as it is;</li>
 *   <li>{@value #VERIFY_MIN}–{@value #VERIFY_MAX} steps before ops look at a restock.</li>
 * </ul>
 * With a step of one minute a crew closes a job in 7 to 20 minutes, about four an hour: slower than the demo feed
 * opens them, so the queue never empties. The ranges are chosen for that, not measured from real crews.
 *
 * @param step             the unit of every wait
 * @param failPercent      the share of visits that fail for a reason other than a full shelf (closed, refused, no stock)
 * @param shelfFullPercent the share of visits that find the shelf full (the reason the rewards' fraud rules read)
 * @param forgetPercent    the share of moves a crew puts off for a long while (the job sits in its state and turns amber, then red)
 * @param verifyPercent    the share of restocks ops verify; the rest wait for verification
 */
public record CrewPace(Duration step, int failPercent, int shelfFullPercent, int forgetPercent, int verifyPercent) {
    static final int READY_MIN = 1;
    static final int READY_MAX = 3;
    static final int SET_OFF_MIN = 1;
    static final int SET_OFF_MAX = 3;
    static final int TRAVEL_MIN = 3;
    static final int TRAVEL_MAX = 10;
    static final int REST_MIN = 2;
    static final int REST_MAX = 4;
    static final int FORGET_MIN = 15;
    static final int FORGET_MAX = 40;
    static final int VERIFY_MIN = 2;
    static final int VERIFY_MAX = 8;

    public CrewPace {
        Objects.requireNonNull(step, "step");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("demo.field-work.step must be positive: " + step);
        }
        for (int percent : new int[] {failPercent, shelfFullPercent, forgetPercent, verifyPercent}) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("demo.field-work percentages must be within [0, 100]: fail " + failPercent
                        + ", shelf full " + shelfFullPercent + ", forget " + forgetPercent + ", verify " + verifyPercent);
            }
        }
        if (failPercent + shelfFullPercent > 100) {
            throw new IllegalArgumentException("demo.field-work fail and shelf-full percentages add up past 100: " + failPercent + " + " + shelfFullPercent);
        }
    }
}
