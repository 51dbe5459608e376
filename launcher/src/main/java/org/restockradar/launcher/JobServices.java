package org.restockradar.launcher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.dispatch.Companion;
import org.restockradar.dispatch.DispatchService;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.dispatch.admin.PageLink;
import org.restockradar.access.Role;
import org.restockradar.alerts.Alerts;
import org.restockradar.alerts.AlertsApi;
import org.restockradar.alerts.AlertsSettings;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.replies.RepliesApi;
import org.restockradar.replies.RepliesService;
import org.restockradar.replies.RepliesSettings;
import org.restockradar.rewards.Rewards;
import org.restockradar.rewards.RewardsApi;
import org.restockradar.rewards.RewardsSettings;

/**
 * The jobs service with the services its job events feed, wired in one process on one HTTP port: dispatch, and beside
 * it rewards ({@code rewards.enabled}), replies ({@code replies.enabled}) and alerts to ops (when {@code alerts.*} configures a
 * channel), each in a schema of its own on dispatch's
 * PostgreSQL, reading {@code job-events} in a consumer group of its own, its routes guarded by dispatch's tokens and
 * its periodic work on a clustered scheduler of its own name (an instance without rewards never takes a gift run). The all-in-one launcher and {@link JobServicesMain} start it so.
 */
public final class JobServices {
    private JobServices() {
    }

    /** Every key the process reads: dispatch's, rewards', the replies' and the alerts'. */
    public static Map<String, String> defaults() {
        Map<String, String> defaults = new java.util.HashMap<>(DispatchSettings.SETTINGS.defaults());
        defaults.putAll(RewardsSettings.SETTINGS.defaults());
        defaults.putAll(RepliesSettings.SETTINGS.defaults());
        defaults.putAll(AlertsSettings.SETTINGS.defaults());
        return defaults;
    }

    /** Starts dispatch with the companions the settings switch on. Each service checks its own keys before anything starts. */
    public static DispatchService start(Settings settings, Clock clock, Monitoring monitoring) {
        return DispatchService.start(settings, clock, monitoring, companions(settings));
    }

    /**
     * The pages this process serves, for the sign-in links: dispatch's, and the rewards page when rewards run here
     * ({@code rewards.enabled}).
     */
    public static PageLink pages(Settings settings) {
        return RewardsSettings.from(settings).enabled() ? PageLink.DISPATCH.with(Role.MARKETER, RewardsApi.PAGE) : PageLink.DISPATCH;
    }

    static List<Companion.Starter> companions(Settings settings) {
        RewardsSettings rewards = RewardsSettings.from(settings);
        TypedSettings replies = RepliesSettings.SETTINGS.read(settings);
        AlertsSettings alerts = AlertsSettings.from(settings);
        List<Companion.Starter> companions = new ArrayList<>();
        if (rewards.enabled()) {
            // Reporter credits from job-events, gift runs on the scheduler, /api/rewards (docs/rewards.md).
            companions.add(shared -> {
                Rewards started = Rewards.start(rewards, shared.database(), shared.clock(), shared.kafka(), shared.clusterCheckIn(),
                        shared.meters());
                return Companion.of(started, app -> RewardsApi.register(app, started.api(shared.tokens(), shared.requestsPerMinute())));
            });
        }
        if (RepliesService.enabled(replies)) {
            // Replies to reporters planned from job-events, /api/replies (docs/replies.md).
            companions.add(shared -> {
                // The replies promise the SLA dispatch keeps (dispatch.sla), in each reply's language.
                RepliesService started = RepliesService.start(replies, shared.database(), shared.clock(), shared.kafka(), shared.meters(),
                        SlaPolicy.SETTINGS.read(settings).get(SlaPolicy.SLA));
                return Companion.of(started, app -> RepliesApi.register(app, started.api(shared.tokens(), shared.requestsPerMinute())));
            });
        }
        if (alerts.enabled()) {
            // SLA escalations and breaches told to ops by webhook and email, from job-events, /api/alerts (docs/operations.md, "Alerts to ops").
            companions.add(shared -> {
                Alerts started = Alerts.start(alerts, shared.database(), shared.clock(), shared.kafka(), shared.meters());
                return Companion.of(started, app -> AlertsApi.register(app, started.api(shared.tokens(), shared.requestsPerMinute())));
            });
        }
        return companions;
    }
}
