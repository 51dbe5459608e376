package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.stream.understanding.Calibration;
import org.restockradar.stream.understanding.ReportModel;
import picocli.CommandLine;

final class TrainModelCommandTest {

    private static Path resource(String folder) throws URISyntaxException {
        return Path.of(TrainModelCommandTest.class.getClassLoader().getResource(folder + "/catalog.json").toURI()).getParent();
    }

    @Test
    void shouldCrossValidateTrainAndWriteWeightsThatLoad(@TempDir Path dir) throws Exception {
        Path weights = dir.resolve("model/report-model.tsv");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TrainModelCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("--set", resource("labelled/regional").toString(), "--set", resource("labelled/hard-negatives").toString(),
                "--train-only", resource("training/written").toString(), "--cross-validate", "--folds", "0",
                "--out", weights.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Leave-one-set-out", "regional", "hard-negatives", "rules", "combine() (recommended)",
                "wrote " + weights);
        ReportModel model;
        try (Reader r = Files.newBufferedReader(weights, StandardCharsets.UTF_8)) {
            model = ReportModel.read(r, weights.toString());
        }
        assertThat(model.features().buckets()).isEqualTo(1 << 16);
        assertThat(Files.readString(weights, StandardCharsets.UTF_8)).startsWith("# Restock Radar report model")
                .contains("regional, hard-negatives, written");
    }

    @Test
    void shouldFitTheCalibrationOnReportsOfSetsTheModelWasNotTrainedOn(@TempDir Path dir) throws Exception {
        Path calibration = dir.resolve("understanding/calibration.tsv");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TrainModelCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("--set", resource("labelled/regional").toString(), "--set", resource("labelled/hard-negatives").toString(),
                "--train-only", resource("training/written").toString(), "--calibrate-on", resource("labelled/three-brands").toString(),
                "--out", dir.resolve("report-model.tsv").toString(), "--fit-calibration", calibration.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Rescue to ops review, leave-one-set-out", "Reliability of the stock-out confidence",
                "fitted without it", "three-brands", "pooled", "calibration fitted on");
        Calibration fitted;
        try (Reader r = Files.newBufferedReader(calibration, StandardCharsets.UTF_8)) {
            fitted = Calibration.read(r);
        }
        assertThat(fitted.bins()).isNotEmpty();
        assertThat(fitted.apply(ReportModel.DOUBTED_CONFIDENCE)).isEqualTo(ReportModel.DOUBTED_CONFIDENCE);
        assertThat(Files.readString(calibration, StandardCharsets.UTF_8)).contains("train-model --fit-calibration", "  regional",
                "  hard-negatives", "  three-brands").doesNotContain("  written");
    }

    @Test
    void shouldTrainTheSameWeightsTwice(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a.tsv", "b.tsv"}) {
            CommandLine cli = new CommandLine(new TrainModelCommand());
            cli.setOut(new PrintWriter(new StringWriter()));
            assertThat(cli.execute("--set", resource("labelled/hard-negatives").toString(),
                    "--train-only", resource("training/written").toString(), "--out", dir.resolve(name).toString())).isZero();
        }
        assertThat(Files.readString(dir.resolve("a.tsv"))).isEqualTo(Files.readString(dir.resolve("b.tsv")));
    }

    @Test
    void shouldFailCleanlyWithoutSetsOrOnAMissingOne(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TrainModelCommand());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--out", dir.resolve("w.tsv").toString())).isEqualTo(2);
        assertThat(cli.execute("--set", dir.resolve("nope").toString(), "--out", dir.resolve("w.tsv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give at least one --set", "cannot read the training sets");
        assertThat(dir.resolve("w.tsv")).doesNotExist();
    }
}
