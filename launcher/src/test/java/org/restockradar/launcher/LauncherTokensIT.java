package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;
import org.restockradar.access.TokenStore;
import picocli.CommandLine;

/**
 * The launcher's tokens: a restart reuses the demo tokens instead of issuing new ones, and {@code restock-radar tokens}
 * works on the launcher's own PostgreSQL, while the launcher runs (its server) and when it is stopped (a server of its own).
 */
@Tag("integration")
final class LauncherTokensIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void shouldReuseTheDemoTokensAcrossARestartAndServeTheTokensCommand() throws Exception {
        List<TokenStore.Listed> first;
        try (LocalSystem system = start()) {
            first = system.tokens().list();
        }
        Properties kept = kept();

        String issuedWhileRunning;
        try (LocalSystem restarted = start()) {
            assertThat(restarted.tokens().list()).as("no demo token added by the restart").hasSameSizeAs(first);
            assertThat(kept()).isEqualTo(kept);

            Result issued = run("tokens", "issue", "--role", "ops", "--name", "ops-cli");
            issuedWhileRunning = issued.out().lines().filter(line -> line.startsWith("rr_")).findFirst().orElseThrow();
            long id = Long.parseLong(issued.out().lines().filter(line -> line.startsWith("token ")).findFirst().orElseThrow().split(" ")[1]);
            assertThat(me(restarted, issuedWhileRunning).statusCode()).isEqualTo(200);

            assertThat(run("tokens", "revoke", Long.toString(id)).exitCode()).isZero();
            assertThat(me(restarted, issuedWhileRunning).statusCode()).isEqualTo(401);
        }

        Result listed = run("tokens", "list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("demo-ops", "demo-marketer", "ops-cli").doesNotContain(issuedWhileRunning);
        for (Object token : kept.values()) {
            assertThat(listed.out()).doesNotContain((String) token);
        }
        assertThat(kept).as("the demo's links and field work").containsKeys("ops.demo-ops", "marketer.demo-marketer", "ops.demo-field-ops");
        assertThat(first).hasSize(kept.size());
    }

    private LocalSystem start() {
        Path demo = dataDir.resolve("demo");
        return LocalSystem.start(new LocalSystem.Options(dataDir, false, 0, LocalSystem.extractResource("demo/catalog.json", demo),
                LocalSystem.extractResource("demo/outlets.csv", demo), resource("e2e/mentions.jsonl"), 0,
                Settings.of(Map.of("demo.field-work.step", "1h"))), Clock.systemUTC());
    }

    private Properties kept() throws Exception {
        Properties kept = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve(DemoTokens.FILE), StandardCharsets.UTF_8)) {
            kept.load(reader);
        }
        return kept;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RestockRadar.commandLine();
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exitCode = commandLine.execute(all);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private HttpResponse<String> me(LocalSystem system, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + "/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) {
        try {
            return Path.of(LauncherTokensIT.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }
}
