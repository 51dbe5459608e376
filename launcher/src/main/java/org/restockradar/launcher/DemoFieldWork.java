package org.restockradar.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated field work for the demo, through the dispatch HTTP API like real crews and ops: every {@code step}, each
 * crew moves each of its jobs one step on (assigned → accepted → en route → restocked, or failed "shelf was full" for
 * {@code shelfFullPercent} of the jobs) and claims an unclaimed job when it has none, and ops verify
 * {@code verifyPercent} of the restocked jobs (the rest wait for review). Which jobs fail or stay unverified is a
 * function of the job id, so a rerun tells the same story. Verified jobs are what credit the reporters (docs/rewards.md).
 */
public final class DemoFieldWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoFieldWork.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /**
     * How the simulation runs (settings {@code demo.field-work.*}).
     *
     * @param step             how long each move takes (a job goes from assigned to verified in four steps)
     * @param verifyPercent    the share of restocked jobs ops verify
     * @param shelfFullPercent the share of jobs whose crew finds the shelf full
     */
    public record Options(Duration step, int verifyPercent, int shelfFullPercent) {
        public Options {
            Objects.requireNonNull(step, "step");
            if (step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("demo.field-work.step must be positive: " + step);
            }
            if (verifyPercent < 0 || verifyPercent > 100 || shelfFullPercent < 0 || shelfFullPercent > 100) {
                throw new IllegalArgumentException("demo.field-work percentages must be within [0, 100]: " + verifyPercent + ", " + shelfFullPercent);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final URI api;
    private final String opsToken;
    private final Map<String, String> crewTokens;
    private final Options options;
    private final ScheduledExecutorService timer;

    private DemoFieldWork(URI api, String opsToken, Map<String, String> crewTokens, Options options) {
        this.api = api;
        this.opsToken = opsToken;
        this.crewTokens = Map.copyOf(crewTokens);
        this.options = options;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-field-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the simulation.
     *
     * @param api        the dispatch API's base, {@code http://localhost:8080}
     * @param crewTokens a crew token for each crew id
     */
    public static DemoFieldWork start(URI api, String opsToken, Map<String, String> crewTokens, Options options) {
        DemoFieldWork work = new DemoFieldWork(api, opsToken, crewTokens, options);
        work.timer.scheduleWithFixedDelay(work::tick, options.step().toMillis(), options.step().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("demo field work: {} crews move their jobs on every {}; ops verify {} % of restocks; {} % of shelves are found full",
                crewTokens.size(), options.step(), options.verifyPercent(), options.shelfFullPercent());
        return work;
    }

    /** One step of every crew, then ops' verifications. A failure is logged and the next step tries again. */
    void tick() {
        try {
            crewTokens.forEach(this::crewStep);
            for (JsonNode job : get("/api/jobs?status=restocked&limit=500", opsToken)) {
                long id = job.get("id").asLong();
                if (share(id, 7) < options.verifyPercent()) {
                    post("/api/jobs/" + id + "/verify", opsToken, "{}");
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo field work step failed; the next step tries again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void crewStep(String crewId, String token) {
        try {
            JsonNode jobs = get("/api/my/jobs", token);
            if (jobs.isEmpty()) {
                post("/api/claims", token, "{}");
                return;
            }
            for (JsonNode job : jobs) {
                long id = job.get("id").asLong();
                switch (job.get("status").asText()) {
                    case "assigned" -> post("/api/jobs/" + id + "/accept", token, "{}");
                    case "accepted" -> post("/api/jobs/" + id + "/en-route", token, "{}");
                    case "en_route" -> {
                        if (share(id, 13) < options.shelfFullPercent()) {
                            post("/api/jobs/" + id + "/fail", token, "{\"reason\":\"shelf_full\",\"note\":\"shelf was full when we arrived (demo)\"}");
                        } else {
                            post("/api/jobs/" + id + "/complete", token, "{\"units_restocked\":12,\"note\":\"restocked (demo)\"}");
                        }
                    }
                    default -> {
                        // restocked: waiting for ops
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo crew {} could not work its jobs this step", crewId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stable number in [0, 100) for the job, different per salt. */
    static int share(long jobId, int salt) {
        long mixed = (jobId * 0x9E3779B97F4A7C15L) ^ (salt * 0xC2B2AE3D27D4EB4FL);
        mixed ^= mixed >>> 31;
        return (int) Math.floorMod(mixed * 0xBF58476D1CE4E5B9L >>> 1, 100L);
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void post(String path, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // 409: someone moved the job first (ops reassigned it, another step already did): the next step sees it as it is.
        if (response.statusCode() >= 400 && response.statusCode() != 409) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("demo field work did not stop within {}", REQUEST_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
