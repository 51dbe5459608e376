package org.restockradar.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.restockradar.launcher.demo.CrewJob;
import org.restockradar.launcher.demo.CrewMove;
import org.restockradar.launcher.demo.CrewPace;
import org.restockradar.launcher.demo.SimulatedCrew;
import org.restockradar.launcher.demo.SimulatedOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated field work for the demo, through the dispatch HTTP API like real crews and ops: each crew is a
 * {@link SimulatedCrew} (claims, accepts, travels, restocks or fails with a reason, sometimes forgets a job for a long
 * while, at a human pace in steps of {@code demo.field-work.step}), and ops are a {@link SimulatedOps} (verify most
 * restocks a few steps after they appear; the rest wait for verification). Their chances come from a random seeded with
 * {@code demo.field-work.seed}, their time from the injected clock. Verified jobs are what credit the reporters
 * (docs/rewards.md).
 */
public final class DemoFieldWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoFieldWork.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The longest pause between two looks at the crews: moves happen within this of when they are due. */
    private static final Duration TICK_MAX = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final URI api;
    private final String opsToken;
    private final Map<String, String> crewTokens;
    private final Map<String, SimulatedCrew> crews = new TreeMap<>();
    private final SimulatedOps ops;
    private final ScheduledExecutorService timer;

    private DemoFieldWork(URI api, String opsToken, Map<String, String> crewTokens, CrewPace pace, long seed, Clock clock) {
        this.api = api;
        this.opsToken = opsToken;
        this.crewTokens = Map.copyOf(crewTokens);
        for (String crew : new TreeMap<>(crewTokens).keySet()) {
            crews.put(crew, new SimulatedCrew(crew, pace, clock, new Random(seed ^ crew.hashCode())));
        }
        this.ops = new SimulatedOps(pace, clock, new Random(seed));
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
    public static DemoFieldWork start(URI api, String opsToken, Map<String, String> crewTokens, CrewPace pace, long seed, Clock clock) {
        DemoFieldWork work = new DemoFieldWork(api, opsToken, crewTokens, pace, seed, clock);
        long tick = Math.min(pace.step().toMillis(), TICK_MAX.toMillis());
        work.timer.scheduleWithFixedDelay(work::tick, tick, tick, TimeUnit.MILLISECONDS);
        LOG.info("demo field work: {} crews at a human pace in steps of {} ({} % of visits fail, {} % find the shelf full, {} % of moves are put off); "
                        + "ops verify {} % of restocks", crewTokens.size(), pace.step(), pace.failPercent(), pace.shelfFullPercent(), pace.forgetPercent(),
                pace.verifyPercent());
        return work;
    }

    /** A look at every crew, then ops' verifications. A failure is logged and the next look tries again. */
    void tick() {
        try {
            crews.values().forEach(this::crewStep);
            List<Long> restocked = new ArrayList<>();
            for (JsonNode job : get("/api/jobs?status=restocked&limit=500", opsToken)) {
                restocked.add(job.get("id").asLong());
            }
            for (long id : ops.toVerify(restocked)) {
                post("/api/jobs/" + id + "/verify", opsToken, "{}");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo field work step failed; the next step tries again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void crewStep(SimulatedCrew crew) {
        String token = crewTokens.get(crew.crewId());
        try {
            List<CrewJob> jobs = new ArrayList<>();
            for (JsonNode job : get("/api/my/jobs", token)) {
                jobs.add(new CrewJob(job.get("id").asLong(), job.get("status").asText()));
            }
            Optional<CrewMove> move = crew.next(jobs);
            if (move.isPresent()) {
                make(move.get(), token);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo crew {} could not work its jobs this step", crew.crewId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void make(CrewMove move, String token) throws IOException, InterruptedException {
        if (move instanceof CrewMove.Accept accept) {
            post("/api/jobs/" + accept.jobId() + "/accept", token, "{}");
        } else if (move instanceof CrewMove.SetOff setOff) {
            post("/api/jobs/" + setOff.jobId() + "/en-route", token, "{}");
        } else if (move instanceof CrewMove.Restock restock) {
            post("/api/jobs/" + restock.jobId() + "/complete", token,
                    JSON.writeValueAsString(Map.of("units_restocked", restock.units(), "note", restock.note())));
        } else if (move instanceof CrewMove.Fail fail) {
            post("/api/jobs/" + fail.jobId() + "/fail", token, JSON.writeValueAsString(Map.of("reason", fail.reason(), "note", fail.note())));
        } else {
            post("/api/claims", token, "{}");
        }
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
