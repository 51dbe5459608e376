package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
import static org.restockradar.access.Authentication.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.PostLinks;
import org.restockradar.access.Actor;
import org.restockradar.access.Authentication;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.events.JobHistory;
import org.restockradar.dispatch.idempotency.IdempotencyStore;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.routing.RoutePlanner;
import org.restockradar.dispatch.routing.VisitPlanner;
import org.restockradar.contracts.IllegalTransitionException;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobFilter;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.AccessDeniedException;
import org.restockradar.dispatch.workflow.FailureReason;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.dispatch.workflow.NoSuchJobException;
import org.restockradar.dispatch.workflow.Proof;

/**
 * The authenticated part of the API: crews and ops work jobs through it. Every request carries
 * {@code Authorization: Bearer <token>} (see {@link TokenStore}), checked by the one hook in {@link Authentication}; 401
 * without a valid one (unknown, expired or revoked), 403 when the role may not, 404 for an unknown job (and, to a crew,
 * for another crew's job, so that it cannot tell which ids exist), 409 for a move the lifecycle refuses, 400 for bad
 * input, 429 past {@code requestsPerMinute} requests a minute from one client or with one token to one route. A caller
 * whose role may not use a route gets 403 before its id or body is looked at, and a crew acting on a job it does not
 * hold gets 404 before its body is (409 when it held the job before: ops took it back or gave it to another crew): 400 is
 * for callers who may act. The statuses come from {@link HttpApi}'s exception mapping, shared by every route set. A POST
 * to {@code /api/claims} or {@code /api/jobs/{id}/...} with an {@code Idempotency-Key} header is answered once: the same
 * request again with the key gets the first answer and changes nothing ({@link IdempotentRequests}).
 * <ul>
 *   <li>{@code GET /api/jobs?status=&city=&brand=&crew=&limit=} (ops) jobs soonest due first; {@code GET /api/jobs/{id}}
 *       (with the crew's proof and a failure's reason, {@link JobDetail}), {@code GET /api/jobs/{id}/events} (its history)
 *       and {@code GET /api/jobs/{id}/reports} (ops, the job's crew); {@code GET /api/me} (who the caller is, and the SLA
 *       warning threshold the pages colour by); {@code GET /api/outlets} (ops);</li>
 *   <li>{@code POST /api/jobs/{id}/assign {"crew_id","override"}} (ops: 404 for a crew not registered, 409 for one not
 *       active or, without {@code "override": true}, not covering the job's outlet), {@code /unassign {"note"}} (ops),
 *       {@code /accept}, {@code /en-route}, {@code /complete {"units_restocked","note","photo_ref","latitude","longitude"}},
 *       {@code /fail {"reason","note"}} (the job's crew or ops), {@code /verify}, {@code /cancel {"reason"}} (ops);
 *       each answers the job as it now is;</li>
 *   <li>{@code POST /api/jobs/{id}/photos} (the job's crew; multipart field {@code photo}, JPEG or PNG, at most 2 MiB)
 *       {@code {"photo_ref"}} for the completion's {@code photo_ref}; {@code GET /api/photos/{ref}} (ops, the job's crew);</li>
 *   <li>{@code POST /api/claims} (crew) the soonest-due unclaimed job of its territory, now its own; 204 when none;</li>
 *   <li>{@code GET /api/my/jobs} (crew) its open jobs in route order ({@link RoutePlanner}), each with
 *       {@code distance_km} from its base and {@code route_order}; {@code GET /api/my/route} (crew) and
 *       {@code GET /api/crews/{id}/route} (ops) the crew's round, one stop per outlet ({@link VisitPlanner}, {@link RoundView});</li>
 *   <li>{@code GET /api/crews}, {@code PUT /api/crews/{id}} (ops) the crews and their territories;
 *       {@code GET /api/jobs/{id}/crews} (ops) the active crews that cover the job, those offered to assign it to;</li>
 *   <li>{@code GET /api/events/stream} (ops: every job; a crew: the jobs it holds, and those taken from it by a
 *       reassignment or a take-back) server-sent events {@code job-event}
 *       with the {@link JobEvent} as JSON, from now on, or from after {@code Last-Event-ID} (every missed event, in pages);
 *       406 to a request that does not accept exactly {@code text/event-stream}.</li>
 * </ul>
 */
