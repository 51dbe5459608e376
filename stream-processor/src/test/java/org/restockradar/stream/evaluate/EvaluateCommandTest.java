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
}
