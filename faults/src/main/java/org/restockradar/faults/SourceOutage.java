package org.restockradar.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.fixtures.FakeMastodon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * F5: a source answers 429 for a long time, then drops every connection, while posts keep coming. The broker in its
 * own JVM, {@code IngestMain run} in another reading the hashtag stream of a {@link FakeMastodon} served by the
 * harness. The verifier then wants every post in {@code mentions} exactly once (resumed from the cursor: 0 gaps,
 * 0 duplicates) and the requests within what the back-off allows: one per rate-limit window while refused (each
 * waits for the announced reset), and waits growing by 250 ms between dropped streams.
 *
 * @param rateLimited how long every request is answered with 429
 * @param window      the rate-limit window whose end {@code X-RateLimit-Reset} announces (Mastodon's is 5 minutes)
 * @param dropping    how long each stream is accepted and dropped at once, after the rate limit
 * @param postEvery   a new post on the hashtag this often, all along
 */
record SourceOutage(String name, String description, Duration rateLimited, Duration window, Duration dropping, Duration postEvery) {
    private static final Logger LOG = LoggerFactory.getLogger(SourceOutage.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SERVING_BEFORE_AND_AFTER = Duration.ofSeconds(20);
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(3);
    private static final long FIRST_ID = 111_000_000_000_000_000L;
    /** The network back-off's step (Backoff.Policy.documented()): the n-th wait in a row is n times this. */
    private static final Duration NETWORK_STEP = Duration.ofMillis(250);

    Scenario.Result run(Path dir) throws InterruptedException {
        Scenario descriptor = new Scenario(name, description, 0, 0, 0, 1000.0 / postEvery.toMillis(), null, List.of(), false);
        Timeline timeline = new Timeline();
        List<String> posted = new CopyOnWriteArrayList<>();
        ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        try (FakeMastodon server = new FakeMastodon();
             EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), EmbeddedKafka.Options.defaults().withReadyTimeout(READY_TIMEOUT))
                     .closedByCaller()) {
            TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
            ServiceProcess ingest = ServiceProcess.start(new ServiceProcess.Spec("ingest", "org.restockradar.ingest.IngestMain",
                    List.of("--config", config(dir, server, kafka).toString(), "run"), Map.of(), "256m"), dir);
            try {
                awaitStream(server, ingest);
                timeline.note("ingest reads the hashtag stream of the fake Mastodon");
                poster.scheduleAtFixedRate(() -> {
                    String id = Long.toString(FIRST_ID + posted.size());
                    posted.add("mastodon-" + id);
                    server.publish(FakeMastodon.status(id, Instant.now().toString(), "<p>no #hungryforhippo at Sharma General Store " + id + "</p>"));
                }, 0, postEvery.toMillis(), TimeUnit.MILLISECONDS);
                timeline.note("a post every " + Timeline.seconds(postEvery));
                lasts(SERVING_BEFORE_AND_AFTER);
                Instant limitedFrom = Instant.now();
                server.rateLimitFor(rateLimited, window);
                timeline.note("every request answered 429 for " + Timeline.seconds(rateLimited) + " (reset at the end of each "
                        + Timeline.seconds(window) + " window); open streams ended");
                lasts(rateLimited);
                Instant droppingFrom = Instant.now();
                server.dropConnectionsFor(dropping);
                timeline.note("every stream accepted and dropped at once for " + Timeline.seconds(dropping));
                lasts(dropping);
                Instant servingFrom = Instant.now();
                timeline.note("serving again");
                lasts(SERVING_BEFORE_AND_AFTER);
                poster.shutdown();
                poster.awaitTermination(10, TimeUnit.SECONDS);
                timeline.note(posted.size() + " posts in all; posting stopped");

                TopicContents topics = new TopicContents(kafka.bootstrapServers());
                Map<String, Long> copies = awaitAll(topics, posted);
                timeline.note("mentions read back");
                Scenario.Result result = verdict(descriptor, timeline, posted, copies, server.requests(), limitedFrom, droppingFrom, servingFrom);
                timeline.note("verifier: " + (result.verdict().delivered() ? Verifier.ALL_DELIVERED : result.verdict().problems().size() + " problems"));
                Scenario ran = new Scenario(name, description, 0, posted.size(), 0, descriptor.rate(), null, List.of(), false);
                return new Scenario.Result(ran, timeline.entries(), result.verdict(), timeline.elapsed(), result.mentionsPerSecond());
            } finally {
                ingest.stop();
            }
        } finally {
            poster.shutdownNow();
        }
    }

    private Scenario.Result verdict(Scenario descriptor, Timeline timeline, List<String> posted, Map<String, Long> copies,
            List<FakeMastodon.Request> requests, Instant limitedFrom, Instant droppingFrom, Instant servingFrom) {
        List<String> missing = posted.stream().filter(id -> !copies.containsKey(id)).toList();
        List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        long refused = requests.stream().filter(FakeMastodon.Request::rateLimited).count();
        long dropped = requests.stream().filter(r -> r.streaming() && !r.at().isBefore(droppingFrom) && r.at().isBefore(servingFrom)).count();
        long allowedRefused = rateLimited.toMillis() / window.toMillis() + 2;
        long allowedDropped = linearAttemptsWithin(dropping) + 1;
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("mentions: missing (gaps): " + missing.size() + " " + sample(missing));
        }
        if (!twice.isEmpty()) {
            problems.add("mentions: more than once: " + twice.size() + " " + sample(twice));
        }
        if (refused > allowedRefused) {
            problems.add("reconnect storm while rate-limited: " + refused + " requests refused with 429 in " + Timeline.seconds(rateLimited)
                    + ", the back-off allows " + allowedRefused);
        }
        if (dropped > allowedDropped) {
            problems.add("reconnect storm while streams were dropped: " + dropped + " streams in " + Timeline.seconds(dropping)
                    + ", the back-off allows " + allowedDropped);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("posts", (long) posted.size());
        counts.put("mentions", copies.values().stream().mapToLong(Long::longValue).sum());
        counts.put("missing", (long) missing.size());
        counts.put("duplicated", (long) twice.size());
        counts.put("requests refused with 429", refused);
        counts.put("streams opened while dropped", dropped);
        counts.put("requests in all", (long) requests.size());
        LOG.info("{}: {} (429 from {}, drops from {}, serving from {})", name, counts, limitedFrom, droppingFrom, servingFrom);
        return new Scenario.Result(descriptor, timeline.entries(), new Verifier.Verdict(problems, counts, Map.of()), Duration.ZERO,
                posted.size() / Math.max(1.0, timeline.elapsed().toMillis() / 1000.0));
    }

    /** How many attempts a back-off of waits growing by {@link #NETWORK_STEP} makes within {@code length}. */
    private static long linearAttemptsWithin(Duration length) {
        long attempts = 1;
        Duration waited = Duration.ZERO;
        while (true) {
            waited = waited.plus(NETWORK_STEP.multipliedBy(attempts));
            if (waited.compareTo(length) > 0) {
                return attempts;
            }
            attempts++;
        }
    }

    private static String sample(List<String> ids) {
        return ids.stream().limit(10).collect(Collectors.joining(", ", "[", ids.size() > 10 ? ", …]" : "]"));
    }

    /** Reads {@code mentions} until every post is there, or no more arrive; counts the copies of each id. */
    private static Map<String, Long> awaitAll(TopicContents topics, List<String> posted) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (true) {
            Map<String, Long> copies = topics.readAll(Topics.MENTIONS).stream()
                    .map(ConsumerRecord::value).map(Mention::id)
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            if (copies.keySet().containsAll(posted) || System.nanoTime() - deadline > 0) {
                return copies;
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    private static void awaitStream(FakeMastodon server, ServiceProcess ingest) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (server.requests().stream().noneMatch(FakeMastodon.Request::streaming)) {
            if (!ingest.isAlive()) {
                throw new IllegalStateException("ingest exited; see " + ingest.log());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("ingest did not open the stream within " + READY_TIMEOUT + "; see " + ingest.log());
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    /** A phase of the fault lasts this long: here time is the fault itself, not something waited for. */
    private static void lasts(Duration phase) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(phase.toMillis());
    }

    private static Path config(Path dir, FakeMastodon server, EmbeddedKafka kafka) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        settings.put("management.port", "0");
        settings.put("sources.mastodon.enabled", "true");
        settings.put("sources.mastodon.base-url", server.baseUrl().toString());
        settings.put("sources.mastodon.access-token", "fault-harness");
        settings.put("sources.mastodon.streams", "hashtag:hungryforhippo");
        Path file = dir.resolve("ingest.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
