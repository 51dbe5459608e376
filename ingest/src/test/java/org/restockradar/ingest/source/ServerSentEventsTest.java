package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ServerSentEventsTest {

    private static List<String> read(String stream, int maxLineBytes) throws Exception {
        List<String> seen = new ArrayList<>();
        new ServerSentEvents(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), maxLineBytes)
                .readAll(new ServerSentEvents.Listener() {
                    @Override
                    public void onEvent(String event, String data) {
                        seen.add(event + "=" + data);
                    }

                    @Override
                    public void onOversized(String head, long length) {
                        seen.add("oversized " + length + " " + head);
                    }
                });
        return seen;
    }

    @Test
    void shouldSplitEventsOnBlankLinesWhateverTheLineEnds() throws Exception {
        assertThat(read(":thump\r\nevent: update\r\ndata: {\"a\":1}\r\n\r\ndata: one\ndata: two\n\nevent: delete\rdata: 7\r\r", 100))
                .containsExactly("update={\"a\":1}", "message=one\ntwo", "delete=7");
    }

    @Test
    void shouldReportAnOversizedLineAndDropItsEvent() throws Exception {
        assertThat(read("event: update\ndata: 0123456789abcdef\n\nevent: update\ndata: ok\n\n", 15))
                .containsExactly("oversized 22 data: 012345678", "update=ok");
    }

    @Test
    void shouldKeepMultiByteCharactersWhole() throws Exception {
        assertThat(read("data: हिप्पो नहीं मिला\n\n", 200)).containsExactly("message=हिप्पो नहीं मिला");
    }
}
