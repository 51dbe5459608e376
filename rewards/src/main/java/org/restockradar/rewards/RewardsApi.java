package org.restockradar.rewards;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.restockradar.contracts.Strings;
import org.restockradar.access.Actor;
import org.restockradar.access.Authentication;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import org.restockradar.access.http.ApiJson;

/**
 * The rewards part of the HTTP API, for ops and marketers ({@code Authorization: Bearer <token>}; 401 without a valid
 * token, 403 for crews, and for marketers on the ops-only route). JSON in snake_case, as the contract says; times
 * ISO-8601; {@code from}/{@code to} filters take an instant or a date (UTC): a date {@code to} includes its whole day, an
 * instant {@code to} is exclusive; a {@code from} after the {@code to} is a 400.
 * <ul>
 *   <li>{@code GET /api/rewards/ledger?reporter&period_from&period_to} the ledger entries, oldest first;</li>
 *   <li>{@code GET /api/rewards/reporters?brand&city&from&to} each credited reporter's verified reports, credits, held credits, flag;</li>
 *   <li>{@code GET /api/rewards/gifts?from&to&brand&city&status} the gifts; {@code gifts.csv} (RFC 4180, formula-safe, streamed;
 *       {@code bom=true} for spreadsheets that need it) and {@code gifts.json} the same as downloads, with {@code X-Total-Count};</li>
 *   <li>{@code POST /api/rewards/gifts/status {"ids":[...],"status":"shipped"}} moves gifts on, all or none ({@link GiftStatus}),
 *       {@code {"updated": n}}; 409 when one may not move there, 404 when one does not exist;</li>
 *   <li>{@code POST /api/rewards/gift-runs} (ops) runs the gift selection now, {@code {"queued": n}};</li>
 *   <li>{@code GET /api/rewards/flags} the held reporters and why; {@code POST /api/rewards/flags/{reporter}/release} releases
 *       one and their held credits, recording who and when (the answer is the release), 404 when not held;
 *       {@code GET /api/rewards/releases} the latest releases.</li>
 * </ul>
 */
public final class RewardsApi {
    /** The rewards page these routes serve beside the API, where a marketer signs in. */
    public static final String PAGE = RewardsPage.PATH;
    /** Most rows a JSON list answers with. */
    static final int MAX_LIST = 10_000;
    /** How many of the latest releases the page is shown. */
    static final int MAX_RELEASES = 50;
    private static final ObjectMapper JSON = ApiJson.mapper();

