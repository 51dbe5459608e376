package org.restockradar.benchmarks.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.restockradar.benchmarks.SyntheticWorld;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Topics;
import org.restockradar.faults.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end load harness (issue 16): in one run, on one broker and one PostgreSQL, raw Kafka
 * ({@code ProducerPerformance}) at the size of a mention; then a synthetic registry, and mentions through
 * {@code IngestMain replay} → {@code StreamProcessorMain} → {@code DispatchMain}, each a child JVM, first as fast as
 * they go (throughput, lag over time, CPU per mention), then paced by the harness at fixed rates (latency from a
 * mention's time to its report's row on a job). Prints the report and adds it to {@code --report}.
 * The command and what it measures are in docs/benchmarks.md.
 */
public final class LoadHarness {
    private static final Logger LOG = LoggerFactory.getLogger(LoadHarness.class);
    /** How often the stages' offsets and the processes' CPU are read. */
    static final Duration SAMPLE_EVERY = Duration.ofMillis(250);
    /** How long the services may take to start: a million outlets are read into the stream processor's store first. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(30);
    /** How long a phase may take to drain before the harness gives up. */
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(60);
    private static final String PROCESSOR_GROUP = "restock-radar-stream-processor";
    private static final String DISPATCH_GROUP = "dispatch";
    private static final long REGISTRY_SEED = 42;
    private static final long STREAM_SEED = 7;
    /** The ids of the full-speed phase's mentions: {@code <source>-<post id>}, as ingest's sources make them. */
    private static final String FULL_SPEED_IDS = "x-load-";
    /** The ids of the warm-up's mentions ({@code --warmup-mentions}), drawn from a stream of their own seed. */
    private static final String WARMUP_IDS = "x-warm-";
    private static final String WARMUP_REPLAY = "warmup-replay";
    /** The one ingest process of a run ({@code replay --follow}), its log and meter. */
    private static final String FOLLOWING_REPLAY = "ingest-replay";

    private final LoadOptions options;
    private final Clock clock;

