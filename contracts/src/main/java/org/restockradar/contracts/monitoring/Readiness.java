package org.restockradar.contracts.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.restockradar.contracts.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process's readiness: the named checks its services add as they start ({@code dispatch-database},
 * {@code kafka}, ...). Ready when every check is up; a check that throws counts as down.
 * Thread-safe: services add and remove checks while the health endpoint reads them.
 */
public final class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastUp = new ConcurrentHashMap<>();

    /** Adds a check under a name of its own; a second check of the same name is refused. */
    public void add(String name, Check check) {
        Objects.requireNonNull(check, "check");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a readiness check needs a name: '" + name + "'");
        }
        if (checks.putIfAbsent(name, check) != null) {
            throw new IllegalArgumentException("a readiness check named " + name + " is there already");
        }
    }

    /** Removes a check, when the part it watches stops. */
    public void remove(String name) {
        checks.remove(name);
        lastUp.remove(name);
    }

    /** The names of the checks, in order, without running them. */
    public java.util.SortedSet<String> names() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(checks.keySet()));
    }

    /** Runs every check, in the order of their names; logs each change of a check's state. */
    public Report report() {
        Map<String, Check.Result> results = new LinkedHashMap<>();
        checks.keySet().stream().sorted().forEach(name -> results.put(name, run(name, checks.get(name))));
        return new Report(results);
    }

    private Check.Result run(String name, Check check) {
        if (check == null) {
            return Check.Result.down("removed");
        }
        Check.Result result;
        try {
            result = check.run();
        } catch (RuntimeException e) {
            LOG.warn("Readiness check {} failed", name, e);
            result = Check.Result.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Boolean before = lastUp.put(name, result.up());
        if (before != null && before != result.up()) {
            LOG.info("Readiness check {} is {}: {}", name, result.up() ? "UP" : "DOWN", result.detail());
        }
        return result;
    }

    /** The results of one round of checks. Ready when there is at least one check and every one is up. */
    public record Report(Map<String, Check.Result> checks) {
        public Report {
            checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        }

        public boolean ready() {
            return !checks.isEmpty() && checks.values().stream().allMatch(Check.Result::up);
        }

        /** {@code {"status":"UP","checks":{"dispatch-database":{"status":"UP","detail":"..."}}}}. */
        public String toJson() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status(ready()));
            Map<String, Object> each = new LinkedHashMap<>();
            checks.forEach((name, result) -> {
                Map<String, String> one = new LinkedHashMap<>();
                one.put("status", status(result.up()));
                one.put("detail", result.detail());
                each.put(name, one);
            });
            body.put("checks", each);
            try {
                return Json.mapper().writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the readiness report " + checks, e);
            }
        }

        private static String status(boolean up) {
            return up ? "UP" : "DOWN";
        }
    }
}
