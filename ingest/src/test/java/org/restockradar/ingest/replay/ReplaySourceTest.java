package org.restockradar.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;
import org.restockradar.ingest.testing.MutableClock;

final class ReplaySourceTest {
    private static final String GOOD = """
            {"id": "x-1", "source": "x", "created_at": "2026-10-02T09:14:00Z", "author": {"id": "u-1", "handle": "a"}, "text": "no Hippo here", "is_repost": false}""";

    private static final Instant START = Instant.parse("2026-12-06T12:00:00Z");

    private final RecordingSink sink = new RecordingSink();

    @Test
    void shouldPublishEachMentionAndDeadLetterBadLinesWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, GOOD + "\n\n{\"id\": \"x-2\", \"source\": \"fax\"\n" + GOOD.replace("x-1", "x-3") + "\n", StandardCharsets.UTF_8);

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-3");
        assertThat(sink.deadLetters).singleElement().satisfies(letter -> assertThat(letter).startsWith("replay:m.jsonl:3 "));
        assertThat(summary).isEqualTo(new ReplaySource.Summary(4, 2, 1));
        assertThat(sink.flushes).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterALineThatIsJustNullAndGoOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, GOOD + "\nnull\n" + GOOD.replace("x-1", "x-3") + "\n", StandardCharsets.UTF_8);

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-3");
        assertThat(sink.deadLetters).containsExactly("replay:m.jsonl:2 not a mention: the line is JSON null");
        assertThat(summary).isEqualTo(new ReplaySource.Summary(3, 2, 1));
        assertThat(sink.flushes).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterALineOfInvalidUtf8WithItsBytesAndKeepTheLinesAroundIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        byte[] notUtf8 = {'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        try (var out = Files.newOutputStream(file)) {
            out.write((GOOD + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(notUtf8);
            out.write(("\r\n" + GOOD.replace("x-1", "x-3") + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-3");
        assertThat(sink.deadLetters).singleElement().satisfies(letter ->
                assertThat(letter).startsWith("replay:m.jsonl:2 not UTF-8"));
        assertThat(sink.rawPayloads).singleElement().isEqualTo(notUtf8);
        assertThat(summary).isEqualTo(new ReplaySource.Summary(3, 2, 1));
        assertThat(sink.flushes).isEqualTo(1);
    }

    @Test
    void shouldReadLinesThatCrossTheReadersBlocksAndSkipBlankOnesWhateverTheirEnds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < 3000; i++) {
            text.append(GOOD.replace("x-1", "x-" + i).replace("no Hippo here", "no Hippo here " + "z".repeat(i % 97)))
                    .append(ends[i % 3]);
            if (i % 500 == 0) {
                text.append(" \t").append(ends[(i + 1) % 3]).append(ends[i % 3]);
            }
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).hasSize(3000);
        assertThat(sink.published.get(2999).id()).isEqualTo("x-2999");
        assertThat(sink.published.get(2999).text()).endsWith("z".repeat(2999 % 97));
        assertThat(sink.deadLetters).isEmpty();
        assertThat(summary.published()).isEqualTo(3000);
    }

    @Test
    void shouldDeadLetterAMentionCarryingNulCharactersWithTheReasonAndGoOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        String withNul = GOOD.replace("x-1", "x-2").replace("no Hippo here", "no Hippo\\u0000\\u0000 here");
        Files.writeString(file, GOOD + "\n" + withNul + "\n" + GOOD.replace("x-1", "x-3") + "\n", StandardCharsets.UTF_8);

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-3");
        assertThat(sink.deadLetters).singleElement().satisfies(letter -> assertThat(letter)
                .startsWith("replay:m.jsonl:2 ").contains("text").contains("U+0000"));
        assertThat(sink.rawPayloads).singleElement().isEqualTo(withNul.getBytes(StandardCharsets.UTF_8));
        assertThat(summary).isEqualTo(new ReplaySource.Summary(3, 2, 1));
    }

    @Test
    void shouldDeadLetterAnOverlongLineWithItsFirstBytesAndGoOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        String huge = "{\"id\": \"x-2\", \"text\": \"" + "a".repeat(ReplaySource.MAX_LINE_BYTES) + "\"}";
        Files.writeString(file, GOOD + "\n" + huge + "\n" + GOOD.replace("x-1", "x-3") + "\n", StandardCharsets.UTF_8);

        ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);

        assertThat(sink.published).extracting(Mention::id).containsExactly("x-1", "x-3");
        assertThat(sink.deadLetters).singleElement().satisfies(letter -> assertThat(letter)
                .startsWith("replay:m.jsonl:2 line of " + huge.length() + " bytes is longer than"));
        assertThat(sink.rawPayloads).singleElement().satisfies(raw -> assertThat(new String(raw, StandardCharsets.UTF_8))
                .startsWith("{\"id\": \"x-2\"").hasSize(ReplaySource.MAX_LINE_BYTES));
        assertThat(summary).isEqualTo(new ReplaySource.Summary(3, 2, 1));
    }

    @Test
    void shouldKeepToAScheduleAgainstTheClockSoThatPublishingAndOversleepingDoNotSlowTheRate(@TempDir Path dir) throws Exception {
        Path file = fiveMentions(dir);
        MutableClock clock = new MutableClock(START);
        List<Instant> publishedAt = new ArrayList<>();
        sink.onPublish = () -> {
            publishedAt.add(clock.instant());
            clock.advance(Duration.ofMillis(3)); // each publish takes 3 ms
        };
        ReplaySource.Pacer oversleeping = wait -> clock.advance(wait.plusMillis(2)); // each wait overshoots by 2 ms

        new ReplaySource(sink, oversleeping, null, clock).replay(file, 100);

        // Due every 10 ms from the start; neither the 3 ms per publish nor the 2 ms per wait add up.
        assertThat(publishedAt).containsExactly(START, START.plusMillis(12), START.plusMillis(22), START.plusMillis(32), START.plusMillis(42));
    }

    @Test
    void shouldCatchUpWithoutWaitingWhenAPublishTookLongerThanTheGaps(@TempDir Path dir) throws Exception {
        Path file = fiveMentions(dir);
        MutableClock clock = new MutableClock(START);
        List<Instant> publishedAt = new ArrayList<>();
        sink.onPublish = () -> {
            publishedAt.add(clock.instant());
            if (publishedAt.size() == 1) {
                clock.advance(Duration.ofMillis(35)); // Kafka blocked the first publish
            }
        };
        List<Duration> waits = new ArrayList<>();
        ReplaySource.Pacer recording = wait -> {
            waits.add(wait);
            clock.advance(wait);
        };

        new ReplaySource(sink, recording, null, clock).replay(file, 100);

        assertThat(publishedAt).containsExactly(START, START.plusMillis(35), START.plusMillis(35), START.plusMillis(35), START.plusMillis(40));
        assertThat(waits).containsExactly(Duration.ofMillis(5));
    }

    private static Path fiveMentions(Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            lines.append(GOOD.replace("x-1", "x-" + i)).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void shouldStampEachMentionWithTheClockWhenAskedTo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, GOOD + "\n", StandardCharsets.UTF_8);
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        new ReplaySource(sink, ReplaySource.Pacer.NONE, Clock.fixed(now, ZoneOffset.UTC)).replay(file, 0);

        assertThat(sink.published).singleElement().satisfies(m -> {
            assertThat(m.createdAt()).isEqualTo(now);
            assertThat(m.text()).isEqualTo("no Hippo here");
        });
    }

    private static final class RecordingSink implements MentionSink {
        final List<Mention> published = new ArrayList<>();
        final List<String> deadLetters = new ArrayList<>();
        final List<byte[]> rawPayloads = new ArrayList<>();
        Runnable onPublish = () -> { };
        int flushes;

        @Override
        public void publish(Mention mention) {
            onPublish.run();
            published.add(mention);
        }

        @Override
        public void deadLetter(String origin, byte[] rawPayload, String reason) {
            deadLetters.add(origin + " " + reason);
            rawPayloads.add(rawPayload);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
        }
    }
}