    LoadHarness(LoadOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        LoadOptions options = LoadOptions.parse(args);
        String command = "tools/load-harness.sh " + java.util.Arrays.stream(args)
                .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).collect(java.util.stream.Collectors.joining(" "));
        String report = new LoadHarness(options, Clock.systemUTC()).run(command);
        System.out.println(report);
        if (options.report().isPresent()) {
            LoadReport.addTo(options.report().get(), report);
            LOG.info("Report added to {}", options.report().get());
        }
        System.exit(0);
    }

    /** The phase at full speed: what each stage did, sampled over time. */
    record Throughput(long mentions, long reports, long jobs, double firstWrittenSeconds, double ingestSeconds,
                      double processorSeconds, double dispatchSeconds, List<StageSampler.Sample> samples,
                      StageSampler.Sample base) {
        /** Seconds from the first mention on {@code mentions} until dispatch had read every report. */
        double endToEndSeconds() {
            return dispatchSeconds - firstWrittenSeconds;
        }
    }

    /**
     * What starting the run's one ingest process cost ({@code replay --follow}): seconds from its JVM's start until
     * it followed the directory, and its CPU time by then; paid once, not per phase.
     */
    record IngestStart(double seconds, long cpuNanos) {
    }

    /** How the phases hand ingest their mentions: a fresh replay JVM per file, or a file moved into the followed directory. */
    private interface Ingest {
        /** Hands the file to ingest; returns the process that replays it. */
        ServiceProcess replay(Path file, String phase);

        /** Whether the process exits when the file is replayed (then the phase waits for it). */
        boolean exitsAfterEachFile();
    }

    /** A phase at a fixed rate: the rate kept and the latency of each report. */
    record Latency(int askedRate, long mentions, double sentRate, long reports, long jobs, double drainSeconds,
                   LatencySummary summary) {
    }

    String run(String command) throws IOException {
        Instant started = clock.instant();
        String loadBefore = Machine.loadAverage();
        Path dir = options.dir().isPresent() ? Files.createDirectories(options.dir().get())
                : Files.createTempDirectory("load-harness");
        LOG.info("Load harness in {}: {} outlets, {} mentions", dir, options.outlets(), options.mentions());
        List<Outlet> outlets = SyntheticWorld.outlets(options.outlets(), options.cities(), REGISTRY_SEED);
        Path catalog = Files.writeString(dir.resolve("catalog.json"), SyntheticWorld.CATALOG_JSON, StandardCharsets.UTF_8);
        LoadStream stream = new LoadStream(outlets, STREAM_SEED);
        Path mentionsFile = dir.resolve("mentions.jsonl");
        int recordBytes = writeMentions(stream, mentionsFile, FULL_SPEED_IDS, options.mentions());
        try (LoadCluster cluster = LoadCluster.start(options, dir)) {
            LOG.info("Raw Kafka: {} records of {} bytes", options.rawRecords(), recordBytes);
            RawKafkaBaseline.Result raw = RawKafkaBaseline.run(cluster, options.rawRecords(), recordBytes);
            publishOutlets(cluster.adminConfig(), outlets);
            long servicesStart = System.nanoTime();
            cluster.startServices(catalog, START_TIMEOUT);
            awaitOutletsInDispatch(cluster, outlets.size());
            double startSeconds = (System.nanoTime() - servicesStart) / 1e9;
            vacuumRegistry(cluster);
            java.util.Optional<IngestStart> ingestStart = java.util.Optional.empty();
            Ingest ingest;
            if (options.replayPerPhase()) {
                ingest = perPhase(cluster);
            } else {
                Path spool = Files.createDirectories(dir.resolve("spool-" + started.toEpochMilli()));
                long ingestStarted = System.nanoTime();
                ServiceProcess follower = cluster.startFollowingReplay(FOLLOWING_REPLAY, spool, START_TIMEOUT);
                ingestStart = java.util.Optional.of(new IngestStart((System.nanoTime() - ingestStarted) / 1e9,
                        cluster.meters().get(FOLLOWING_REPLAY).read().orElse(ProcessMeter.Reading.NONE).cpuNanos()));
                ingest = following(follower, spool);
            }
            try (Admin admin = Admin.create(cluster.adminConfig())) {
                StageSampler sampler = new StageSampler(admin, PROCESSOR_GROUP, DISPATCH_GROUP, cluster.meters(), options.streamThreads());
                if (options.warmupMentions() > 0) {
                    warmUp(cluster, sampler, outlets, dir, ingest);
                }
                PostgresActivity before = postgresActivity(cluster);
                Throughput throughput = fullSpeed(cluster, sampler, mentionsFile, ingest);
                before = logPostgresActivity(cluster, "full speed", before);
                List<Latency> latencies = new ArrayList<>();
                for (int rate : options.rates()) {
                    latencies.add(paced(cluster, sampler, stream, rate));
                    before = logPostgresActivity(cluster, rate + " mentions/s", before);
                }
                Map<String, ProcessMeter.Reading> memory = new LinkedHashMap<>();
                cluster.meters().forEach((name, meter) -> meter.read().ifPresent(r -> memory.put(name, r)));
                throughput.samples().get(throughput.samples().size() - 1).processes().forEach(memory::putIfAbsent);
                return new LoadReport(options, command, Machine.current(), started, loadBefore, Machine.loadAverage(),
                        raw, startSeconds, ingestStart, throughput, latencies, memory).render();
            }
        }
    }

    /** As before session 13: {@code IngestMain replay --file} in a fresh JVM for each phase, which exits when done. */
    private static Ingest perPhase(LoadCluster cluster) {
        return new Ingest() {
            @Override
            public ServiceProcess replay(Path file, String phase) {
                return cluster.startReplay(phase, file);
            }

            @Override
            public boolean exitsAfterEachFile() {
                return true;
            }
        };
    }

    /**
     * One {@code IngestMain replay --follow} for the run: each phase's file is moved whole into the followed
     * directory, named so that the phases' files sort in their order.
     */
    private static Ingest following(ServiceProcess follower, Path spool) {
        return new Ingest() {
            private int phases;

            @Override
            public ServiceProcess replay(Path file, String phase) {
                Path target = spool.resolve(String.format(java.util.Locale.ROOT, "%03d-%s", ++phases, file.getFileName()));
                try {
                    Files.move(file, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot move " + file + " into the followed directory " + spool, e);
                }
                return follower;
            }

            @Override
            public boolean exitsAfterEachFile() {
                return false;
            }
        };
    }

    /** Writes {@code count} mentions as JSON lines; returns their mean size as {@code mentions} records. */
    static int writeMentions(LoadStream stream, Path file, String ids, int count) throws IOException {
        Serializer<Mention> serializer = Topics.MENTIONS.valueSerde().serializer();
        long bytes = 0;
        Instant time = Instant.parse("2026-12-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Mention mention = stream.next(ids + i, time);
                bytes += serializer.serialize(Topics.MENTIONS.name(), mention).length;
                out.write(Json.mapper().writeValueAsString(mention));
                out.newLine();
            }
        }
        return (int) Math.round((double) bytes / count);
    }

    /** The registry onto the compacted {@code outlets} topic, as {@code import-outlets} writes it. */
    static void publishOutlets(Map<String, Object> adminConfig, List<Outlet> outlets) {
        Map<String, Object> config = new LinkedHashMap<>(adminConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<String, Outlet> producer = new KafkaProducer<>(config, Topics.OUTLETS.keySerde().serializer(),
                Topics.OUTLETS.valueSerde().serializer())) {
            for (Outlet outlet : outlets) {
                producer.send(new ProducerRecord<>(Topics.OUTLETS.name(), outlet.outletId(), outlet));
            }
            producer.flush();
        }
        LOG.info("{} outlets on {}", outlets.size(), Topics.OUTLETS.name());
    }

    /** Dispatch keeps the registry in its table {@code outlet}: the run starts once all of it is there. */
    private static void awaitOutletsInDispatch(LoadCluster cluster, int outlets) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long count = 0;
        while (count < outlets) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("dispatch holds " + count + " of " + outlets + " outlets after " + START_TIMEOUT);
            }
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            count = queryLong(cluster, "SELECT count(*) FROM outlet");
        }
    }

    /**
     * Vacuums and analyzes dispatch's table {@code outlet} once the registry is in it, so that autovacuum's own pass over
     * the million new rows (throttled, so spread over a minute or more, and due within {@code autovacuum_naptime} of the
     * load) does not fall into a measured phase (docs/benchmarks.md, "Session 18").
     */
    private static void vacuumRegistry(LoadCluster cluster) {
        long start = System.nanoTime();
        try (Connection db = cluster.connect(); Statement statement = db.createStatement()) {
            statement.execute("VACUUM (ANALYZE) outlet");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot vacuum dispatch's outlet table", e);
        }
        LOG.info("Vacuumed and analyzed the registry's table outlet in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static PostgresActivity postgresActivity(LoadCluster cluster) {
        try (Connection db = cluster.connect()) {
            return PostgresActivity.read(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read PostgreSQL's checkpoint and autovacuum counters", e);
        }
    }

    /**
     * Logs the checkpoints and autovacuum passes PostgreSQL began during a phase, and each intake table's rows and
     * autovacuum counters after it; returns the counters now.
     */
    private static PostgresActivity logPostgresActivity(LoadCluster cluster, String phase, PostgresActivity before) {
        PostgresActivity now = postgresActivity(cluster);
        LOG.info("PostgreSQL during {}: {}", phase, now.since(before).describe());
        try (Connection db = cluster.connect()) {
            for (TableVacuums table : TableVacuums.read(db)) {
                LOG.info("PostgreSQL after {}: {}", phase, table.describe());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the intake's tables from pg_stat_user_tables", e);
        }
        return now;
    }

    /**
     * {@code --warmup-mentions} through the whole path, as the full-speed phase sends them but unmeasured: a service
     * that has run for a while has its hot code compiled, and a cold one spends its first 100,000-200,000 mentions
     * compiling (docs/benchmarks.md, "The stream processor alone"). Its reports make jobs that the measured phases'
     * reports of the same outlets then join.
     */
    private void warmUp(LoadCluster cluster, StageSampler sampler, List<Outlet> outlets, Path dir, Ingest ingest) throws IOException {
        LOG.info("Warm-up: {} mentions through ingest replay, not measured", options.warmupMentions());
        Path file = dir.resolve("warmup.jsonl");
        writeMentions(new LoadStream(outlets, STREAM_SEED + 1), file, WARMUP_IDS, options.warmupMentions());
        long start = System.nanoTime();
        StageSampler.Sample base = sampler.sample(start);
        drain(sampler, start, base, options.warmupMentions(), ingest.replay(file, WARMUP_REPLAY), ingest.exitsAfterEachFile());
        if (ingest.exitsAfterEachFile()) {
            sampler.forget(WARMUP_REPLAY);
        }
    }

    private Throughput fullSpeed(LoadCluster cluster, StageSampler sampler, Path mentionsFile, Ingest ingest) {
        LOG.info("Full speed: {} mentions through ingest replay", options.mentions());
        long start = System.nanoTime();
        StageSampler.Sample base = sampler.sample(start);
        List<StageSampler.Sample> samples = drain(sampler, start, base, options.mentions(),
                ingest.replay(mentionsFile, FOLLOWING_REPLAY), ingest.exitsAfterEachFile());
        // Seconds from the replay's start; the report counts from the first mention on the topic (ingest's JVM has started).
        double firstWritten = firstSeconds(samples, s -> s.mentionsEnd() > base.mentionsEnd());
        double written = firstSeconds(samples, s -> s.mentionsEnd() - base.mentionsEnd() >= options.mentions());
        double processor = firstSeconds(samples, s -> s.processed() - base.processed() >= options.mentions());
        double dispatch = samples.get(samples.size() - 1).elapsedMillis() / 1000.0;
        return new Throughput(options.mentions(), queryLong(cluster, "SELECT count(*) FROM stockout_report WHERE mention_id LIKE '" + FULL_SPEED_IDS + "%'"),
                queryLong(cluster, "SELECT count(DISTINCT job_id) FROM stockout_report WHERE mention_id LIKE '" + FULL_SPEED_IDS + "%'"),
                firstWritten, written, processor, dispatch, samples, base);
    }

    private Latency paced(LoadCluster cluster, StageSampler sampler, LoadStream stream, int rate) {
        long count = (long) rate * options.rateSeconds();
        String prefix = "x-lat" + rate + "-";
        LOG.info("Fixed rate: {} mentions/s for {} s", rate, options.rateSeconds());
        Map<String, Object> config = cluster.adminConfig();
        // As ingest writes: idempotent, acks=all.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long start = System.nanoTime();
        StageSampler.Sample base = sampler.sample(start);
        double sentRate;
        try (KafkaProducer<String, Mention> producer = new KafkaProducer<>(config, Topics.MENTIONS.keySerde().serializer(),
                Topics.MENTIONS.valueSerde().serializer())) {
            RatePacer pacer = RatePacer.systemClock(rate);
            long sendStart = System.nanoTime();
            for (long i = 0; i < count; i++) {
                pacer.awaitTurn(i);
                Mention mention = stream.next(prefix + i, clock.instant());
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), mention.id(), mention));
            }
            producer.flush();
            sentRate = count / ((System.nanoTime() - sendStart) / 1e9);
        }
        List<StageSampler.Sample> samples = drain(sampler, start, base, count, null, false);
        double drained = samples.get(samples.size() - 1).elapsedMillis() / 1000.0;
        Histogram histogram = LatencySummary.newHistogram();
        String like = prefix + "%";
        try (Connection db = cluster.connect();
             PreparedStatement latencies = db.prepareStatement(
                     "SELECT (extract(epoch FROM received_at - reported_at) * 1000000)::bigint FROM stockout_report WHERE mention_id LIKE ?")) {
            latencies.setString(1, like);
            try (ResultSet rows = latencies.executeQuery()) {
                while (rows.next()) {
                    histogram.recordValue(Math.max(0, Math.min(LatencySummary.HIGHEST_MICROS, rows.getLong(1))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the latencies of " + like, e);
        }
        long jobs = queryLong(cluster, "SELECT count(DISTINCT job_id) FROM stockout_report WHERE mention_id LIKE '" + like + "'");
        return new Latency(rate, count, sentRate, histogram.getTotalCount(), jobs, drained, LatencySummary.of(histogram));
    }

    /**
     * Samples until ingest has written {@code mentions} more mentions, the stream processor has committed them all and
     * dispatch has read every report (and a replay that exits after its file has exited); fails if the replay exits
     * early or the phase outlasts {@link #PHASE_TIMEOUT}.
     */
    private List<StageSampler.Sample> drain(StageSampler sampler, long start, StageSampler.Sample base,
                                            long mentions, ServiceProcess replay, boolean replayExits) {
        List<StageSampler.Sample> samples = new ArrayList<>();
        while (true) {
            if (replay != null && replayExits && replay.isAlive()) {
                replay.awaitExitAtMost(SAMPLE_EVERY);
            } else {
                LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
            }
            StageSampler.Sample sample = sampler.sample(start);
            samples.add(sample);
            boolean written = sample.mentionsEnd() - base.mentionsEnd() >= mentions;
            if (replay != null && !replay.isAlive() && !written) {
                throw new IllegalStateException("ingest replay exited after writing " + (sample.mentionsEnd() - base.mentionsEnd())
                        + " of " + mentions + " mentions; see " + replay.log());
            }
            if (written && sample.processed() >= sample.mentionsEnd() && sample.dispatchAtEnd()
                    && (replay == null || !replayExits || !replay.isAlive())) {
                return samples;
            }
            if (System.nanoTime() - start > PHASE_TIMEOUT.toNanos()) {
                throw new IllegalStateException("the phase did not drain within " + PHASE_TIMEOUT + "; last sample " + sample);
            }
        }
    }

    private static double firstSeconds(List<StageSampler.Sample> samples, java.util.function.Predicate<StageSampler.Sample> reached) {
        return samples.stream().filter(reached).findFirst().map(s -> s.elapsedMillis() / 1000.0)
                .orElse(samples.get(samples.size() - 1).elapsedMillis() / 1000.0);
    }

    private static long queryLong(LoadCluster cluster, String sql) {
        try (Connection db = cluster.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
