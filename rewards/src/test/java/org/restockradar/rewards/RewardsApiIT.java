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
        assertThat(send("GET", "/api/rewards/flags", crew, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/rewards/flags/x:any/release", crew, "").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/rewards/flags/x:any/release", marketer, "").statusCode()).isEqualTo(404);
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
    void shouldLetAMarketerSeeWhyAReporterIsHeldAndReleaseThemRecordingWhoAndWhen() throws Exception {
        for (int i = 0; i < 3; i++) {
            verified("spree", "spree_99", "OUT-" + i, "Shop " + i, T0.plusSeconds(i * 60L));
        }
        HttpResponse<String> flags = send("GET", "/api/rewards/flags", marketer, null);
        assertThat(flags.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(flags.body()).get(0).get("reason").asText()).startsWith("burst: 3 outlets");

        db.clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> release = send("POST", "/api/rewards/flags/x:spree/release", marketer, "");
        assertThat(release.statusCode()).isEqualTo(200);
        JsonNode released = JSON.readTree(release.body());
        assertThat(released.get("released_by").asText()).isEqualTo("mira-marketing");
        assertThat(released.get("released_at").asText()).isEqualTo(db.clock.instant().toString());
        assertThat(released.get("released_credits").asInt()).isEqualTo(1);
        assertThat(released.get("reason").asText()).startsWith("burst: 3 outlets");

        JsonNode releases = JSON.readTree(send("GET", "/api/rewards/releases", ops, null).body());
        assertThat(releases).hasSize(1);
        assertThat(releases.get(0).get("reporter_id").asText()).isEqualTo("x:spree");
        assertThat(releases.get(0).get("handle").asText()).isEqualTo("spree_99");
        assertThat(releases.get(0).get("released_by").asText()).isEqualTo("mira-marketing");
        assertThat(releases.get(0).get("released_credits").asInt()).isEqualTo(1);
        assertThat(send("GET", "/api/rewards/releases", crew, null).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldMoveGiftsOnlyByTheAllowedStepsAndShowEveryStatus() throws Exception {
        verified("asha", "asha_k", "OUT-1", "Sharma General Store", T0);
        verified("ravi", "ravi_p", "OUT-2", "Patil Stores", T0);
        db.clock.advance(Duration.ofMinutes(1));
        assertThat(JSON.readTree(send("POST", "/api/rewards/gift-runs", ops, "").body()).get("queued").asInt()).isEqualTo(2);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(send("GET", "/api/rewards/gifts", marketer, null).body()).forEach(g -> ids.add(g.get("id").asLong()));
        long asha = ids.get(0);
        long ravi = ids.get(1);

        HttpResponse<String> skipped = status(List.of(asha), "delivered");
        assertThat(skipped.statusCode()).as("queued is not delivered before it is shipped").isEqualTo(409);
        assertThat(JSON.readTree(skipped.body()).get("error").asText()).contains("gift " + asha + " is queued").contains("only from shipped");

        assertThat(status(List.of(asha, ravi), "address_requested").statusCode()).isEqualTo(200);
        JsonNode asked = JSON.readTree(send("GET", "/api/rewards/gifts?status=address_requested", marketer, null).body());
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).get("status").asText()).isEqualTo("address_requested");

        assertThat(status(List.of(asha), "shipped").statusCode()).isEqualTo(200);
        HttpResponse<String> mixed = status(List.of(asha, ravi), "delivered");
        assertThat(mixed.statusCode()).as("all or none: ravi's gift was never shipped").isEqualTo(409);
        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts?status=delivered", marketer, null).body())).isEmpty();

        HttpResponse<String> delivered = status(List.of(asha), "delivered");
        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(delivered.body()).get("updated").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts?status=delivered", marketer, null).body()).get(0).get("id").asLong())
                .isEqualTo(asha);
        assertThat(status(List.of(asha), "shipped").statusCode()).as("never back").isEqualTo(409);
        assertThat(status(List.of(asha), "queued").statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(status(List.of(asha), "delivered").body()).get("updated").asInt()).as("already there").isZero();
        assertThat(status(List.of(asha, 999_999L), "delivered").statusCode()).as("no such gift").isEqualTo(404);
    }

    @Test
    void shouldReturnTheDayOfAOneDayRangeAndRefuseAnInvertedOne() throws Exception {
        verified("asha", "asha_k", "OUT-1", "Sharma General Store", T0);
        db.clock.advance(Duration.ofMinutes(1));
        send("POST", "/api/rewards/gift-runs", ops, "");
        String day = db.clock.instant().toString().substring(0, 10);
        String before = T0.minus(Duration.ofDays(1)).toString().substring(0, 10);

        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts?from=" + day + "&to=" + day, marketer, null).body()))
                .as("From = To is that day").hasSize(1);
        assertThat(JSON.readTree(send("GET", "/api/rewards/reporters?from=" + day + "&to=" + day, marketer, null).body())).hasSize(1);
        assertThat(JSON.readTree(send("GET", "/api/rewards/ledger?period_from=" + day + "&period_to=" + day, marketer, null).body())).hasSize(1);
        HttpResponse<String> csv = send("GET", "/api/rewards/gifts.csv?from=" + day + "&to=" + day, marketer, null);
        assertThat(csv.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts?from=" + before + "&to=" + before, marketer, null).body())).isEmpty();

        HttpResponse<String> inverted = send("GET", "/api/rewards/gifts?from=" + day + "&to=" + before, marketer, null);
        assertThat(inverted.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(inverted.body()).get("error").asText()).contains("'from' (" + day + ") is after 'to' (" + before + ")");
        assertThat(send("GET", "/api/rewards/reporters?from=" + day + "&to=" + before, marketer, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/rewards/gifts.json?from=" + day + "&to=" + before, marketer, null).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldGreetAWhatsAppReporterByTheNameTheirProfileGaveInTheNoteTheMessageAndTheClaimPage() throws Exception {
        long first = db.report("whatsapp", "wa-77", "+6391XXXX4455", "Ligaya Santos", "OUT-1", "Sharma General Store", "Pune",
                "HIPPO-PERI-PERI", T0);
        db.verify(first, Duration.ofHours(2));
        ledger.record(db.last(first));
        db.clock.advance(Duration.ofMinutes(1));
        send("POST", "/api/rewards/gift-runs", ops, "");

        JsonNode gift = JSON.readTree(send("GET", "/api/rewards/gifts", marketer, null).body()).get(0);
        assertThat(gift.get("note").asText()).startsWith("Thank you, Ligaya Santos! You told us").doesNotContain("4455");
        List<org.restockradar.contracts.GiftEvent> published = new ArrayList<>();
        assertThat(new GiftAnnouncer(db.database, db.clock, "https://radar.example/claim.html", published::addAll).announce()).isEqualTo(1);
        assertThat(published.get(0).text()).contains("Ligaya Santos").doesNotContain("4455");
        String token = published.get(0).claimUrl().substring(published.get(0).claimUrl().indexOf('#') + 1);
        assertThat(JSON.readTree(send("GET", "/api/gift-claims?token=" + token, null, null).body()).get("name").asText())
                .isEqualTo("Ligaya Santos");
    }

    @Test
    void shouldThankAnSmsReporterWithoutTheirNumberAndAnnounceTheGiftWithAClaimLinkToTheReportTheyWrote() throws Exception {
        long first = db.report("sms", "ph-42", "+9198XXXX2210", "OUT-1", "Sharma General Store", "Pune", "HIPPO-PERI-PERI", T0);
        db.verify(first, Duration.ofHours(2));
        ledger.record(db.last(first));
        db.clock.advance(Duration.ofMinutes(1));
        send("POST", "/api/rewards/gift-runs", ops, "");

        JsonNode gift = JSON.readTree(send("GET", "/api/rewards/gifts", marketer, null).body()).get(0);
        assertThat(gift.get("note").asText()).startsWith("Thank you! You told us Hippo Peri Peri was missing").doesNotContain("2210");
        assertThat(gift.get("contact_channel").asText()).isEqualTo("sms: reply with the claim link");
        assertThat(gift.get("announced_at").isNull()).isTrue();

        List<org.restockradar.contracts.GiftEvent> published = new ArrayList<>();
        GiftAnnouncer announcer = new GiftAnnouncer(db.database, db.clock, "https://radar.example/claim.html", published::addAll);
        assertThat(announcer.announce()).isEqualTo(1);
        assertThat(announcer.announce()).as("announced once").isZero();
        org.restockradar.contracts.GiftEvent event = published.get(0);
        assertThat(event.source()).isEqualTo("sms");
        assertThat(event.reporterId()).isEqualTo("ph-42");
        assertThat(event.mentionId()).isEqualTo(db.last(first).reports().get(0).mentionId());
        assertThat(event.jobId()).isEqualTo(first);
        assertThat(event.claimUrl()).startsWith("https://radar.example/claim.html#");
        assertThat(event.text()).startsWith("Thank you for your reports!").endsWith(event.claimUrl()).doesNotContain("2210");
        assertThat(JSON.readTree(send("GET", "/api/rewards/gifts", marketer, null).body()).get(0).get("announced_at").asText())
                .isEqualTo(db.clock.instant().toString());

        // The link's page: the gift, then the reporter's address, which the marketer sees with the gift.
        String token = event.claimUrl().substring(event.claimUrl().indexOf('#') + 1);
        JsonNode claimable = JSON.readTree(send("GET", "/api/gift-claims?token=" + token, null, null).body());
        assertThat(claimable.get("gift").asText()).isEqualTo("hamper");
        assertThat(claimable.get("name").isNull()).as("a phone number is no name").isTrue();
        assertThat(send("GET", "/api/gift-claims?token=not-a-token", null, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/gift-claims", null, "{\"token\":\"" + token + "\",\"name\":\"Sunita\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> claimed = send("POST", "/api/gift-claims", null,
                "{\"token\":\"" + token + "\",\"name\":\"Sunita\",\"address\":\"12 MG Road, Pune\"}");
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(claimed.body()).get("claimed_at").isNull()).isFalse();
        JsonNode delivery = JSON.readTree(send("GET", "/api/rewards/gifts", marketer, null).body()).get(0).get("delivery");
        assertThat(delivery.get("name").asText()).isEqualTo("Sunita");
        assertThat(delivery.get("address").asText()).isEqualTo("12 MG Road, Pune");

        status(List.of(gift.get("id").asLong()), "shipped");
        assertThat(send("POST", "/api/gift-claims", null,
                "{\"token\":\"" + token + "\",\"name\":\"Sunita\",\"address\":\"elsewhere\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void shouldGreetAReporterWithAPublicHandleByName() throws Exception {
        verified("asha", "asha_k", "OUT-1", "Sharma General Store", T0);
        db.clock.advance(Duration.ofMinutes(1));
        send("POST", "/api/rewards/gift-runs", ops, "");
        List<org.restockradar.contracts.GiftEvent> published = new ArrayList<>();
        new GiftAnnouncer(db.database, db.clock, "https://radar.example/claim.html", published::addAll).announce();
        assertThat(published.get(0).text()).startsWith("Thank you for your reports, asha_k!");
        String token = published.get(0).claimUrl().substring(published.get(0).claimUrl().indexOf('#') + 1);
        assertThat(JSON.readTree(send("GET", "/api/gift-claims?token=" + token, null, null).body()).get("name").asText()).isEqualTo("asha_k");
    }

    private HttpResponse<String> status(List<Long> ids, String status) throws Exception {
        return send("POST", "/api/rewards/gifts/status", marketer, JSON.writeValueAsString(java.util.Map.of("ids", ids, "status", status)));
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
