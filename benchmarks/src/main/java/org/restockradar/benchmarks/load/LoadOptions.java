package org.restockradar.benchmarks.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restockradar.contracts.Topics;

/**
 * The harness's command line: {@code --name value} pairs, each with a default, and flags without a value.
 *
 * @param outlets        outlets of the synthetic registry
 * @param mentions       mentions of the full-speed phase
 * @param rates          the fixed rates of the latency phases, mentions per second
 * @param rateSeconds    how long each latency phase sends
 * @param rawRecords     records of the raw-Kafka baseline
 * @param jfr            record the stream processors with Java Flight Recorder (the profile settings)
 * @param mentionsPartitions partitions of {@code mentions} when the harness creates it (the catalogue's 3 by default):
 *                       the most stream processors that can share the work
 * @param processorSettings settings given to every stream processor beside the harness's own ({@code streams.threads},
 *                       {@code kafka.commit.interval.ms}...), from {@code --processor-settings k=v,k=v}
 * @param dispatchSettings   the same for every dispatcher, from {@code --dispatch-settings k=v,k=v}
 * @param warmupMentions mentions replayed through the whole path before the measured phases, unmeasured, so that the
 *                       services' JIT has compiled their hot code (0: none, the services start cold)
 * @param replayPerPhase a fresh {@code IngestMain replay --file} JVM for each phase, as before session 13 (default: one
 *                       {@code IngestMain replay --follow} process for the whole run, as a long-running ingest)
 */
record LoadOptions(int outlets, int mentions, List<Integer> rates, int rateSeconds, long rawRecords,
                   int streamProcessors, int dispatchers, String processorHeap, String dispatchHeap,
                   Optional<String> bootstrapServers, Optional<String> jdbcUrl, String dbUser, String dbPassword,
                   Optional<Path> dir, Optional<Path> report, String note, boolean jfr, int mentionsPartitions,
                   Map<String, String> processorSettings, Map<String, String> dispatchSettings, int warmupMentions,
                   boolean replayPerPhase) {
    static final String USAGE = """
            LoadHarness [--outlets 1000000] [--mentions 200000] [--rates 1000,5000] [--rate-seconds 30]
                        [--raw-records <mentions>] [--stream-processors 1] [--dispatchers 1]
                        [--processor-heap 6g] [--dispatch-heap 1g] [--mentions-partitions 3]
                        [--bootstrap-servers host:port] [--jdbc-url URL --db-user U --db-password P]
                        [--dir DIR] [--report docs/benchmarks.md] [--note "text for the report"] [--jfr]
                        [--processor-settings streams.threads=2,kafka.commit.interval.ms=200]
                        [--dispatch-settings key=value,...] [--warmup-mentions 0] [--replay-per-phase]""";

    LoadOptions {
        rates = List.copyOf(rates);
        processorSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(processorSettings));
        dispatchSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dispatchSettings));
        if (outlets < 1 || mentions < 1 || rateSeconds < 1 || rawRecords < 1 || streamProcessors < 1 || dispatchers < 1
                || mentionsPartitions < 1 || warmupMentions < 0) {
            throw new IllegalArgumentException("counts must be positive: outlets " + outlets + ", mentions " + mentions
                    + ", rate seconds " + rateSeconds + ", raw records " + rawRecords + ", stream processors "
                    + streamProcessors + ", dispatchers " + dispatchers + ", mentions partitions " + mentionsPartitions
                    + ", warm-up mentions " + warmupMentions);
        }
    }

    static LoadOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i] + "\n" + USAGE);
            }
            String name = args[i].substring(2);
            if (name.equals("jfr") || name.equals("replay-per-phase")) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
        }
        List<String> known = List.of("outlets", "mentions", "rates", "rate-seconds", "raw-records", "stream-processors",
                "dispatchers", "processor-heap", "dispatch-heap", "bootstrap-servers", "jdbc-url", "db-user",
                "db-password", "dir", "report", "note", "mentions-partitions", "processor-settings", "dispatch-settings",
                "warmup-mentions");
        values.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown option --" + k + "\n" + USAGE);
        });
        int outlets = Integer.parseInt(values.getOrDefault("outlets", "1000000"));
        int mentions = Integer.parseInt(values.getOrDefault("mentions", "200000"));
        // 100,000 outlets made a stream processor of 1.1 GB resident (docs/benchmarks.md); UnderstandingBenchmark holds a million in 7 GB.
        String defaultHeap = outlets >= 500_000 ? "6g" : "2g";
        return new LoadOptions(outlets, mentions,
                Arrays.stream(values.getOrDefault("rates", "1000,5000").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                Integer.parseInt(values.getOrDefault("rate-seconds", "30")),
                Long.parseLong(values.getOrDefault("raw-records", Integer.toString(mentions))),
                Integer.parseInt(values.getOrDefault("stream-processors", "1")),
                Integer.parseInt(values.getOrDefault("dispatchers", "1")),
                values.getOrDefault("processor-heap", defaultHeap), values.getOrDefault("dispatch-heap", "1g"),
                Optional.ofNullable(values.get("bootstrap-servers")), Optional.ofNullable(values.get("jdbc-url")),
                values.getOrDefault("db-user", "postgres"), values.getOrDefault("db-password", ""),
                Optional.ofNullable(values.get("dir")).map(Path::of), Optional.ofNullable(values.get("report")).map(Path::of),
                values.getOrDefault("note", ""), flags.contains("jfr"),
                Integer.parseInt(values.getOrDefault("mentions-partitions", Integer.toString(Topics.MENTIONS.partitions()))),
                settings(values.getOrDefault("processor-settings", "")), settings(values.getOrDefault("dispatch-settings", "")),
                Integer.parseInt(values.getOrDefault("warmup-mentions", "0")), flags.contains("replay-per-phase"));
    }

    /** {@code k=v,k=v} as a map, in order; an empty text is no setting. */
    static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a setting is key=value: " + pair + "\n" + USAGE);
            }
            settings.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return settings;
    }

    /** Stream threads of all the stream processors: each has its own transactional producer. */
    int streamThreads() {
        return streamProcessors * Integer.parseInt(processorSettings.getOrDefault("streams.threads", "1"));
    }

    /** Cities of the registry: as UnderstandingBenchmark's 400 for a million outlets, 2,500 outlets a city. */
    int cities() {
        return Math.max(4, Math.min(400, outlets / 2500));
    }
}
