package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Json;
import org.restockradar.stream.understanding.Calibration;
import org.restockradar.stream.understanding.ReviewThreshold;
import picocli.CommandLine;

/**
 * Runs {@code evaluate} on the project's own labelled sets (other cities, shops, brands and phrasings than the
 * development set) and holds the stage to the targets there: a regression test of quality.
 */
final class EvaluateCommandTest {

    private static Path set(String name) throws URISyntaxException {
        return Path.of(EvaluateCommandTest.class.getClassLoader().getResource("labelled/" + name + "/catalog.json").toURI()).getParent();
    }

    @Test
    void shouldPrintScoresAndWritePredictions(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("--set", set("regional").toString(), "--predictions", predictions.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("stock-out F1", "outlet accuracy", "city accuracy", "sku accuracy", "false dispatch rate");
        List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        LabelledSet labelled = LabelledSet.read(set("regional"));
        assertThat(lines).hasSize(labelled.mentions().size());
        Label first = Json.mapper().readValue(lines.get(0), Label.class);
        assertThat(labelled.labels()).containsKey(first.id());
        assertThat(lines.get(0)).contains("\"outlet_id\"", "\"stockout\"", "\"sku\"", "\"city\"", "\"locality\"");
    }

    @Test
    void shouldNameNoOutletForAReportThatGoesToOpsReview() throws Exception {
        LabelledSet labelled = LabelledSet.read(set("regional"));

        List<Prediction> dispatched = EvaluateCommand.predictAll(labelled, Calibration.IDENTITY, null, new ReviewThreshold(0));
        List<Prediction> reviewed = EvaluateCommand.predictAll(labelled, Calibration.IDENTITY, null, new ReviewThreshold(1));

        assertThat(dispatched).anySatisfy(p -> assertThat(p.label().outletId()).isNotNull());
        // with every report below the threshold, no crew is sent anywhere, though the stage still names the outlet
        assertThat(reviewed).allSatisfy(p -> assertThat(p.label().outletId()).isNull());
        assertThat(reviewed).anySatisfy(p -> assertThat(p.namedOutletId()).isNotNull());
    }

    @Test
    void shouldFailCleanlyOnAMissingSet(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--set", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read the labelled set");
    }

    @Test
    void shouldMeetTheTargetsOnOurOwnSets() throws Exception {
        for (String name : List.of("regional", "hard-negatives", "three-brands")) {
            LabelledSet labelled = LabelledSet.read(set(name));
            Scores s = Scores.of(labelled.labels(), EvaluateCommand.predict(labelled));
            String why = name + "\n" + s.report() + "\n" + misses(labelled);
            assertThat(s.f1()).as(why).isGreaterThanOrEqualTo(0.95);
            if (s.outletLabels() > 0) {
                assertThat(s.outletAccuracy()).as(why).isGreaterThanOrEqualTo(0.90);
            }
            if (s.cityLabels() > 0) {
                assertThat(s.cityAccuracy()).as(why).isGreaterThanOrEqualTo(0.97);
            }
            if (s.skuLabels() > 0) {
                assertThat(s.skuAccuracy()).as(why).isGreaterThanOrEqualTo(0.95);
            }
            assertThat(s.falseDispatchRate()).as(why).isLessThanOrEqualTo(0.01);
        }
    }

