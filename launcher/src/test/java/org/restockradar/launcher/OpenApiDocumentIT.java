package org.restockradar.launcher;

import org.restockradar.access.http.ApiJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restockradar.alerts.AlertLog;
import org.restockradar.alerts.Alerts;
import org.restockradar.alerts.AlertsApi;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.dispatch.DispatchService;
import org.restockradar.dispatch.api.HttpApi;
import org.restockradar.dispatch.api.OpsApi;
import org.restockradar.dispatch.api.WorkApi;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.replies.OptOuts;
import org.restockradar.replies.RepliesApi;
import org.restockradar.replies.ReplyContacts;
import org.restockradar.replies.ReplyLog;
import org.restockradar.rewards.FraudLimits;
import org.restockradar.rewards.FraudRules;
import org.restockradar.rewards.GiftRules;
import org.restockradar.rewards.Gifts;
import org.restockradar.rewards.Ledger;
import org.restockradar.rewards.Rewards;
import org.restockradar.rewards.RewardsApi;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dispatch.stats.StatsStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * The OpenAPI document ({@code GET /api/openapi.json}) held against a server with every route set on it, wired as
 * {@code DispatchService} wires it with the launcher's companions (here, where dispatch, rewards, replies and alerts meet: no
 * module of them depends on another for it) (work, ops, rewards, replies, alerts), on a real PostgreSQL: the routes Javalin holds and the
 * documented operations are one set; each documented operation is served and answers, whoever calls it, only statuses
 * and media types the document gives; every operation says what a missing token and a success answer.
 */
