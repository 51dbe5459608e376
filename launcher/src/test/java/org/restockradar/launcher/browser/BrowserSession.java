package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * What a browser class holds while it runs, set up once for all of them: the system it drives, a headless Chromium with
 * its {@link Page}, and the calls each class made its own copy of (the API with a token, a mention of this class's own
 * ids sent through Kafka, a job found by its outlet, a phone's viewport, a claim on the crew page). Closed in the class's
 * {@code @AfterAll}: the browser goes, the system stays with whoever started it.
 */
final class BrowserSession implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLAIMED = Pattern.compile("Claimed job #(\\d+)");

    private final LocalSystem system;
    private final Path dir;
    private final String mentionIds;
    private final ChromeDriver browser;
    private final Page ui;
    private final Duration patience;
    private final HttpClient http = HttpClient.newHttpClient();
    private int mentions;
    private int replays;

    private BrowserSession(LocalSystem system, Path dir, String mentionIds, Duration patience) {
        this.system = system;
        this.dir = dir;
        this.mentionIds = mentionIds;
        this.patience = patience;
        this.browser = Chromium.start(dir.resolve("chromium-profile"));
        this.ui = new Page(browser, base(), patience);
    }

    /**
     * A browser on {@code system}, its profile and replay files in a folder of its own (gone with it); the mentions it
     * makes have ids {@code x-<mentionIds>-<n>}, apart from every other class's.
     */
    static BrowserSession on(LocalSystem system, String mentionIds, Duration patience) {
        try {
            return new BrowserSession(system, Files.createTempDirectory("browser-session-"), mentionIds, patience);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the browser session's folder", e);
        }
    }

    LocalSystem system() {
        return system;
    }

    String base() {
        return "http://localhost:" + system.httpPort();
    }

    ChromeDriver browser() {
        return browser;
    }

    Page ui() {
        return ui;
    }

    /** A token for the actor, as the launcher's token command would issue it. */
    String token(Actor actor) {
        return system.tokens().issue(actor);
    }

    /** GET with the token (none when null): the answer, whatever its status. */
    HttpResponse<String> answer(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET with the token: the JSON of a 200 answer. */
    JsonNode get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = answer(path, token);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode post(String path, String body, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A connection to the system's PostgreSQL, as its owner. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(system.postgres().jdbcUrl(), system.postgres().user(), system.postgres().password());
    }

    /** The id of a job (of any status) at the outlet whose name contains {@code outlet}, 0 while there is none. */
    long jobIdAt(String outlet, String token) throws IOException, InterruptedException {
        for (JsonNode job : get("/api/jobs?limit=1000", token)) {
            if (job.path("outlet_name").asText().contains(outlet)) {
                return job.get("id").asLong();
            }
        }
        return 0;
    }

    /** The job at the outlet, waiting for the mention that opens it to come through Kafka and the stream processor. */
    long awaitJobAt(String outlet, String token) {
        return await().atMost(patience).ignoreExceptions().until(() -> jobIdAt(outlet, token), id -> id > 0);
    }

    /** A post on X by {@code handle} from {@code location}, made now, with this class's next mention id. */
    String mention(String handle, String text, String location) throws IOException {
        return mention(handle, text, location, Instant.now());
    }

    /** A post on X by {@code handle} from {@code location}, made {@code at}, with this class's next mention id. */
    String mention(String handle, String text, String location, Instant at) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", location).put("followers", 10);
        ObjectNode mention = JSON.createObjectNode().put("id", "x-" + mentionIds + "-" + (++mentions)).put("source", "x")
                .put("created_at", at.toString()).put("text", text).put("lang", "en").put("is_repost", false);
        mention.set("author", author);
        mention.putNull("geo");
        return JSON.writeValueAsString(mention);
    }

    /** Replays lines through Kafka, each stamped with the time it is sent. */
    void replay(String... lines) throws IOException, InterruptedException {
        replay(List.of(lines), Clock.systemUTC());
    }

    /** Replays lines through Kafka with the times they carry. */
    void replayAsIs(List<String> lines) throws IOException, InterruptedException {
        replay(lines, null);
    }

    private void replay(List<String> lines, Clock stamp) throws IOException, InterruptedException {
        Path file = dir.resolve("mentions-" + (++replays) + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            ReplaySource source = stamp == null ? new ReplaySource(sink, ReplaySource.Pacer.NONE) : new ReplaySource(sink, ReplaySource.Pacer.NONE, stamp);
            source.replay(file, 0);
        }
    }

    /**
     * Every third mention of the bundled demo stream (about 120 over 38 hours, jobs in several cities), moved so that the
     * oldest was made {@code oldest} ago; lines that are not a post with a time are left out.
     */
    static List<String> everyThirdDemoMention(Path demoDir, Duration oldest) throws IOException {
        List<String> all = Files.readAllLines(LocalSystem.extractResource("demo/mentions.jsonl", demoDir), StandardCharsets.UTF_8);
        List<ObjectNode> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            JsonNode node = readOrNull(all.get(i));
            if (node instanceof ObjectNode object && node.hasNonNull("created_at")) {
                picked.add(object);
            }
        }
        Instant first = picked.stream().map(n -> Instant.parse(n.get("created_at").asText())).min(Instant::compareTo).orElseThrow();
        Duration shift = Duration.between(first, Instant.now().minus(oldest));
        List<String> lines = new ArrayList<>();
        for (ObjectNode node : picked) {
            node.put("created_at", Instant.parse(node.get("created_at").asText()).plus(shift).toString());
            lines.add(JSON.writeValueAsString(node));
        }
        return lines;
    }

    private static JsonNode readOrNull(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** A phone's viewport, 390 x 844 CSS pixels. */
    void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Claims the next job on the crew page; its id, from the toast that says so (in view), once its card is shown. */
    long claimNext() {
        int before = ui.toastsShown();
        ui.click("#claim-next");
        Matcher id = CLAIMED.matcher(ui.toastInView(before, CLAIMED.asPredicate()));
        assertThat(id.find()).isTrue();
        long job = Long.parseLong(id.group(1));
        ui.waitFor("#job-" + job);
        return job;
    }

    /** The status a crew card shows. */
    String cardStatus(long jobId) {
        return browser.findElement(By.id("job-" + jobId)).getAttribute("data-status");
    }

    /** The first element matched by {@code css} whose text contains {@code text}, null when there is none. */
    WebElement rowWith(String css, String text) {
        for (WebElement row : browser.findElements(By.cssSelector(css))) {
            if (row.getText().contains(text)) {
                return row;
            }
        }
        return null;
    }

    /** The browser, then its folder, whatever became of the browser. */
    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            deleteTree(dir);
        }
    }

    /** Closes a class's session, then the system the class started, each whatever became of the other; either may be null. */
    static void close(BrowserSession session, LocalSystem system) throws IOException {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
