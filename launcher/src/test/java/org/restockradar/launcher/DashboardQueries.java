package org.restockradar.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: the PromQL queries of the provisioned Grafana dashboard and the meter names they select. The dashboard
 * writes every selector with braces ({@code stream_mentions_total{}}), so a name is an identifier right before a
 * {@code {}; {@link #unbracedRanges()} finds a range written without them, which this reading would miss.
 */
final class DashboardQueries {
    static final Path DASHBOARD = Path.of("..", "docker", "grafana", "dashboards", "restock-radar.json");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final Pattern RANGE_WITHOUT_BRACES = Pattern.compile("[a-zA-Z0-9_:]\\[");

    private final List<String> queries;

    private DashboardQueries(List<String> queries) {
        this.queries = List.copyOf(queries);
    }

    static DashboardQueries read() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
            List<String> queries = new ArrayList<>();
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(target.path("expr").asText());
                }
            }
            return new DashboardQueries(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DASHBOARD, e);
        }
    }

    List<String> queries() {
        return queries;
    }

    /** Every meter name the queries select, in the Prometheus form ({@code dispatch_claims_seconds_bucket}). */
    Set<String> meterNames() {
        Set<String> names = new TreeSet<>();
        for (String query : queries) {
            Matcher selector = SELECTOR.matcher(query);
            while (selector.find()) {
                names.add(selector.group(1));
            }
        }
        return names;
    }

    /** Queries with a range vector right after a bare name ({@code foo[5m]}): written against this helper's convention. */
    List<String> unbracedRanges() {
        return queries.stream().filter(query -> RANGE_WITHOUT_BRACES.matcher(query).find()).toList();
    }

    /** The names a Prometheus scrape shows: the first word of every line that is not a comment. */
    static Set<String> scrapedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int end = 0;
                while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                    end++;
                }
                names.add(line.substring(0, end));
            }
        }
        return names;
    }
}
