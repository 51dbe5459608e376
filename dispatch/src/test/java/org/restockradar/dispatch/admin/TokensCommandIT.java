package org.restockradar.dispatch.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.api.HttpApi;
import org.restockradar.dispatch.api.WorkApi;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;
import picocli.CommandLine;

/**
 * The operator's token commands on a real PostgreSQL, checked over HTTP against a running API: an issued token signs in,
 * a revoked or expired one gets 401, and the list names every token without showing one.
 */
@Tag("integration")
final class TokensCommandIT {
    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The clock of the commands and of the API: one clock, moved by the expiry test. */
    private static final MutableClock CLOCK = new MutableClock(START);

    private static HikariDataSource database;
    private static JobEventFeed feed;
    private static HttpApi api;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        // The command migrates the schema, as DispatchMain's does on a fresh deployment.
        run("tokens", "list");
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        TokenStore tokens = new TokenStore(database, CLOCK);
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true,
                new WorkApi.Services(jobs, new JobWorkflow(jobs, CLOCK), new CrewStore(database, CLOCK), tokens, feed));
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    @Test
    void shouldSignInWithAnIssuedTokenUntilItIsRevoked() throws Exception {
        Result issued = run("tokens", "issue", "--role", "ops", "--name", "ops-meera");
        String token = tokenIn(issued);
        long id = idIn(issued);

        HttpResponse<String> before = me(token);
        Result revoked = run("tokens", "revoke", Long.toString(id));
        HttpResponse<String> after = me(token);

        assertThat(issued.exitCode()).isZero();
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("ops-meera");
        assertThat(revoked.exitCode()).isZero();
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("revoked");
    }

    @Test
    void shouldRefuseATokenOnceItHasExpired() throws Exception {
        String token = tokenIn(run("tokens", "issue", "--role", "marketer", "--name", "mk-short", "--expires", "1h"));

        int within = me(token).statusCode();
        CLOCK.advance(Duration.ofHours(2));
        HttpResponse<String> after;
        try {
            after = me(token);
        } finally {
            CLOCK.advance(Duration.ofHours(-2));
        }

        assertThat(within).isEqualTo(200);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("expired");
    }

    @Test
    void shouldListTokensWithTheirUseButNeverTheSecret() throws Exception {
        Result issued = run("tokens", "issue", "--role", "ops", "--name", "ops-listed", "--expires", "30d");
        String token = tokenIn(issued);
        me(token);

        Result listed = run("tokens", "list");

        String line = listed.out().lines().filter(l -> l.contains("ops-listed")).findFirst().orElseThrow();
        assertThat(listed.out().lines().findFirst().orElseThrow())
                .contains("ID", "NAME", "ROLE", "CREW", "CREATED", "LAST USED", "EXPIRES", "REVOKED");
        assertThat(line.split("\\s+")).containsSubsequence(Long.toString(idIn(issued)), "ops-listed", "ops", "-",
                "2026-12-06T09:00:00Z", "2026-12-06T09:00:00Z", "2027-01-05T09:00:00Z", "-");
        assertThat(listed.out()).doesNotContain(token).doesNotContain(token.substring(3, 13));
    }

    @Test
    void shouldReplaceTheEarlierTokensOfANameWhenAsked() throws Exception {
        String first = tokenIn(run("tokens", "issue", "--role", "ops", "--name", "ops-replaced"));
        String second = tokenIn(run("tokens", "issue", "--role", "ops", "--name", "ops-replaced", "--replace"));

        assertThat(me(first).statusCode()).isEqualTo(401);
        assertThat(me(second).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseACrewTokenWithoutACrewAndAnUnknownRole() {
        Result noCrew = run("tokens", "issue", "--role", "crew");
        Result badRole = run("tokens", "issue", "--role", "admin");
        Result unknown = run("tokens", "revoke", "999999");

        assertThat(noCrew.exitCode()).isEqualTo(2);
        assertThat(noCrew.err()).contains("--role crew needs --crew ID");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("ops, crew or marketer");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no token 999999");
    }

    @Test
    void shouldIssueACrewMembersTokenOnceItsCrewIsLoaded(@TempDir Path dir) throws Exception {
        Path crews = Files.writeString(dir.resolve("crews.csv"), """
                crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end
                van-pune-1,Pune Van 1,van,Pune,Kothrud;Baner,40,08:00,18:00
                """);

        Result loaded = run("crews", "load", "--file", crews.toString());
        Result issued = run("tokens", "issue", "--role", "crew", "--crew", "van-pune-1", "--link", "http://localhost:8080");

        assertThat(loaded.out()).contains("loaded 1 crews");
        assertThat(issued.out()).contains("crew crew-van-pune-1 of crew van-pune-1")
                .contains("http://localhost:8080/crew.html#token=" + tokenIn(issued));
        assertThat(me(tokenIn(issued)).body()).contains("van-pune-1");
    }

    @Test
    void shouldLinkNoPageThatDispatchAloneDoesNotServe() throws Exception {
        Result issued = run("tokens", "issue", "--role", "marketer", "--name", "mira", "--link", "http://localhost:8080");

        assertThat(issued.exitCode()).isZero();
        assertThat(issued.out()).doesNotContain("rewards.html").contains("no link: no page of the marketer role");
        assertThat(me(tokenIn(issued)).statusCode()).as("the token itself works").isEqualTo(200);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        // As DispatchMain's database: the schema migrated at every open (a no-op once done), closed by the test.
        CommandDatabase commandDatabase = () -> {
            DispatchSchema.migrate(database);
            return new CommandDatabase.Open(database, () -> { });
        };
        CommandLine commandLine = new CommandLine(new Root())
                .addSubcommand(new TokensCommand(commandDatabase, CLOCK))
                .addSubcommand(new CrewsCommand(commandDatabase, CLOCK));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Stands for DispatchMain or the launcher, which register the same commands. */
    @CommandLine.Command(name = "test")
    static final class Root {
    }

    private static String tokenIn(Result issued) {
        return issued.out().lines().filter(line -> line.startsWith("rr_")).findFirst()
                .orElseThrow(() -> new AssertionError("no token in: " + issued));
    }

    private static long idIn(Result issued) {
        List<String> words = Arrays.asList(issued.out().lines().filter(line -> line.startsWith("token ")).findFirst()
                .orElseThrow(() -> new AssertionError("no token line in: " + issued)).split(" "));
        return Long.parseLong(words.get(1));
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