    /** What the routes work with. */
    public record Services(TokenStore tokens, Ledger ledger, Gifts gifts, int requestsPerMinute) {
        public Services {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(gifts, "gifts");
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("the rate limit must be at least 1 request per minute: " + requestsPerMinute);
            }
        }
    }

    private RewardsApi() {
    }

    /** Adds the rewards routes and the rewards page to the app. */
    public static void register(RoutesConfig app, Services services) {
        RewardsPage.register(app);
        registerClaims(app, services.gifts().claims(), services.requestsPerMinute());
        Authentication.guard(app, List.of("/api/rewards/*"), services.requestsPerMinute(), services.tokens(),
                new Authentication.Roles(Set.of(Role.OPS, Role.MARKETER), "rewards are for ops and marketers"));
        Ledger ledger = services.ledger();
        Gifts gifts = services.gifts();
        app.get("/api/rewards/ledger", ctx -> {
            Range period = Range.of(ctx, "period_from", "period_to");
            ctx.json(ledger.entries(Strings.trimToNull(ctx.queryParam("reporter")), period.from(), period.until(), MAX_LIST)
                    .stream().map(RewardsApi::entryView).toList());
        });
        app.get("/api/rewards/reporters", ctx -> {
            Range range = Range.of(ctx, "from", "to");
            ctx.json(ledger.reporters(Strings.trimToNull(ctx.queryParam("brand")), Strings.trimToNull(ctx.queryParam("city")),
                    range.from(), range.until(), MAX_LIST).stream().map(RewardsApi::reporterView).toList());
        });
        app.get("/api/rewards/gifts", ctx -> ctx.json(gifts.list(filter(ctx), MAX_LIST).stream().map(RewardsApi::giftView).toList()));
        app.get("/api/rewards/gifts.csv", ctx -> csv(ctx, gifts, filter(ctx)));
        app.get("/api/rewards/gifts.json", ctx -> json(ctx, gifts, filter(ctx)));
        app.post("/api/rewards/gifts/status", ctx -> {
            JsonNode body = body(ctx);
            JsonNode ids = body.get("ids");
            if (ids == null || !ids.isArray()) {
                throw new BadRequestResponse("'ids' is required: a list of gift ids");
            }
            List<Long> wanted = new ArrayList<>();
            for (JsonNode id : ids) {
                if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                    throw new BadRequestResponse("gift ids are whole numbers: " + id);
                }
                wanted.add(id.asLong());
            }
            JsonNode status = body.get("status");
            GiftStatus target;
            try {
                target = GiftStatus.fromCode(status == null ? null : status.asText());
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            try {
                ctx.json(Map.of("updated", gifts.moveTo(wanted, target)));
            } catch (GiftMoveRefusedException e) {
                if (!e.missing().isEmpty()) {
                    throw new NotFoundResponse(e.getMessage());
                }
                throw new ConflictResponse(e.getMessage());
            }
        });
        app.post("/api/rewards/gift-runs", ctx -> {
            requireOps(ctx, "run the gift selection");
            ctx.json(Map.of("queued", gifts.run().size()));
        });
        // Marketers run the reward programme: they see who is held and why, and release them; each release names its person.
        app.get("/api/rewards/flags", ctx -> ctx.json(ledger.holds().stream().map(RewardsApi::holdView).toList()));
        app.get("/api/rewards/releases", ctx -> ctx.json(ledger.releases(MAX_RELEASES).stream().map(RewardsApi::releaseView).toList()));
        app.post("/api/rewards/flags/{reporter}/release", ctx -> {
            Actor actor = Authentication.actor(ctx);
            String reporter = ctx.pathParam("reporter");
            ctx.json(releaseView(ledger.release(reporter, actor.id())
                    .orElseThrow(() -> new NotFoundResponse("reporter " + reporter + " is not held"))));
        });
    }

    /**
     * The claim routes, for reporters (no token; the claim token of the gift's link is the secret; rate limited per client):
     * {@code GET /api/gift-claims?token} the gift, {@code POST /api/gift-claims {"token","name","address","phone"}} keeps the delivery
     * details (404 for an unknown token, 409 once the gift is shipped).
     */
    private static void registerClaims(RoutesConfig app, GiftClaims claims, int requestsPerMinute) {
        app.before("/api/gift-claims", ctx -> Authentication.rateLimit(ctx, requestsPerMinute));
        app.get("/api/gift-claims", ctx -> {
            String token = Strings.trimToNull(ctx.queryParam("token"));
            if (token == null) {
                throw new BadRequestResponse("'token' is required: the claim token of the gift's link");
            }
            ctx.json(claimView(claims.find(token).orElseThrow(() -> new NotFoundResponse("no gift has this claim link"))));
        });
        app.post("/api/gift-claims", ctx -> {
            JsonNode body = body(ctx);
            String token = Strings.trimToNull(body.path("token").asText(null));
            if (token == null) {
                throw new BadRequestResponse("'token' is required: the claim token of the gift's link");
            }
            GiftClaims.Claim claim;
            try {
                claim = new GiftClaims.Claim(body.path("name").asText(null), body.path("address").asText(null), body.path("phone").asText(null));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            try {
                ctx.json(claimView(claims.claim(token, claim).orElseThrow(() -> new NotFoundResponse("no gift has this claim link"))));
            } catch (GiftClaims.ShippedAlready e) {
                throw new ConflictResponse("the gift is on its way already: its delivery details can no longer change");
            }
        });
    }

    private static Map<String, Object> claimView(GiftClaims.Claimable gift) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("gift", gift.giftType());
        view.put("name", gift.greetingName());
        view.put("status", gift.status().code());
        view.put("open", gift.open());
        view.put("claimed_at", gift.claimedAt() == null ? null : gift.claimedAt().toString());
        return view;
    }

    private static Actor requireOps(Context ctx, String what) {
        Actor actor = Authentication.actor(ctx);
        new Authentication.Roles(Set.of(Role.OPS), "only ops may " + what).check(actor);
        return actor;
    }

    private static void csv(Context ctx, Gifts gifts, GiftFilter filter) throws IOException {
        ctx.header("X-Total-Count", Integer.toString(gifts.count(filter)));
        ctx.header("Content-Disposition", "attachment; filename=\"gifts.csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        boolean bom = "true".equalsIgnoreCase(ctx.queryParam("bom"));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            if (bom) {
                out.write('\uFEFF');
            }
            try (GiftCsv csv = new GiftCsv(out)) {
                gifts.forEach(filter, Integer.MAX_VALUE, csv::write);
            }
        }
    }

    private static void json(Context ctx, Gifts gifts, GiftFilter filter) throws IOException {
        ctx.header("X-Total-Count", Integer.toString(gifts.count(filter)));
        ctx.header("Content-Disposition", "attachment; filename=\"gifts.json\"");
        ctx.contentType("application/json");
        try (JsonGenerator out = JSON.getFactory().createGenerator(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            out.writeStartArray();
            gifts.forEach(filter, Integer.MAX_VALUE, gift -> {
                try {
                    JSON.writeValue(out, giftView(gift));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write gift " + gift.id() + " as JSON", e);
                }
            });
            out.writeEndArray();
        }
    }

    private static GiftFilter filter(Context ctx) {
        String status = Strings.trimToNull(ctx.queryParam("status"));
        Range range = Range.of(ctx, "from", "to");
        try {
            return new GiftFilter(range.from(), range.until(), Strings.trimToNull(ctx.queryParam("brand")),
                    Strings.trimToNull(ctx.queryParam("city")), status == null ? null : GiftStatus.fromCode(status));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    /**
     * A time range of two query parameters, each an instant ({@code 2026-11-23T10:00:00Z}) or a date ({@code 2026-11-23},
     * UTC): from its start, until (exclusive) the end's instant or the end of the end's day, so a range of one date is that
     * day. A start after the end is a 400.
     *
     * @param from  the start, inclusive; null when absent
     * @param until the end, exclusive; null when absent
     */
    record Range(Instant from, Instant until) {
        static Range of(Context ctx, String fromName, String toName) {
            String rawFrom = Strings.trimToNull(ctx.queryParam(fromName));
            String rawTo = Strings.trimToNull(ctx.queryParam(toName));
            Instant from = rawFrom == null ? null : start(fromName, rawFrom);
            Instant to = rawTo == null ? null : start(toName, rawTo);
            if (from != null && to != null && from.isAfter(to)) {
                throw new BadRequestResponse("'" + fromName + "' (" + rawFrom + ") is after '" + toName + "' (" + rawTo
                        + "): the range is inverted");
            }
            return new Range(from, to == null || !isDate(rawTo) ? to : to.plus(Duration.ofDays(1)));
        }

        private static boolean isDate(String raw) {
            return raw.length() == 10;
        }

        private static Instant start(String name, String raw) {
            try {
                return isDate(raw) ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
            } catch (DateTimeParseException e) {
                throw new BadRequestResponse("'" + name + "' must be an ISO-8601 instant or date: '" + raw + "'");
            }
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object");
            }
            return ApiJson.refuseNul(node);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    static Map<String, Object> giftView(Gift gift) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", gift.id());
        view.put("reporter_id", gift.reporterId());
        view.put("handle", gift.handle());
        view.put("source", gift.source());
        view.put("contact_channel", gift.contactChannel());
        view.put("verified_reports", gift.verifiedReports());
        view.put("brands", gift.brands());
        view.put("cities", gift.cities());
        view.put("note", gift.note());
        view.put("gift", gift.giftType());
        view.put("cost_minor", gift.costMinor());
        view.put("status", gift.status().code());
        view.put("queued_at", gift.queuedAt().toString());
        view.put("announced_at", gift.announcedAt() == null ? null : gift.announcedAt().toString());
        if (gift.delivery() == null) {
            view.put("delivery", null);
        } else {
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("name", gift.delivery().name());
            delivery.put("address", gift.delivery().address());
            delivery.put("phone", gift.delivery().phone());
            delivery.put("claimed_at", gift.delivery().claimedAt().toString());
            view.put("delivery", delivery);
        }
        return view;
    }

    private static Map<String, Object> entryView(LedgerEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("reporter_id", entry.reporterId());
        view.put("handle", entry.handle());
        view.put("kind", entry.kind());
        view.put("job_id", entry.jobId());
        view.put("amount", entry.amount());
        view.put("rank", entry.rank());
        view.put("held", entry.held());
        view.put("hold_reason", entry.holdReason());
        view.put("released_entry_id", entry.releasedEntryId());
        view.put("cause", entry.cause());
        view.put("earned_at", entry.earnedAt().toString());
        view.put("recorded_at", entry.recordedAt().toString());
        return view;
    }

    private static Map<String, Object> reporterView(ReporterSummary summary) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reporter_id", summary.reporterId());
        view.put("handle", summary.handle());
        view.put("source", summary.source());
        view.put("verified_reports", summary.verifiedReports());
        view.put("credits", summary.credits());
        view.put("held_credits", summary.heldCredits());
        view.put("flagged", summary.flagged());
        view.put("flag_reason", summary.flagReason());
        return view;
    }

    private static Map<String, Object> releaseView(Release release) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reporter_id", release.reporterId());
        view.put("handle", release.handle());
        view.put("reason", release.reason());
        view.put("held_at", release.heldAt() == null ? null : release.heldAt().toString());
        view.put("released_by", release.releasedBy());
        view.put("released_at", release.releasedAt().toString());
        view.put("released_credits", release.releasedCredits());
        return view;
    }

    private static Map<String, Object> holdView(Hold hold) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reporter_id", hold.reporterId());
        view.put("handle", hold.handle());
        view.put("source", hold.source());
        view.put("reason", hold.reason());
        view.put("held_at", hold.heldAt().toString());
        view.put("held_credits", hold.heldCredits());
        return view;
    }
}