@Tag("integration")
final class OpenApiDocumentIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A rate limit no test here reaches: a 429 would hide what a route answers. */
    private static final int UNLIMITED = 1_000_000;
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    enum Caller { ANONYMOUS, OPS, CREW, MARKETER }

    private static HikariDataSource database;
    private static HikariDataSource rewardsDatabase;
    private static HikariDataSource alertsDatabase;
    private static JobEventFeed feed;
    private static HttpApi api;
    private static Javalin app;
    private static Map<Caller, String> tokens;
    private static long job;

    @BeforeAll
    static void start() {
        String url = TestPostgres.freshDatabase();
        Database server = new Database(url, "postgres", "postgres");
        database = TestPostgres.pool(url, 8);
        DispatchSchema.migrate(database);
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        JobWorkflow workflow = new JobWorkflow(jobs, CLOCK);
        CrewStore crews = new CrewStore(database, CLOCK);
        crews.save(new Crew("crew-a", "Crew A", Crew.Kind.VAN, Set.of("pune|kothrud"), 100, LocalTime.of(8, 0), LocalTime.of(18, 0), true));
        TokenStore tokenStore = new TokenStore(database, CLOCK);
        Actor ops = Actor.ops("ops-meera");
        tokens = Map.of(
                Caller.OPS, tokenStore.issue(ops),
                Caller.CREW, tokenStore.issue(Actor.crew("rep-anil", "crew-a")),
                Caller.MARKETER, tokenStore.issue(Actor.marketer("mk-1")));
        job = jobs.record(new StockoutReport("openapi-1", Source.X, CLOCK.instant(), new Author("id-asha", "@asha", null, null, null),
                "no Hippo chips at Openapi Stores", "Hippo", "HIPPO-CHIPS-50G", "OUT-OPENAPI-1", "Openapi Stores", "Kothrud", "Pune", 0.9)).jobId();
        workflow.assign(job, "crew-a", ops);
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        // Rewards and replies keep their tables in schemas of their own on the same server, as the launcher runs them.
        rewardsDatabase = server.pool("rewards-openapi", 4, "rewards");
        Rewards.migrations("rewards").migrate(rewardsDatabase);
        alertsDatabase = server.pool("alerts-openapi", 2, "alerts");
        Alerts.migrations("alerts").migrate(alertsDatabase);
        Ledger ledger = new Ledger(rewardsDatabase, CLOCK, new FraudRules(new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1),
                1000, Duration.ofMinutes(10), 2, 1000, 100)), 10, 4);
        Gifts gifts = new Gifts(rewardsDatabase, CLOCK, new GiftRules(Duration.ofDays(7), 1, 1, Duration.ofDays(7), 1_000_000, 50_000, "hamper"));
        // The route sets as DispatchService wires them, every one of them on.
        Consumer<RoutesConfig> routeSets = DispatchService.routeSets(
                new OpsApi.Services(tokenStore, new NeedsLocationStore(database, jobs::record, CLOCK), new StatsStore(database, since -> 7, CLOCK), UNLIMITED),
                List.of(app -> RewardsApi.register(app, new RewardsApi.Services(tokenStore, ledger, gifts, UNLIMITED)),
                        app -> RepliesApi.register(app, new RepliesApi.Services(tokenStore, new OptOuts(database, CLOCK),
                                new ReplyContacts(database, CLOCK), new ReplyLog(database), UNLIMITED)),
                        app -> AlertsApi.register(app, new AlertsApi.Services(tokenStore, new AlertLog(alertsDatabase), UNLIMITED))));
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true,
                new WorkApi.Services(jobs, workflow, crews, tokenStore, feed, new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK),
                        CLOCK, Duration.ofHours(12), WorkApi.Services.DEFAULT_SLA_WARNING_BEFORE, UNLIMITED),
                routeSets);
        app = api.app();
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        rewardsDatabase.close();
        alertsDatabase.close();
        database.close();
    }

    /** One operation of the document: a method and a path template, as Javalin spells its routes. */
    record Operation(String method, String path, JsonNode spec) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void shouldDocumentEveryRouteTheServerHoldsAndNoOther() throws Exception {
        Answer served = call("GET", "/api/openapi.json", "application/json", Caller.ANONYMOUS);
        assertThat(served.status()).isEqualTo(200);
        Set<String> documented = operationsOf(ApiJson.mapper().readTree(served.body())).stream().map(Operation::toString)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> registered = registeredRoutes();

        assertSoftly(softly -> {
            softly.assertThat(registered).as("a route of each set is on the server")
                    .contains("GET /api/jobs", "GET /api/stats/overview", "POST /api/rewards/gift-runs", "DELETE /api/replies/contacts/{source}/{reporter}");
            softly.assertThat(difference(registered, documented)).as("routes the server holds that openapi.json leaves out").isEmpty();
            softly.assertThat(difference(documented, registered)).as("operations in openapi.json that no route serves").isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldServeEachDocumentedOperationWithTheStatusesAndMediaTypesItDocuments(Operation operation) throws Exception {
        String path = concrete(operation.path());
        JsonNode responses = operation.spec().get("responses");
        boolean needsToken = operation.spec().has("security");
        // As a client reading the document asks: for the media types of its success (the event stream needs it).
        String accept = responses.properties().stream().filter(response -> response.getKey().startsWith("2"))
                .flatMap(response -> response.getValue().path("content").properties().stream().map(Map.Entry::getKey))
                .distinct().collect(Collectors.joining(", "));

        for (Caller caller : Caller.values()) {
            Answer answer = call(operation.method(), path, accept, caller);

            String what = operation + " as " + caller + " answered " + answer.status() + " " + answer.body();
            assertThat(answer.isUnserved(operation.method(), path)).as(what + ": is the route served?").isFalse();
            assertThat(responses.has(Integer.toString(answer.status()))).as(what + ": is the status documented?").isTrue();
            if (caller == Caller.ANONYMOUS) {
                assertThat(answer.status() == 401).as(what + ": 401 without a token exactly when the document asks for one").isEqualTo(needsToken);
            }
            if (answer.mediaType() != null) {
                JsonNode content = responses.get(Integer.toString(answer.status())).path("content");
                assertThat(content.has(answer.mediaType())).as(what + ": is " + answer.mediaType() + " documented? " + content).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldSayWhatAMissingTokenAndASuccessAnswer(Operation operation) {
        JsonNode spec = operation.spec();
        JsonNode responses = spec.get("responses");

        assertThat(spec.path("summary").asText()).as(operation + " has a summary").isNotBlank();
        if (spec.has("security")) {
            assertThat(spec.get("security").findValues("bearer")).as(operation + " names its scheme").isNotEmpty();
            assertThat(responses.has("401")).as(operation + " needs a token: its 401 is documented").isTrue();
        }
        List<String> successes = responses.properties().stream().map(Map.Entry::getKey)
                .filter(status -> status.startsWith("2") && !status.equals("204")).toList();
        assertThat(successes).as(operation + " documents its success").isNotEmpty();
        for (String status : successes) {
            JsonNode content = responses.get(status).path("content");
            assertThat(content.size()).as(operation + " " + status + " names its media types").isPositive();
            for (Map.Entry<String, JsonNode> media : content.properties()) {
                JsonNode schema = media.getValue().path("schema");
                assertThat(schema.has("$ref") || schema.has("type") || schema.has("allOf"))
                        .as(operation + " " + status + " " + media.getKey() + " has a schema reference or an inline schema").isTrue();
            }
        }
    }

    @Test
    void shouldTellARouteThatIsNotServedFromAHandlerThatAnswers404() throws Exception {
        // What the per-operation check relies on: Javalin's own 404 for a missing route is not a handler's 404.
        String jobPath = "/api/jobs/" + job;
        Answer unserved = call("PATCH", jobPath, "application/json", Caller.OPS);
        Answer unknownPhoto = call("GET", "/api/photos/ph_unknown", "image/jpeg, image/png", Caller.OPS);

        assertThat(unserved.status()).isEqualTo(404);
        assertThat(unserved.isUnserved("PATCH", jobPath)).as(unserved.body()).isTrue();
        assertThat(unknownPhoto.status()).isEqualTo(404);
        assertThat(unknownPhoto.isUnserved("GET", "/api/photos/ph_unknown")).as(unknownPhoto.body()).isFalse();
    }

    static List<Operation> operations() throws IOException {
        // The class-path document that GET /api/openapi.json serves byte for byte, beside HttpApi.
        try (InputStream document = HttpApi.class.getResourceAsStream("openapi.json")) {
            return operationsOf(ApiJson.mapper().readTree(document));
        }
    }

    private static List<Operation> operationsOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (HTTP_METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** Every route Javalin holds, as {@code METHOD /path}; before and after handlers are not routes. */
    private static Set<String> registeredRoutes() {
        // Javalin 7 has no public listing of its endpoints: this is the router that serves them.
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                // Pages are not API operations: the rewards page's two files are routes (RewardsPage), the others static files.
                .filter(endpoint -> !endpoint.path.endsWith(".html") && !endpoint.path.endsWith(".js"))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    /** The path with a value for each parameter: the job assigned to crew-a, and ids that name nothing. */
    private static String concrete(String template) {
        String path = template.replace("{id}", Long.toString(job)).replace("{crewId}", "crew-a").replace("{ref}", "ph_unknown")
                .replace("{mentionId}", "mention-unknown").replace("{source}", "sms").replace("{reporter}", "phone-0000");
        assertThat(path).as("a value for every parameter of " + template).doesNotContain("{");
        return path;
    }

    /** An answer; the body of a server-sent event stream is left unread. */
    private record Answer(int status, String mediaType, String body) {
        /** Whether Javalin answered that no route matches: its 404, or a 405. */
        boolean isUnserved(String method, String path) throws IOException {
            if (status == 405) {
                return true;
            }
            String notFound = new EndpointNotFound(HandlerType.findOrCreate(method), path).getMessage();
            return status == 404 && notFound.equals(ApiJson.mapper().readTree(body).path("error").asText());
        }
    }

    private static Answer call(String method, String path, String accept, Caller caller) throws IOException, InterruptedException {
        boolean withBody = method.equals("POST") || method.equals("PUT");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).timeout(Duration.ofSeconds(10))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8) : HttpRequest.BodyPublishers.noBody());
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String mediaType = response.headers().firstValue("Content-Type")
                .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse(null);
        try (InputStream body = response.body()) {
            if ("text/event-stream".equals(mediaType)) {
                return new Answer(response.statusCode(), mediaType, "");
            }
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), text.isEmpty() ? null : mediaType, text);
        }
    }
}
