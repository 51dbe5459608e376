package org.restockradar.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;

final class FollowedDirectoryTest {
    private final RecordingSink sink = new RecordingSink();

    private static String line(String id) {
        return "{\"id\": \"" + id + "\", \"source\": \"x\", \"created_at\": \"2026-10-02T09:14:00Z\", "
                + "\"author\": {\"id\": \"u-1\", \"handle\": \"a\"}, \"text\": \"no Hippo here\", \"is_repost\": false}";
    }

    private FollowedDirectory follower(Path dir, ReplayLedger ledger) {
        return new FollowedDirectory(new ReplaySource(sink, ReplaySource.Pacer.NONE), dir, ledger, 0);
    }

    @Test
    void shouldReplayAFileThatAppearsWhileItFollowsTheDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), line("x-1") + "\n", StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread following;
        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            following = new Thread(() -> {
                try {
                    follower(dir, ledger).follow(Duration.ofMillis(10), d -> Thread.sleep(d.toMillis()), stop::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "follow-test");
            following.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> sink.published.size() == 1);

            Files.writeString(dir.resolve("b.jsonl"), line("x-2") + "\n" + line("x-3") + "\n", StandardCharsets.UTF_8);

            await().atMost(Duration.ofSeconds(30)).until(() -> sink.published.size() == 3);
            stop.set(true);
            following.join(30_000);
        }
        assertThat(following.isAlive()).isFalse();
        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2", "x-3");
    }

    @Test
    void shouldReplayFilesInNameOrderWhateverOrderTheyAppearedIn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2026-12-07T02.jsonl"), line("x-2") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2026-12-07T01.jsonl"), line("x-1") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), line("x-9") + "\n", StandardCharsets.UTF_8);

        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            follower(dir, ledger).pass();
        }

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2");
    }

    @Test
    void shouldNotReplayAFinishedFileAgainAfterARestart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), line("x-1") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.jsonl"), line("x-2") + "\n", StandardCharsets.UTF_8);
        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            follower(dir, ledger).pass();
        }
        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2");

        Files.writeString(dir.resolve("c.jsonl"), line("x-3") + "\n", StandardCharsets.UTF_8);
        try (ReplayLedger restarted = FollowedDirectory.ledgerIn(dir)) {
            FollowedDirectory.Pass pass = follower(dir, restarted).pass();
            assertThat(pass.published()).isEqualTo(1);
            assertThat(follower(dir, restarted).pass().published()).isZero();
        }

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2", "x-3");
    }

    @Test
    void shouldGoOnFromWhereItStoppedInAFileThatWasStillGrowing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, line("x-1") + "\n", StandardCharsets.UTF_8);
        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            follower(dir, ledger).pass();
        }
        Files.writeString(file, line("x-2") + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (ReplayLedger restarted = FollowedDirectory.ledgerIn(dir)) {
            follower(dir, restarted).pass();
        }

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2");
    }

    @Test
    void shouldWaitForTheRestOfAHalfWrittenLastLineRatherThanLoseIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        String second = line("x-2");
        Files.writeString(file, line("x-1") + "\n" + second.substring(0, 40), StandardCharsets.UTF_8);
        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            FollowedDirectory follower = follower(dir, ledger);
            follower.pass();
            assertThat(sink.published).extracting(Mention::id).containsExactly("x-1");

            append(file, second.substring(40) + "\n" + line("x-3").substring(0, 10));
            follower.pass();
            assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2");

            // The writer finished the file without a last line end and moved on to the next file.
            append(file, line("x-3").substring(10));
            Files.writeString(dir.resolve("b.jsonl"), line("x-4") + "\n", StandardCharsets.UTF_8);
            follower.pass();
        }

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-2", "x-3", "x-4");
        assertThat(sink.deadLetters).isEmpty();
    }

    @Test
    void shouldNumberDeadLettersAsOneReplayOfTheWholeFileWould(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, line("x-1") + "\n", StandardCharsets.UTF_8);
        try (ReplayLedger ledger = FollowedDirectory.ledgerIn(dir)) {
            FollowedDirectory follower = follower(dir, ledger);
            follower.pass();
            append(file, "not json\n");
            follower.pass();
        }

        assertThat(sink.deadLetters).singleElement().satisfies(letter -> assertThat(letter).startsWith("replay:a.jsonl:2 "));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static final class RecordingSink implements MentionSink {
        final List<Mention> published = new CopyOnWriteArrayList<>();
        final List<String> deadLetters = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Mention mention) {
            published.add(mention);
        }

        @Override
        public void deadLetter(String origin, byte[] rawPayload, String reason) {
            deadLetters.add(origin + " " + reason);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
