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

final class ReplaySourceTest {
    private static final String GOOD = """
            {"id": "x-1", "source": "x", "created_at": "2026-10-02T09:14:00Z", "author": {"id": "u-1", "handle": "a"}, "text": "no Hippo here", "is_repost": false}""";

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
    void shouldPauseBetweenMentionsAtTheGivenRate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, GOOD + "\n" + GOOD.replace("x-1", "x-2") + "\n", StandardCharsets.UTF_8);
        List<Duration> pauses = new ArrayList<>();

        new ReplaySource(sink, pauses::add).replay(file, 4);

        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
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
        int flushes;

        @Override
        public void publish(Mention mention) {
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
