package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;

/** A source switched on by configuration in the all-in-one launcher: an SMS sent to the webhook becomes a restock job. */
@Tag("integration")
final class SmsWebhookToJobIT {
    private static final String SECRET = "launcher-test-secret";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldOpenAJobForAStockOutReportedBySms() throws Exception {
        int webhookPort = freePort();
        Settings sources = Settings.of(Map.of(
                "sources.sms.enabled", "true",
                "sources.sms.signing-secret", SECRET,
                "sources.webhooks.host", "127.0.0.1",
                "sources.webhooks.port", Integer.toString(webhookPort)));
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Options(dataDir, true, 0,
                resource("e2e/catalog.json"), resource("e2e/outlets.csv"), null, 0, sources), Clock.systemUTC())) {
            String body = """
                    {"message_id": "SM-77", "from": "+919829012345", "text": "Hippo out of stock at Agarwal Provision Store, Malviya Nagar",
                     "received_at": "2026-11-03T07:30:00Z"}""";

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhookPort + "/webhooks/sms"))
                    .header("Content-Type", "application/json").header("X-Signature-256", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);

            JsonNode job = await().atMost(Duration.ofSeconds(60)).until(() -> firstJob(system), j -> j != null);
            assertThat(job.get("outlet_id").asText()).isEqualTo("JAI-0001");
            assertThat(job.get("due_at").asText()).isEqualTo("2026-11-05T07:30:00Z");
            assertThat(job.get("reporters").get(0).asText()).doesNotContain("9829012345");
        }
    }

    private JsonNode firstJob(LocalSystem system) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + "/api/jobs"))
                        .header("Authorization", "Bearer " + opsToken(system)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode jobs = new ObjectMapper().readTree(response.body());
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(SmsWebhookToJobIT.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    /** An ops token for the read API, issued straight into the system's database. */
    private static String opsToken(LocalSystem system) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(system.postgres().jdbcUrl());
        dataSource.setUser(system.postgres().user());
        dataSource.setPassword(system.postgres().password());
        return new org.restockradar.access.TokenStore(dataSource, Clock.systemUTC())
                .issue(org.restockradar.access.Actor.ops("launcher-it"));
    }
}
