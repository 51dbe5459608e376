package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.restockradar.stream.evaluate.EvaluateCommand;
import picocli.CommandLine;

/** The demo data is a labelled set with two malformed mention lines on purpose (demo/README.md). */
final class DemoSetEvaluateTest {

    @Test
    void shouldScoreTheDemoSetSkippingItsTwoMalformedLinesWithWarnings() throws Exception {
        Path demo = Path.of(DemoSetEvaluateTest.class.getClassLoader().getResource("demo/catalog.json").toURI()).getParent();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--set", demo.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("mentions.jsonl line 101", "mentions.jsonl line 219");
        assertThat(out.toString()).contains("mentions            357", "skipped lines       2", "stock-out F1", "review threshold")
                .doesNotContain("unlabelled mentions");
    }
}
