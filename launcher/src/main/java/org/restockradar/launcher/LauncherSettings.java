package org.restockradar.launcher;

import java.time.Duration;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;

/**
 * The settings of the all-in-one run itself, declared once: the sign-in links it logs and the demo's simulated field
 * work (docs/rewards.md). It
 * owns the namespace {@code demo.}; the services it starts read their own declarations. docs/configuration.md is
 * generated from {@link #SETTINGS}.
 */
public final class LauncherSettings {
    public static final Setting<Boolean> PAGE_LINKS = Setting.flag("demo.page-links", "true",
            "log a sign-in link per role at start, each with a demo token kept in the data directory (local use only; `false`: none)");
    public static final Setting<Boolean> FIELD_WORK = Setting.flag("demo.field-work", "true",
            "in the demo run, simulated crews work the jobs and ops verify them (`false`: off)");
    public static final Setting<Duration> FIELD_WORK_STEP = Setting.duration("demo.field-work.step", "1m",
            "the unit of the simulated crews' pace: 1-3 steps to accept a job, 1-3 to set off, 3-10 on the road and in the shop, 2-4 of rest; "
                    + "ops verify 2-8 steps after a restock").check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> FIELD_WORK_VERIFY_PERCENT = Setting.integer("demo.field-work.verify-percent", "85",
            "the share of restocked jobs the simulated ops verify (the rest wait for verification)").check(Setting.between(0, 100), "between 0 and 100");
    public static final Setting<Integer> FIELD_WORK_SHELF_FULL_PERCENT = Setting.integer("demo.field-work.shelf-full-percent", "10",
            "the share of visits whose simulated crew finds the shelf full").check(Setting.between(0, 100), "between 0 and 100");
    public static final Setting<Integer> FIELD_WORK_FAIL_PERCENT = Setting.integer("demo.field-work.fail-percent", "10",
            "the share of visits that fail otherwise (outlet closed, owner refused, no stock in the van)").check(Setting.between(0, 100), "between 0 and 100");
    public static final Setting<Integer> FIELD_WORK_FORGET_PERCENT = Setting.integer("demo.field-work.forget-percent", "8",
            "the share of a simulated crew's moves it puts off for 15-40 steps (the job sits and turns amber, then red)")
            .check(Setting.between(0, 100), "between 0 and 100");
    public static final Setting<Integer> FIELD_WORK_SEED = Setting.integer("demo.field-work.seed", "2026",
            "the seed of the simulated crews' and ops' chances");

    public static final SettingsDeclaration SETTINGS = SettingsDeclaration.builder("launcher", "demo.")
            .define(PAGE_LINKS, FIELD_WORK, FIELD_WORK_STEP, FIELD_WORK_VERIFY_PERCENT, FIELD_WORK_SHELF_FULL_PERCENT, FIELD_WORK_FAIL_PERCENT,
                    FIELD_WORK_FORGET_PERCENT, FIELD_WORK_SEED)
            .build();

    private LauncherSettings() {
    }
}
