package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

final class GiftCsvTest {
    private static Gift gift(long id, String handle, String note) {
        return new Gift(id, "x:u-" + id, handle, "x", Gifts.contactChannel("x", handle), 3, List.of("Hippo"), List.of("Pune"), "hamper",
                50_000, note, GiftStatus.QUEUED, Instant.parse("2026-11-24T09:00:00Z"), null, null);
    }

    @Test
    void shouldEscapeFormulasAndQuoteHostileCellsSoTheyReadBackAsText() throws IOException {
        List<String> hostile = List.of("=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR", "comma, here",
                "quote \"inside\"", "line\nbreak", "emoji 🦛 हिप्पो", "plain");
        StringBuilder out = new StringBuilder();
        try (GiftCsv csv = new GiftCsv(out)) {
            for (int i = 0; i < hostile.size(); i++) {
                csv.write(gift(i + 1, hostile.get(i), "note: " + hostile.get(i)));
            }
        }

        assertThat(out.toString()).startsWith("id,handle,source,contact_channel,verified_reports,note,gift,status,queued_at\r\n");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(out.toString()))
                .setFormat(GiftCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(hostile.size());
            assertThat(rows).extracting(r -> r.get("handle")).containsExactly("'=cmd|' /C calc'!A0", "'+1+2", "'-2+3", "'@SUM(A1:A9)",
                    "'\tTAB", "'\rCR", "comma, here", "quote \"inside\"", "line\nbreak", "emoji 🦛 हिप्पो", "plain");
            assertThat(rows).extracting(r -> r.get("note")).allSatisfy(note -> assertThat(note).startsWith("note: "));
            assertThat(rows.get(0).get("contact_channel")).isEqualTo("x:=cmd|' /C calc'!A0");
            assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(GiftCsv.HEADER.size()));
        }
        assertThat(out.toString()).contains("\"comma, here\"", "\"quote \"\"inside\"\"\"", "\"line\nbreak\"");
    }

    @Test
    void shouldLeaveSafeCellsAlone() {
        assertThat(GiftCsv.cell("rahul_dadar")).isEqualTo("rahul_dadar");
        assertThat(GiftCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(GiftCsv.cell("")).isEmpty();
        assertThat(GiftCsv.cell(null)).isNull();
    }
}
