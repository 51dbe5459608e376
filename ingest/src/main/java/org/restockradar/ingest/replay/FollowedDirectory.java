package org.restockradar.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.restockradar.ingest.source.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest's replay as a long-running service ({@code ingest replay --follow DIR}): one process and one producer
 * replay every {@code *.jsonl} file that appears in a directory, in name order, each exactly once, recording
 * in a {@link ReplayLedger} ({@value #LEDGER_NAME} in the directory) what is done, so that a restart goes on where
 * the last run stopped. Files are taken to be written in name order: a file is read as it grows, a last line without
 * its end waits for the rest of it, and a file is done once a later one (in name order) has appeared.
 */
public final class FollowedDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(FollowedDirectory.class);
    /** The ledger's file name in the followed directory; it starts with a dot, so it is never replayed. */
    public static final String LEDGER_NAME = ".replayed";
    private static final String SUFFIX = ".jsonl";

    /** What one look at the directory replayed. */
    public record Pass(int files, long published, long deadLettered) {
    }

    private final ReplaySource source;
    private final Path dir;
    private final ReplayLedger ledger;
    private final double ratePerSecond;

    /**
     * @param ledger what is done; {@link #ledgerIn(Path)} for the directory's own
     * @param ratePerSecond mentions per second within each file, 0 for as fast as Kafka takes them
     */
    public FollowedDirectory(ReplaySource source, Path dir, ReplayLedger ledger, double ratePerSecond) {
        this.source = Objects.requireNonNull(source, "source");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.ratePerSecond = ratePerSecond;
    }

    /** The ledger kept in {@code dir}. */
    public static ReplayLedger ledgerIn(Path dir) {
        return ReplayLedger.open(dir.resolve(LEDGER_NAME));
    }

    /** Looks at the directory every {@code pollEvery} and replays what is new, until {@code stop} says so. */
    public void follow(Duration pollEvery, Sleeper sleeper, BooleanSupplier stop) throws InterruptedException {
        LOG.info("Following {}: replaying each *{} file that appears, in name order", dir.toAbsolutePath(), SUFFIX);
        while (!stop.getAsBoolean()) {
            if (pass().files() == 0) {
                sleeper.sleep(pollEvery);
            }
        }
        LOG.info("Stopped following {}", dir.toAbsolutePath());
    }

    /** Replays, in name order, what has been added to the directory's files since the last look. */
    public Pass pass() throws InterruptedException {
        List<Path> files = candidates();
        int replayed = 0;
        long published = 0;
        long deadLettered = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            ReplayLedger.Entry entry = ledger.entry(name);
            if (entry.done()) {
                continue;
            }
            // A file is whole once a later one has appeared: its writer has moved on.
            boolean finished = i < files.size() - 1;
            if (!finished && size(file) <= entry.position().bytes()) {
                continue;
            }
            ReplaySource.Progress progress = source.replay(file, entry.position(), finished, ratePerSecond);
            if (progress.summary().lines() > 0 || finished) {
                ledger.record(name, new ReplayLedger.Entry(progress.position(), finished));
                replayed++;
                published += progress.summary().published();
                deadLettered += progress.summary().deadLettered();
                LOG.info("Replayed {} ({}): {} mentions published, {} dead-lettered, {} bytes in", name,
                        finished ? "done" : "open, may grow", progress.summary().published(), progress.summary().deadLettered(),
                        progress.position().bytes());
            }
        }
        return new Pass(replayed, published, deadLettered);
    }

    private List<Path> candidates() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(SUFFIX) && !name.startsWith(".") && Files.isRegularFile(p);
            }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the followed directory " + dir.toAbsolutePath(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file.toAbsolutePath(), e);
        }
    }
}
