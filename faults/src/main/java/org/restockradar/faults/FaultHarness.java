package org.restockradar.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the fault scenarios and prints, per scenario, {@value Verifier#ALL_DELIVERED} or what is wrong:
 * {@code FaultHarness short|full [--dir DIR] [--report FILE] [--only F1,F3] [--mentions N]}. The full form writes its table to the
 * report file (docs/reliability.md). Exit code 0 when every scenario delivered everything.
 */
public final class FaultHarness {
    private static final Logger LOG = LoggerFactory.getLogger(FaultHarness.class);

    /** How one scenario runs in its folder. */
    @FunctionalInterface
    private interface Run {
        Scenario.Result run(Path dir) throws InterruptedException, SQLException;
    }

    /** A scenario to run: one of the cluster's (F1–F4, F6) or a source outage (F5). */
    private record Planned(String name, String description, Run run) {
    }

    private FaultHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, SQLException {
        if (args.length == 0 || !(args[0].equals("short") || args[0].equals("full"))) {
            System.err.println("usage: FaultHarness short|full [--dir DIR] [--report FILE] [--only F1,F3] [--mentions N]");
            System.exit(2);
        }
        Path dir = null;
        Path report = null;
        List<String> only = List.of();
        int mentions = 0;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                case "--only" -> only = List.of(args[i + 1].split(","));
                case "--mentions" -> mentions = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (dir == null) {
            dir = Files.createTempDirectory("restockradar-faults-");
        }
        List<Planned> planned = new ArrayList<>();
        for (Scenario listed : args[0].equals("short") ? List.of(Scenarios.shortForm()) : Scenarios.fullForm()) {
            Scenario scenario = listed.asFastAsPossibleWith(mentions);
            planned.add(new Planned(scenario.name(), scenario.description(), scenario::run));
        }
        for (SourceOutage outage : args[0].equals("short") ? List.<SourceOutage>of() : Scenarios.sourceOutages()) {
            planned.add(new Planned(outage.name(), outage.description(), outage::run));
        }
        List<Scenario.Result> results = new ArrayList<>();
        for (Planned scenario : planned) {
            if (!only.isEmpty() && !only.contains(scenario.name())) {
                continue;
            }
            LOG.info("Scenario {}: {}", scenario.name(), scenario.description());
            Scenario.Result result;
            try {
                result = scenario.run().run(dir.resolve(scenario.name()));
            } catch (RuntimeException e) {
                LOG.error("Scenario {} did not run to its end", scenario.name(), e);
                result = Scenario.Result.failed(new Scenario(scenario.name(), scenario.description(), 0, 0, 0, 0, null, List.of(), false), e);
            }
            results.add(result);
            System.out.println(scenario.name() + ": " + result.verdict().summary());
        }
        String table = ReliabilityReport.markdown(results, String.join(" ", args));
        System.out.println(table);
        if (report != null) {
            Files.writeString(report, table, StandardCharsets.UTF_8);
        }
        System.exit(results.stream().allMatch(r -> r.verdict().delivered()) ? 0 : 1);
    }
}