    private static String misses(LabelledSet labelled) {
        Map<String, Label> truth = labelled.labels();
        return EvaluateCommand.predict(labelled).stream()
                .filter(p -> !p.equals(truth.get(p.id())))
                .map(p -> "  " + truth.get(p.id()) + "\n  " + p)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void shouldReadTheFourFilesOfASet() throws IOException, URISyntaxException {
        LabelledSet labelled = LabelledSet.read(set("regional"));
        assertThat(labelled.catalog().brands()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(labelled.outlets()).isNotEmpty();
        assertThat(labelled.mentions()).hasSameSizeAs(labelled.labels().values());
    }

    private static String mentionLine(String id, String text) {
        return "{\"id\": \"" + id + "\", \"source\": \"x\", \"created_at\": \"2026-11-30T08:00:00Z\", \"author\": {\"id\": \"u-" + id
                + "\", \"handle\": \"h" + id + "\", \"display_name\": \"Someone\", \"location\": null, \"followers\": 3}, \"text\": \""
                + text + "\", \"lang\": null, \"geo\": null, \"is_repost\": false}";
    }

    /**
     * A small set over the regional catalog and outlets, with invented posts: a report at a registry shop, a post
     * that is not a report, an edit of the report that is labelled wrongly on purpose, and malformed lines.
     */
    private static Path smallSet(Path dir) throws Exception {
        Files.copy(set("regional").resolve("catalog.json"), dir.resolve("catalog.json"));
        Files.copy(set("regional").resolve("outlets.csv"), dir.resolve("outlets.csv"));
        Files.writeString(dir.resolve("mentions.jsonl"), String.join("\n",
                mentionLine("t-1", "Balaji Provision Store, Raja Park, Jaipur has run out of Tiger Crunch Choco"),
                "{\"id\": \"t-2\", \"source\": \"x\", \"text\": \"cut off",
                mentionLine("t-3", "Tiger Crunch Elaichi is my favourite biscuit with tea"),
                mentionLine("t-4", "Balaji Provision Store Raja Park Jaipur, Tiger Crunch Choco out of stock"),
                mentionLine("t-5", "posted from a source we do not read").replace("\"source\": \"x\"", "\"source\": \"fax\""),
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("labels.jsonl"), String.join("\n",
                "{\"id\": \"t-1\", \"stockout\": true, \"sku\": \"TC-CHOCO\", \"outlet_id\": \"JAI-0001\", \"city\": \"Jaipur\", \"locality\": \"Raja Park\", \"category\": \"plain\", \"lang\": \"en\"}",
                "{\"id\": \"t-3\", \"stockout\": false, \"sku\": null, \"outlet_id\": null, \"city\": null, \"locality\": null, \"category\": \"praise\", \"lang\": \"en\"}",
                "{\"id\": \"t-4\", \"stockout\": false, \"sku\": null, \"outlet_id\": null, \"city\": null, \"locality\": null, \"category\": \"compact\", \"lang\": \"en\", \"base\": \"t-1\"}",
                "{\"stockout\": true}",
                ""), StandardCharsets.UTF_8);
        return dir;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void shouldSkipMalformedLinesWithAWarningNamingFileAndLineAndCountThem(@TempDir Path dir) throws Exception {
        Path small = smallSet(dir);

        String[] result = run("--set", small.toString());

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[2]).contains("mentions.jsonl line 2", "mentions.jsonl line 5", "labels.jsonl line 4");
        assertThat(result[1]).contains("mentions            3", "skipped lines       3");
        LabelledSet read = LabelledSet.read(small);
        assertThat(read.mentions()).extracting(m -> m.id()).containsExactly("t-1", "t-3", "t-4");
        assertThat(read.skipped()).extracting(LabelledSet.Skipped::line).containsExactly(2, 5, 4);
    }

    @Test
    void shouldReadLabelsWithAndWithoutCategoryLanguageAndBase() throws Exception {
        Label plain = Json.mapper().readValue("{\"id\": \"a\", \"stockout\": true, \"sku\": null, \"outlet_id\": \"O-1\", \"city\": \"Pune\", \"locality\": null}", Label.class);
        Label tagged = Json.mapper().readValue("{\"id\": \"b\", \"stockout\": false, \"sku\": null, \"outlet_id\": null, \"city\": null, \"locality\": null, \"category\": \"negation\", \"lang\": \"ta\", \"base\": \"a\"}", Label.class);

        assertThat(plain).isEqualTo(new Label("a", true, null, "O-1", "Pune", null));
        assertThat(plain.category()).isNull();
        assertThat(tagged.category()).isEqualTo("negation");
        assertThat(tagged.lang()).isEqualTo("ta");
        assertThat(tagged.base()).isEqualTo("a");
        assertThat(Json.mapper().writeValueAsString(plain)).doesNotContain("category", "base").contains("\"locality\":null");
    }

    @Test
    void shouldBreakDownByCategoryAndLanguageAndScoreTheContrastEdits(@TempDir Path dir) throws Exception {
        String out = run("--set", smallSet(dir).toString())[1];

        assertThat(out).contains("by category", "compact", "praise", "by lang");
        // t-4 is labelled "not a report" on purpose: its base t-1 is right, the edit is not
        assertThat(out).contains("contrast accuracy, edits  0.000  (0/1)", "contrast consistency      0.000  (0/1");
        assertThat(out).contains("review threshold", "0.50", "0.95", "reliability of the stock-out confidence");
    }

    @Test
    void shouldExplainOnlyTheErrorsWhenAsked(@TempDir Path dir) throws Exception {
        Path small = smallSet(dir);

        String errors = run("--set", small.toString(), "--explain", "--only", "errors")[1];
        String all = run("--set", small.toString(), "--explain")[1];

        assertThat(errors).contains("== t-4  [WRONG: stock-out]", "label:      not a report",
                "predicted:  stock-out, sku TC-CHOCO, outlet JAI-0001, city Jaipur", "place:      outlet by shop name",
                "confidence: ", "reason:     ", "predicate:  ", "cues:       ");
        assertThat(errors).doesNotContain("== t-1 ", "== t-3 ");
        assertThat(all).contains("== t-1  [right]", "== t-3  [right]", "== t-4  [WRONG");
    }

    @Test
    void shouldRefuseToFitTheCalibrationOnAHeldOutSet(@TempDir Path dir) throws Exception {
        Path heldOut = Files.createDirectories(dir.resolve("labelled").resolve("frozen"));

        String[] result = run("--set", set("regional").toString(), "--set", heldOut.toString(),
                "--fit-calibration", dir.resolve("calibration.tsv").toString());

        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).contains("held out");
        assertThat(dir.resolve("calibration.tsv")).doesNotExist();
        assertThat(EvaluateCommand.isHeldOut(dir.resolve("contrast-v2"))).isTrue();
        assertThat(EvaluateCommand.isHeldOut(set("three-brands"))).isFalse();
    }

    @Test
    void shouldFitACalibrationOverSeveralSetsThatReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calibration.tsv");

        String[] result = run("--set", set("regional").toString(), "--set", set("hard-negatives").toString(),
                "--fit-calibration", file.toString());

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("== set ", "calibration fitted on");
        Calibration fitted;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fitted = Calibration.read(reader);
        }
        assertThat(fitted.bins()).isNotEmpty();
        assertThat(fitted.bins().stream().mapToInt(Calibration.Bin::reports).sum()).isPositive();
        assertThat(run("--set", set("regional").toString(), "--calibration", file.toString())[1])
                .contains("reliability of the stock-out confidence (calibrated)");
    }
}
