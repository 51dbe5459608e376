package org.restockradar.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restockradar.contracts.JobStatus;

/**
 * The fraud rules, as a pure function of a reporter's facts: each rule that holds gives a reason in words. The windows
 * slide over the reporter's whole history (the reports since their last release), so a verdict does not depend on when
 * the rules run, and a redelivered event gives the same one.
 * <ol>
 *   <li>rate per reporter: more than {@code maxReportsPerReporter} reports within any {@code rateWindow};</li>
 *   <li>rate per outlet: more than {@code maxReportsPerOutlet} reports on one outlet within any {@code rateWindow};</li>
 *   <li>far from the usual area: the job's city is not the city of more than half of the reporter's other reports
 *       (when there are at least {@code usualAreaMinReports} of them);</li>
 *   <li>brand-new account: more than {@code newAccountMaxReports} reports within {@code newAccountAge} of the account's start;</li>
 *   <li>burst: more than {@code burstMaxOutlets} distinct outlets within any {@code burstWindow};</li>
 *   <li>shelf was full: at least {@code shelfFullMin} of the reporter's jobs failed {@code shelf_full}, and they are at
 *       least {@code shelfFullPercent} % of the reporter's closed (verified or failed) jobs.</li>
 * </ol>
 */
public final class FraudRules {
    static final String SHELF_FULL = "shelf_full";

    private final FraudLimits limits;

    public FraudRules(FraudLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The reasons to hold the reporter, empty when none.
     *
     * @param jobCity the city of the job being credited or checked, or null when unknown
     * @param jobId   that job, whose own reports do not count towards the reporter's usual area
     */
    public List<String> reasons(ReporterFacts facts, long jobId, String jobCity) {
        List<Report> reports = facts.reports().stream().map(r -> new Report(r.reportedAt(), r.outletId())).toList();
        List<String> reasons = new ArrayList<>();
        int most = mostInWindow(reports, limits.rateWindow(), null);
        if (most > limits.maxReportsPerReporter()) {
            reasons.add("rate: " + most + " reports within " + human(limits.rateWindow()) + " (limit " + limits.maxReportsPerReporter() + ")");
        }
        for (String outlet : reports.stream().map(Report::outletId).distinct().sorted().toList()) {
            int onOutlet = mostInWindow(reports, limits.rateWindow(), outlet);
            if (onOutlet > limits.maxReportsPerOutlet()) {
                reasons.add("outlet rate: " + onOutlet + " reports on outlet " + outlet + " within " + human(limits.rateWindow())
                        + " (limit " + limits.maxReportsPerOutlet() + ")");
            }
        }
        farFromUsualArea(facts, jobId, jobCity).ifPresent(reasons::add);
        Instant newUntil = facts.accountStart().plus(limits.newAccountAge());
        long whileNew = facts.reports().stream().filter(r -> r.reportedAt().isBefore(newUntil)).count();
        if (whileNew > limits.newAccountMaxReports()) {
            reasons.add("new account: " + whileNew + " reports within " + human(limits.newAccountAge()) + " of its start (limit "
                    + limits.newAccountMaxReports() + ")");
        }
        int outlets = mostOutletsInWindow(reports, limits.burstWindow());
        if (outlets > limits.burstMaxOutlets()) {
            reasons.add("burst: " + outlets + " outlets within " + human(limits.burstWindow()) + " (limit " + limits.burstMaxOutlets() + ")");
        }
        shelfFull(facts).ifPresent(reasons::add);
        return reasons;
    }

    private record Report(Instant at, String outletId) {
    }

    /** The most reports (on {@code outlet}, or on any when null) inside any window of the given length. */
    private static int mostInWindow(List<Report> sorted, Duration window, String outlet) {
        List<Instant> times = sorted.stream().filter(r -> outlet == null || outlet.equals(r.outletId())).map(Report::at).toList();
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (!times.get(start).plus(window).isAfter(times.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    /** The most distinct outlets inside any window of the given length. */
    private static int mostOutletsInWindow(List<Report> sorted, Duration window) {
        int most = 0;
        Map<String, Integer> inWindow = new HashMap<>();
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            inWindow.merge(sorted.get(end).outletId(), 1, Integer::sum);
            while (!sorted.get(start).at().plus(window).isAfter(sorted.get(end).at())) {
                inWindow.computeIfPresent(sorted.get(start).outletId(), (k, n) -> n == 1 ? null : n - 1);
                start++;
            }
            most = Math.max(most, inWindow.size());
        }
        return most;
    }

    private Optional<String> farFromUsualArea(ReporterFacts facts, long jobId, String jobCity) {
        if (jobCity == null || jobCity.isBlank()) {
            return Optional.empty();
        }
        List<String> cities = facts.reports().stream().filter(r -> r.jobId() != jobId && r.city() != null)
                .map(r -> r.city().trim().toLowerCase(Locale.ROOT)).toList();
        if (cities.size() < limits.usualAreaMinReports()) {
            return Optional.empty();
        }
        Map<String, Long> byCity = cities.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        return byCity.entrySet().stream().filter(e -> e.getValue() * 2 > cities.size()).map(Map.Entry::getKey).findFirst()
                .filter(usual -> !usual.equals(jobCity.trim().toLowerCase(Locale.ROOT)))
                .map(usual -> "far from usual area: a report in " + jobCity.trim() + ", usually " + usual + " ("
                        + byCity.get(usual) + " of " + cities.size() + " reports)");
    }

    private Optional<String> shelfFull(ReporterFacts facts) {
        Set<Long> closed = new HashSet<>();
        Set<Long> full = new HashSet<>();
        for (ReporterFacts.Report report : facts.reports()) {
            if (JobStatus.VERIFIED.code().equals(report.jobStatus()) || JobStatus.FAILED.code().equals(report.jobStatus())) {
                closed.add(report.jobId());
            }
            if (SHELF_FULL.equals(report.failureReason())) {
                full.add(report.jobId());
            }
        }
        if (full.size() >= limits.shelfFullMin() && full.size() * 100L >= (long) limits.shelfFullPercent() * closed.size()) {
            return Optional.of("shelf was full: " + full.size() + " of " + closed.size() + " closed jobs (limit "
                    + limits.shelfFullMin() + " and " + limits.shelfFullPercent() + " %)");
        }
        return Optional.empty();
    }

    static String human(Duration duration) {
        if (duration.toDays() >= 2 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
            return duration.toDays() + " d";
        }
        if (duration.toMinutes() >= 60 && duration.toMinutesPart() == 0) {
            return duration.toHours() + " h";
        }
        if (duration.toSeconds() >= 60 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() + " ms";
    }
}
