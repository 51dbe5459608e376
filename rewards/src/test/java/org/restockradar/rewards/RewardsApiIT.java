package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.rewards.RewardsFixture.T0;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.embedded.testing.TestPostgres;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Set;
import org.restockradar.access.RateLimit;
import org.restockradar.access.http.ApiErrors;
import org.restockradar.access.http.ApiJson;

/** /api/rewards over HTTP on a real PostgreSQL: who may do what, the exports and their escaping, shipping in bulk, releases. */
@Tag("integration")
final class RewardsApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"prize\")";

    private final HttpClient http = HttpClient.newHttpClient();
    private RewardsFixture db;
    private Javalin api;
    private Ledger ledger;
    private String ops;
    private String marketer;
    private String crew;

    @BeforeEach
    void start() throws Exception {
        db = new RewardsFixture();
        TestPostgres.createTokenTable(db.database);
        TokenStore tokens = new TokenStore(db.database, db.clock);
        ops = tokens.issue(Actor.ops(RewardsFixture.OPS));
        marketer = tokens.issue(Actor.marketer("mira-marketing"));
        crew = tokens.issue(Actor.crew(RewardsFixture.CREW, "van-1"));
        // The burst rule holds anyone reporting three outlets within ten minutes.
        ledger = new Ledger(db.database, db.clock, new FraudRules(new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1),
                1000, Duration.ofMinutes(10), 2, 1000, 100)), 10, 4);
        Gifts gifts = new Gifts(db.database, db.clock, new GiftRules(Duration.ofDays(7), 1, 1, Duration.ofDays(7), 1_000_000, 50_000, "hamper"));
        // The routes on a server of their own, as the server that serves them sets it up: one rate limit, the API's JSON
        // and the shared error mapping.
        api = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.appData(RateLimit.KEY, new RateLimit(Set.of(), db.clock));
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            RewardsApi.register(config.routes, new RewardsApi.Services(tokens, ledger, gifts, 600));
            ApiErrors.register(config.routes);
        });
        api.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        api.stop();
        db.close();
    }

    private void verified(String account, String handle, String outlet, String outletName, java.time.Instant at) {
        long job = db.report(account, handle, outlet, outletName, "Pune", "HIPPO-PERI-PERI", at);
        db.verify(job, Duration.ofHours(2));
        ledger.record(db.last(job));
    }

    @Test
    void shouldLetOpsAndMarketersInAndKeepOpsRoutesToOps() throws Exception {
        assertThat(send("GET", "/api/rewards/gifts", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/rewards/gifts", "rr_not-a-token", null).statusCode()).isEqualTo(401);
        HttpResponse<String> crewAsks = send("GET", "/api/rewards/gifts", crew, null);
        assertThat(crewAsks.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(crewAsks.body()).get("error").asText()).contains("ops and marketers");

        assertThat(send("GET", "/api/rewards/gifts", marketer, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/rewards/reporters", marketer, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/rewards/ledger", marketer, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/rewards/gift-runs", marketer, "").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/rewards/flags", marketer, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/rewards/flags/x:any/release", marketer, "").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/rewards/flags/x:any/release", ops, "").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/rewards/gifts?from=yesterday", ops, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/rewards/gifts?status=lost", ops, null).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldExportSafeCsvAndJsonAndShipTheExportedGiftsInBulk() throws Exception {
        verified("evil", HOSTILE, "OUT-1", "+Shop, \"quoted\"\nnext line", T0);
        // Reported at T0, restocked after the first job's two hours and its own two.
        verified("asha", "asha_k", "OUT-2", "Sharma General Store", T0);
        db.clock.advance(Duration.ofMinutes(1));

        HttpResponse<String> run = send("POST", "/api/rewards/gift-runs", ops, "");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(run.body()).get("queued").asInt()).isEqualTo(2);

        HttpResponse<String> csv = send("GET", "/api/rewards/gifts.csv?brand=hippo&city=pune&status=queued", marketer, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("X-Total-Count")).contains("2");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv.body()))
                .setFormat(GiftCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(GiftCsv.HEADER);
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("handle")).containsExactlyInAnyOrder("'" + HOSTILE, "asha_k");
        assertThat(rows).filteredOn(r -> r.get("handle").equals("asha_k")).singleElement().satisfies(r -> {
            assertThat(r.get("note")).isEqualTo("Thank you, asha_k! You told us Hippo Peri Peri was missing at Sharma General Store, Kothrud, "
                    + "and our crew restocked it in 4 hours.");
            assertThat(r.get("contact_channel")).isEqualTo("x:asha_k");
            assertThat(r.get("verified_reports")).isEqualTo("1");
            assertThat(r.get("gift")).isEqualTo("hamper");
            assertThat(r.get("status")).isEqualTo("queued");
        });
        assertThat(rows).filteredOn(r -> r.get("handle").startsWith("'=")).singleElement()
                .satisfies(r -> assertThat(r.get("note")).as("the note starts with our words, so it needs no apostrophe")
                        .startsWith("Thank you, =HYPERLINK").contains("+Shop, \"quoted\"\nnext line"));

        HttpResponse<String> json = send("GET", "/api/rewards/gifts.json", marketer, null);
        JsonNode gifts = JSON.readTree(json.body());
        assertThat(gifts).hasSize(2);
        assertThat(gifts.get(0).has("contact_channel")).isTrue();
        List<Long> ids = new ArrayList<>();
        gifts.forEach(g -> ids.add(g.get("id").asLong()));

        HttpResponse<String> shipped = send("POST", "/api/rewards/gifts/status", marketer, JSON.writeValueAsString(
                java.util.Map.of("ids", ids, "status", "shipped")));
        assertThat(shipped.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shipped.body()).get("updated").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts?status=shipped", marketer, null).body())).hasSize(2);
        assertThat(send("POST", "/api/rewards/gifts/status", marketer, "{\"ids\":[1],\"status\":\"lost\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/rewards/gifts/status", marketer, "{\"status\":\"shipped\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldShowHeldReportersToOpsAndReleaseThem() throws Exception {
        for (int i = 0; i < 3; i++) {
            verified("spree", "spree_99", "OUT-" + i, "Shop " + i, T0.plusSeconds(i * 60L));
        }
        JsonNode flags = JSON.readTree(send("GET", "/api/rewards/flags", ops, null).body());
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("reporter_id").asText()).isEqualTo("x:spree");
        assertThat(flags.get(0).get("reason").asText()).startsWith("burst: 3 outlets");
        assertThat(flags.get(0).get("held_credits").asLong()).as("the third credit came after the hold; the first two before it").isEqualTo(10);

        JsonNode reporters = JSON.readTree(send("GET", "/api/rewards/reporters?brand=Hippo", marketer, null).body());
        assertThat(reporters.get(0).get("flagged").asBoolean()).isTrue();
        assertThat(reporters.get(0).get("verified_reports").asInt()).isEqualTo(3);

        HttpResponse<String> release = send("POST", "/api/rewards/flags/x:spree/release", ops, "");
        assertThat(release.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(release.body()).get("released_credits").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(send("GET", "/api/rewards/flags", ops, null).body())).isEmpty();
        JsonNode ledgerEntries = JSON.readTree(send("GET", "/api/rewards/ledger?reporter=x:spree", ops, null).body());
        assertThat(ledgerEntries).hasSize(4);
        assertThat(ledgerEntries.get(2).get("held").asBoolean()).isTrue();
        assertThat(ledgerEntries.get(3).get("kind").asText()).isEqualTo("release");
        assertThat(ledgerEntries.get(3).get("released_entry_id").asLong()).isEqualTo(ledgerEntries.get(2).get("id").asLong());
    }

    @Test
    void shouldServeTheRewardsPageWithoutATokenFromThisModule() throws Exception {
        HttpResponse<String> page = send("GET", "/rewards.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"/rewards.js\">");
        HttpResponse<String> script = send("GET", "/rewards.js", null, null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("/api/rewards/");
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