public final class WorkApi {
    /**
     * What the routes work with.
     *
     * @param slaWarningBefore how long before its due time a job is in SLA warning ({@code dispatch.sla-warning-before}),
     *                         told to the pages in {@code GET /api/me} so that they colour jobs as the SLA sweep warns
     */
    public record Services(JobStore jobs, JobWorkflow workflow, CrewStore crews, TokenStore tokens, JobEventFeed feed,
                           OutletStore outlets, PhotoStore photos, Clock clock, Duration routeBucket, Duration slaWarningBefore,
                           int requestsPerMinute) {
        /** The default of {@code http.rate-limit-per-minute}. */
        public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
        /** The default of {@code dispatch.sla-warning-before}: the warning at 36 h of a 48 h SLA. */
        public static final Duration DEFAULT_SLA_WARNING_BEFORE = Duration.ofHours(12);

        public Services(JobStore jobs, JobWorkflow workflow, CrewStore crews, TokenStore tokens, JobEventFeed feed) {
            this(jobs, workflow, crews, tokens, feed, new OutletStore(jobs.dataSource(), Clock.systemUTC()),
                    new PhotoStore(jobs.dataSource(), Clock.systemUTC()), Clock.systemUTC(),
                    RoutePlanner.DEFAULT_BUCKET, DEFAULT_SLA_WARNING_BEFORE, DEFAULT_REQUESTS_PER_MINUTE);
        }

        public Services {
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("the rate limit must be at least 1 request per minute: " + requestsPerMinute);
            }
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(jobs, "jobs");
            Objects.requireNonNull(workflow, "workflow");
            Objects.requireNonNull(crews, "crews");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(outlets, "outlets");
            Objects.requireNonNull(photos, "photos");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(routeBucket, "routeBucket");
            Objects.requireNonNull(slaWarningBefore, "slaWarningBefore");
            if (slaWarningBefore.isNegative()) {
                throw new IllegalArgumentException("the SLA warning threshold cannot be negative: " + slaWarningBefore);
            }
        }
    }

    private static final String EVENTS_PATH = "/api/events/*";
    private static final String EVENT_STREAM = "text/event-stream";
    /** Every path of the set, in the order its guards run; each is rate limited, all but the events stream take the token. */
    private static final List<String> PATHS = List.of("/api/jobs", "/api/jobs/{id}", "/api/jobs/{id}/*", "/api/claims", "/api/my/*",
            "/api/crews", "/api/crews/*", EVENTS_PATH, "/api/me", "/api/outlets", "/api/photos/*");
    /** The paths whose POSTs honour an {@code Idempotency-Key} ({@link IdempotentRequests}): a crew's claims and moves, and ops' moves. */
    private static final List<String> KEYED_PATHS = List.of("/api/claims", "/api/jobs/{id}/*");
    private static final Authentication.Roles EVENT_FOLLOWERS = new Authentication.Roles(Set.of(Role.OPS, Role.CREW),
            "only ops and crews follow job events");

    /** The roles that may use a route at all, and how a refusal names them. */
    private record Allowed(Set<Role> roles, String who) {
    }

    private static final Allowed OPS = new Allowed(Set.of(Role.OPS), "ops");
    private static final Allowed CREWS = new Allowed(Set.of(Role.CREW), "a crew");
    private static final Allowed OPS_AND_CREWS = new Allowed(Set.of(Role.OPS, Role.CREW), "ops and crews");

    private WorkApi() {
    }

    /** Adds the routes to the app (before it starts), group by group, behind the guard of them all. */
    static void register(RoutesConfig app, Services services) {
        guard(app, services);
        IdempotentRequests.register(app, KEYED_PATHS, new IdempotencyStore(services.jobs().dataSource(), services.clock()));
        jobEvents(app, services);
        jobReads(app, services);
        jobMoves(app, services);
        photos(app, services);
        crewWork(app, services);
        me(app, services);
        outlets(app, services);
        crews(app, services);
        rounds(app, services);
    }

    /**
     * The rate limit of every path first, before the token is even looked up (per client and per token, method and path, per
     * minute), then the bearer token on every path but the events stream, which authenticates on its own.
     */
    private static void guard(RoutesConfig app, Services services) {
        for (String path : PATHS) {
            app.before(path, ctx -> Authentication.rateLimit(ctx, services.requestsPerMinute()));
        }
        Handler bearer = Authentication.bearer(services.tokens());
        for (String path : PATHS) {
            if (!path.equals(EVENTS_PATH)) {
                app.before(path, bearer);
            }
        }
    }

    /** {@code GET /api/events/stream}: job events as server-sent events, every job's for ops, its own jobs' for a crew. */
    private static void jobEvents(RoutesConfig app, Services services) {
        // Browsers' EventSource cannot send headers: this route alone also takes ?access_token=.
        app.before(EVENTS_PATH, ctx -> {
            EVENT_FOLLOWERS.check(Authentication.authenticateHeaderOrQuery(ctx, services.tokens()));
            // Javalin streams only to a request whose Accept is exactly text/event-stream (what EventSource sends) and
            // answers any other an empty 200: say so instead.
            if (!EVENT_STREAM.equals(ctx.header("Accept"))) {
                throw new HttpResponseException(HttpStatus.NOT_ACCEPTABLE.getCode(), "the event stream is served only to 'Accept: "
                        + EVENT_STREAM + "' (an EventSource sends it); this request accepts '" + ctx.header("Accept") + "'");
            }
        });
        app.sse("/api/events/stream", client -> {
            Actor actor = actor(client.ctx());
            // Object-level: a crew sees the events of the jobs it holds after the event; ops see every event.
            // A job taken from the crew (reassigned, taken back) names it as the previous crew: it is told, so that the job
            // leaves its phone.
            Predicate<JobEvent> visible = actor.role() == Role.OPS ? event -> true
                    : event -> actor.crewId().equals(event.crewId()) || actor.crewId().equals(event.detail().get("previous_crew_id"));
            Consumer<JobEventFeed.Item> send = item -> {
                if (visible.test(item.event())) {
                    client.sendEvent("job-event", eventJson(item.event()), item.position().toString());
                }
            };
            client.keepAlive();
            String lastEventId = client.ctx().header("Last-Event-ID");
            if (lastEventId != null && !lastEventId.isBlank()) {
                // Every missed event, page after page: a client that missed more than a page must not lose the rest.
                services.feed().replay(JobEventFeed.Position.parse(lastEventId), send);
            }
            client.onClose(services.feed().subscribe(send));
            // Tells the client that every event from here on will reach it (the headers went out before the subscription).
            client.sendComment("subscribed");
        });
    }

    /** The job list (ops), one job and its reports (ops, the job's crew). */
    private static void jobReads(RoutesConfig app, Services services) {
        JobHistory history = new JobHistory(services.jobs().dataSource());
        app.get("/api/jobs", ctx -> {
            Actor actor = actor(ctx);
            if (actor.role() != Role.OPS) {
                throw new ForbiddenResponse("only ops list every job; " + actor.id() + " is " + actor.role().code()
                        + (actor.role() == Role.CREW ? " (a crew lists its own with GET /api/my/jobs)" : ""));
            }
            JobFilter filter = HttpApi.filterOf(ctx.queryParams("status"), ctx.queryParam("city"), ctx.queryParam("brand"),
                    ctx.queryParam("crew"), ctx.queryParam("limit"));
            ctx.json(services.jobs().list(filter).stream().map(JobView::of).toList());
        });
        app.get("/api/jobs/{id}", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "read jobs");
            long id = id(ctx);
            Job job = services.jobs().find(id).orElseThrow(() -> new NoSuchJobException(id));
            requireOpsOrCrewOf(actor, job, "read");
            ctx.json(JobDetail.of(job, history.of(id)));
        });
        app.get("/api/jobs/{id}/events", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "read the history of jobs");
            long id = id(ctx);
            Job job = services.jobs().find(id).orElseThrow(() -> new NoSuchJobException(id));
            requireOpsOrCrewOf(actor, job, "read the history of");
            ctx.json(history.of(id).stream().map(JobDetail::eventView).toList());
        });
        app.get("/api/jobs/{id}/crews", ctx -> {
            requireRole(actor(ctx), OPS, "choose crews for jobs");
            long id = id(ctx);
            services.jobs().find(id).orElseThrow(() -> new NoSuchJobException(id));
            ctx.json(services.crews().covering(id).stream().map(WorkApi::crewView).toList());
        });
        app.get("/api/jobs/{id}/reports", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "read the reports of jobs");
            long id = id(ctx);
            Job job = services.jobs().find(id).orElseThrow(() -> new NoSuchJobException(id));
            requireOpsOrCrewOf(actor, job, "read the reports of");
            ctx.json(services.jobs().reports(id).stream().map(WorkApi::reportView).toList());
        });
    }

    /** The moves of the job lifecycle (ops, the job's crew), each answering the job as it now is. */
    private static void jobMoves(RoutesConfig app, Services services) {
        // Each move checks who may make it before it reads its body: a caller whose role may not act on the route gets
        // 403 whatever it sent, a crew naming a job it does not hold 404 as for a missing one, and only one who may act
        // learns that the body is bad (400).
        // The workflow checks again, under the job's lock, and is what holds; these checks only order the answers.
        JobWorkflow workflow = services.workflow();
        JobHistory history = new JobHistory(services.jobs().dataSource());
        app.post("/api/jobs/{id}/assign", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS, "assign jobs");
            long id = id(ctx);
            JsonNode body = body(ctx);
            job(ctx, workflow.assign(id, text(body, "crew_id"), actor, optionalBoolean(body, "override")));
        });
        app.post("/api/jobs/{id}/unassign", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS, "take jobs back");
            long id = id(ctx);
            job(ctx, workflow.unassign(id, actor, optionalText(body(ctx), "note")));
        });
        app.post("/api/jobs/{id}/accept", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "accept jobs");
            long id = id(ctx);
            requireCrewHolds(actor, id, services.jobs(), history, "accept");
            job(ctx, workflow.accept(id, actor));
        });
        app.post("/api/jobs/{id}/en-route", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "set out for jobs");
            long id = id(ctx);
            requireCrewHolds(actor, id, services.jobs(), history, "set out for");
            job(ctx, workflow.enRoute(id, actor));
        });
        app.post("/api/jobs/{id}/complete", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "complete jobs");
            long id = id(ctx);
            requireCrewHolds(actor, id, services.jobs(), history, "complete");
            Proof proof = proof(body(ctx));
            if (proof.photoRef() != null) {
                // A reference must name a photo uploaded for this very job: no pointing at another job's proof.
                services.photos().find(proof.photoRef()).filter(photo -> photo.jobId() == id).orElseThrow(() -> new BadRequestResponse(
                        "photo_ref '" + proof.photoRef() + "' is not a photo uploaded for job " + id + " (POST /api/jobs/" + id + "/photos first)"));
            }
            job(ctx, workflow.complete(id, actor, proof));
        });
        app.post("/api/jobs/{id}/fail", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "fail jobs");
            long id = id(ctx);
            requireCrewHolds(actor, id, services.jobs(), history, "fail");
            JsonNode body = body(ctx);
            job(ctx, workflow.fail(id, actor, FailureReason.fromCode(text(body, "reason")), optionalText(body, "note")));
        });
        app.post("/api/jobs/{id}/verify", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS, "verify jobs");
            job(ctx, workflow.verify(id(ctx), actor));
        });
        app.post("/api/jobs/{id}/cancel", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS, "cancel jobs");
            long id = id(ctx);
            job(ctx, workflow.cancel(id, actor, text(body(ctx), "reason")));
        });
    }

    /** A completion's photos: uploaded by the job's crew, seen by ops and the job's crew. */
    private static void photos(RoutesConfig app, Services services) {
        JobHistory history = new JobHistory(services.jobs().dataSource());
        app.post("/api/jobs/{id}/photos", ctx -> {
            Actor actor = requireRole(actor(ctx), CREWS, "upload photos");
            long id = id(ctx);
            Job job = services.jobs().find(id).orElseThrow(() -> new NoSuchJobException(id));
            // Another crew's job is, to a crew, no job at all: the same 404 as for a missing one (409 to a crew that held it).
            requireHeldBy(actor, job, history, "upload photos of");
            if (!job.status().isOpen() || job.status() == JobStatus.REPORTED) {
                throw new IllegalTransitionException("job " + id + " is " + job.status().code()
                        + "; photos are taken while it is assigned, accepted or en route");
            }
            UploadedFile file;
            try {
                file = ctx.uploadedFile("photo");
            } catch (IllegalStateException e) {
                // Jetty refuses a part past the multipart limits before the route sees it.
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the upload is larger than the "
                        + PhotoStore.MAX_BYTES + " bytes (2 MiB) a photo may have");
            }
            if (file == null) {
                throw new BadRequestResponse("send the photo as multipart/form-data, field 'photo' (a JPEG or PNG of at most 2 MiB)");
            }
            byte[] bytes;
            try (java.io.InputStream content = file.content()) {
                bytes = content.readNBytes(PhotoStore.MAX_BYTES + 1);
            }
            String ref = services.photos().save(id, job.crewId(), actor.id(), bytes);
            ctx.status(HttpStatus.CREATED).json(Map.of("photo_ref", ref));
        });
        app.get("/api/photos/{ref}", ctx -> {
            Actor actor = requireRole(actor(ctx), OPS_AND_CREWS, "see photos");
            String ref = ctx.pathParam("ref");
            PhotoStore.Photo photo = services.photos().find(ref).orElseThrow(() -> new NotFoundResponse("no photo " + ref));
            Job job = services.jobs().find(photo.jobId()).orElseThrow(() -> new NoSuchJobException(photo.jobId()));
            if (actor.role() == Role.CREW && !actor.crewId().equals(job.crewId())) {
                // Another crew's photo is, to a crew, no photo at all.
                throw new NotFoundResponse("no photo " + ref);
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "private, max-age=86400");
            ctx.contentType(photo.kind().contentType()).result(photo.bytes());
        });
    }

    /** A crew's own work: claiming the next job of its territory, and its jobs in route order. */
    private static void crewWork(RoutesConfig app, Services services) {
        JobWorkflow workflow = services.workflow();
        app.post("/api/claims", ctx -> {
            Optional<Job> claimed = workflow.claimNext(actor(ctx));
            if (claimed.isPresent()) {
                job(ctx, claimed.get());
            } else {
                ctx.status(HttpStatus.NO_CONTENT);
            }
        });
        app.get("/api/my/jobs", ctx -> {
            Actor actor = actor(ctx);
            if (actor.role() != Role.CREW) {
                throw new ForbiddenResponse("only a crew has a work list; " + actor.id() + " is " + actor.role().code());
            }
            GeoPoint base = services.crews().find(actor.crewId()).map(Crew::base).orElse(null);
            List<RoutePlanner.Stop> route = RoutePlanner.plan(services.jobs().listForCrew(actor.crewId(), JobFilter.MAX_LIMIT), base,
                    services.clock().instant(), services.routeBucket());
            ctx.json(route.stream().map(stop -> JobView.routed(stop.job(),
                    stop.distanceKm() == null ? null : Math.round(stop.distanceKm() * 100) / 100.0, stop.order())).toList());
        });
    }

    /** A crew's round of its shops: {@code GET /api/my/route} (the crew), {@code GET /api/crews/{id}/route} (ops; 404 for no such crew). */
    private static void rounds(RoutesConfig app, Services services) {
        app.get("/api/my/route", ctx -> {
            Actor actor = actor(ctx);
            if (actor.role() != Role.CREW) {
                throw new ForbiddenResponse("only a crew has a round; " + actor.id() + " is " + actor.role().code());
            }
            ctx.json(round(services, actor.crewId(), services.crews().find(actor.crewId()).map(Crew::base).orElse(null)));
        });
        app.get("/api/crews/{crewId}/route", ctx -> {
            requireRole(actor(ctx), OPS, "see a crew's round");
            String crewId = ctx.pathParam("crewId");
            Crew crew = services.crews().find(crewId).orElseThrow(() -> new NotFoundResponse("no crew " + crewId));
            ctx.json(round(services, crewId, crew.base()));
        });
    }

    private static Map<String, Object> round(Services services, String crewId, GeoPoint base) {
        return RoundView.of(crewId, VisitPlanner.plan(services.jobs().listForCrew(crewId, JobFilter.MAX_LIMIT), base));
    }

    /** {@code GET /api/me}: who the token names. */
    private static void me(RoutesConfig app, Services services) {
        app.get("/api/me", ctx -> {
            Actor actor = actor(ctx);
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("actor", actor.id());
            me.put("role", actor.role().code());
            me.put("crew_id", actor.crewId());
            me.put("sla_warning_before_seconds", services.slaWarningBefore().toSeconds());
            ctx.json(me);
        });
    }

    /** {@code GET /api/outlets} (ops): the outlet registry, or only the outlets with open jobs. */
    private static void outlets(RoutesConfig app, Services services) {
        app.get("/api/outlets", ctx -> {
            Actor actor = actor(ctx);
            if (actor.role() != Role.OPS) {
                throw new ForbiddenResponse("only ops list outlets; " + actor.id() + " is " + actor.role().code());
            }
            boolean openJobsOnly = Boolean.parseBoolean(Objects.requireNonNullElse(ctx.queryParam("open_jobs"), "false").trim());
            ctx.json(services.outlets().list(openJobsOnly).stream().map(WorkApi::outletView).toList());
        });
    }

    /** {@code GET /api/crews}, {@code PUT /api/crews/{id}} (ops): the crews and their territories. */
    private static void crews(RoutesConfig app, Services services) {
        app.get("/api/crews", ctx -> {
            requireRole(actor(ctx), OPS, "manage crews");
            ctx.json(services.crews().list().stream().map(WorkApi::crewView).toList());
        });
        app.put("/api/crews/{crewId}", ctx -> {
            requireRole(actor(ctx), OPS, "manage crews");
            Crew crew = crew(ctx.pathParam("crewId"), body(ctx));
            services.crews().save(crew, actor(ctx).id(), actor(ctx).role().code());
            ctx.json(crewView(crew));
        });
    }

    /** Route-level check: the actor's role may use the route at all, whatever job or body it names. */
    private static Actor requireRole(Actor actor, Allowed allowed, String what) {
        if (!allowed.roles().contains(actor.role())) {
            throw new AccessDeniedException("only " + allowed.who() + " may " + what + "; " + actor.id() + " is " + actor.role().code());
        }
        return actor;
    }

    /**
     * Object-level check of a crew's move before its body is read: a crew moves only a job it holds (404 when there is
     * no such job, and the same 404 when another crew holds it, unless this crew held it before: then 409, saying it was
     * taken back or given to another crew); ops move any job, and their moves need no read here.
     */
    private static void requireCrewHolds(Actor actor, long id, JobStore jobs, JobHistory history, String what) {
        if (actor.role() == Role.CREW) {
            requireHeldBy(actor, jobs.find(id).orElseThrow(() -> new NoSuchJobException(id)), history, what);
        }
    }

    /** As {@link #requireOpsOrCrewOf}, but a crew that held the job before is told (409) that it was taken back or given away. */
    private static void requireHeldBy(Actor actor, Job job, JobHistory history, String what) {
        if (actor.role() == Role.CREW && !actor.crewId().equals(job.crewId())
                && history.of(job.id()).stream().anyMatch(event -> actor.crewId().equals(event.crewId()))) {
            // The crew held it once (a move queued on a phone offline, a stale card): it may be told what became of it.
            throw new IllegalTransitionException("job " + job.id() + " is no longer yours: " + (job.crewId() == null
                    ? "ops took it back (it is " + job.status().code() + " now)" : "ops gave it to another crew") + "; nothing was done");
        }
        requireOpsOrCrewOf(actor, job, what);
    }

    /**
     * Object-level check of a read: ops read every job, a crew only a job it holds. To a crew, another crew's job is no
     * job at all: the same 404 as for an id no job has, so that a crew cannot tell which ids exist.
     */
    static void requireOpsOrCrewOf(Actor actor, Job job, String what) {
        if (actor.role() == Role.OPS) {
            return;
        }
        if (actor.role() == Role.CREW && actor.crewId().equals(job.crewId())) {
            return;
        }
        if (actor.role() == Role.CREW) {
            throw new NoSuchJobException(job.id());
        }
        throw new AccessDeniedException("only ops and the job's crew may " + what + " job " + job.id() + "; " + actor.id() + " is "
                + actor.role().code());
    }

    private static Map<String, Object> reportView(JobStore.Report report) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mention_id", report.mentionId());
        view.put("source", report.source());
        view.put("reporter_handle", report.reporterHandle());
        view.put("text", report.text());
        view.put("reported_at", report.reportedAt());
        view.put("url", PostLinks.of(report.mentionId()).orElse(null));
        return view;
    }

    private static Map<String, Object> outletView(OutletStore.Listed outlet) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", outlet.id());
        view.put("name", outlet.name());
        view.put("city", outlet.city());
        view.put("locality", outlet.locality());
        view.put("lat", outlet.lat());
        view.put("lon", outlet.lon());
        view.put("pincode", outlet.pincode());
        view.put("open_jobs", outlet.openJobs());
        return view;
    }

    private static void job(Context ctx, Job job) {
        ctx.json(JobView.of(job));
    }

    private static long id(Context ctx) {
        return HttpApi.idOf(ctx.pathParam("id"));
    }

    static JsonNode body(Context ctx) {
        String raw = ctx.body();
        if (raw.isBlank()) {
            return ApiJson.mapper().createObjectNode();
        }
        try {
            JsonNode node = ApiJson.mapper().readTree(raw);
            if (!node.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object");
            }
            return ApiJson.refuseNul(node);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequestResponse("'" + field + "' is required (text)");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse("'" + field + "' must be text");
        }
        return value.asText();
    }

    private static boolean optionalBoolean(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRequestResponse("'" + field + "' must be true or false");
        }
        return value.booleanValue();
    }

    private static Integer integer(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new BadRequestResponse("'" + field + "' is required (a whole number)");
        }
        return value.asInt();
    }

    private static Double optionalNumber(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new BadRequestResponse("'" + field + "' must be a number");
        }
        return value.asDouble();
    }

    private static Proof proof(JsonNode body) {
        return new Proof(integer(body, "units_restocked"), optionalText(body, "note"), optionalText(body, "photo_ref"),
                optionalNumber(body, "latitude"), optionalNumber(body, "longitude"));
    }

    private static Crew crew(String id, JsonNode body) {
        Set<String> localities = textSet(body, "localities");
        Set<String> pincodes = textSet(body, "pincodes");
        List<GeoPoint> area = new ArrayList<>();
        JsonNode polygon = body.get("polygon");
        if (polygon != null && !polygon.isNull()) {
            if (!polygon.isArray()) {
                throw new BadRequestResponse("'polygon' must be a list of [lat, lon] corners");
            }
            for (JsonNode corner : polygon) {
                if (!corner.isArray() || corner.size() != 2 || !corner.get(0).isNumber() || !corner.get(1).isNumber()) {
                    throw new BadRequestResponse("'polygon' corners are [lat, lon] pairs of numbers: " + corner);
                }
                area.add(new GeoPoint(corner.get(0).asDouble(), corner.get(1).asDouble()));
            }
        }
        if (localities.isEmpty() && pincodes.isEmpty() && area.isEmpty()) {
            throw new BadRequestResponse("a crew needs a territory: 'localities' (\"city|locality\"), 'pincodes' or 'polygon'");
        }
        GeoPoint base = null;
        JsonNode baseNode = body.get("base");
        if (baseNode != null && !baseNode.isNull()) {
            if (!baseNode.isObject() || !baseNode.path("lat").isNumber() || !baseNode.path("lon").isNumber()) {
                throw new BadRequestResponse("'base' is {\"lat\": number, \"lon\": number}");
            }
            base = new GeoPoint(baseNode.get("lat").asDouble(), baseNode.get("lon").asDouble());
        }
        String zone = optionalText(body, "time_zone");
        try {
            return new Crew(id, text(body, "name"), Crew.Kind.fromCode(text(body, "kind")), localities, pincodes, area, base,
                    integer(body, "daily_capacity"), LocalTime.parse(text(body, "shift_start")), LocalTime.parse(text(body, "shift_end")),
                    zone == null ? Crew.DEFAULT_TIME_ZONE : ZoneId.of(zone), !body.has("active") || body.get("active").asBoolean(true));
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("shift times are HH:MM: " + e.getParsedString());
        } catch (DateTimeException e) {
            throw new BadRequestResponse("unknown time zone '" + zone + "': " + e.getMessage());
        }
    }

    private static Set<String> textSet(JsonNode body, String field) {
        JsonNode values = body.get(field);
        Set<String> texts = new HashSet<>();
        if (values == null || values.isNull()) {
            return texts;
        }
        if (!values.isArray()) {
            throw new BadRequestResponse("'" + field + "' must be a list of text");
        }
        values.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, Object> crewView(Crew crew) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", crew.id());
        view.put("name", crew.name());
        view.put("kind", crew.kind().code());
        view.put("localities", crew.localities().stream().sorted().toList());
        view.put("pincodes", crew.pincodes().stream().sorted().toList());
        view.put("polygon", crew.area().stream().map(corner -> List.of(corner.lat(), corner.lon())).toList());
        view.put("base", crew.base());
        view.put("daily_capacity", crew.dailyCapacity());
        view.put("shift_start", crew.shiftStart().toString());
        view.put("shift_end", crew.shiftEnd().toString());
        view.put("time_zone", crew.timeZone().getId());
        view.put("active", crew.active());
        return view;
    }

    private static String eventJson(JobEvent event) {
        try {
            return ApiJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write job event " + event.eventId() + " as JSON", e);
        }
    }
}
