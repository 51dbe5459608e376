package org.restockradar.launcher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.restockradar.rewards.GiftCsv;
import org.restockradar.rewards.GiftStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restock-radar export-rewards --api http://localhost:8080 --token T --out rewards.csv [filters]}: the marketers'
 * gift list, streamed from {@code GET /api/rewards/gifts.csv} (or {@code .json}) into a file, with a progress bar on
 * standard error, and optionally the exported gifts marked shipped. It goes through the API rather than the database:
 * a marketer needs a token, not database credentials, the roles are checked in one place, and the server streams
 * the rows from a cursor, so neither side holds the whole list. The file is written beside the target and moved
 * into place when complete, so a broken transfer never leaves half a list that looks whole.
 */
@Command(name = "export-rewards", mixinStandardHelpOptions = true,
        description = "Exports the reward (gift) list as CSV or JSON from the dispatch API, for marketers.")
public final class ExportRewardsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MARK_BATCH = 1_000;

    @Option(names = "--api", defaultValue = "http://localhost:8080", description = "the dispatch API (default: ${DEFAULT-VALUE})")
    URI api;

    @Option(names = "--token", description = "an ops or marketer token (default: the RR_TOKEN environment variable)", defaultValue = "${env:RR_TOKEN}")
    String token;

    @Option(names = "--out", required = true, description = "the file to write")
    Path out;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--from", description = "gifts queued at or after (ISO instant or date)")
    String from;

    @Option(names = "--to", description = "gifts queued before (ISO instant or date)")
    String to;

    @Option(names = "--brand", description = "gifts for reports of this brand")
    String brand;

    @Option(names = "--city", description = "gifts for reports in this city")
    String city;

    @Option(names = "--status", description = "queued, address_requested, shipped or delivered")
    String status;

    @Option(names = "--bom", description = "start the CSV with a UTF-8 byte order mark (for spreadsheets that need one to read UTF-8)")
    boolean bom;

    @Option(names = "--mark-shipped", description = "after the export, mark every exported gift shipped")
    boolean markShipped;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (token == null || token.isBlank()) {
            System.err.println("export-rewards needs a token: --token T or RR_TOKEN (an ops or marketer token; the demo logs one)");
            return 2;
        }
        boolean csv = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("--format is csv or json: " + format);
        };
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(api.resolve("/api/rewards/gifts." + (csv ? "csv" : "json") + query()))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                System.err.printf("export failed: HTTP %d %s%n", response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            return 1;
        }
        long total = response.headers().firstValueAsLong("X-Total-Count").orElse(-1);
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        List<Long> ids;
        try (InputStream body = response.body(); Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             ProgressBar progress = progress(total)) {
            ids = csv ? copyCsv(body, writer, progress) : copyJson(body, writer, progress);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("%d gifts written to %s%n", ids.size(), out.toAbsolutePath());
        if (markShipped) {
            System.err.printf("%d gifts marked shipped%n", markShipped(ids));
        }
        return 0;
    }

    private List<Long> copyCsv(InputStream body, Writer writer, ProgressBar progress) throws IOException {
        List<Long> ids = new ArrayList<>();
        if (bom) {
            writer.write('\uFEFF');
        }
        // Read and printed with the same RFC 4180 format: the cells arrive already escaped by the server and stay as they are.
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(GiftCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
             CSVPrinter printer = new CSVPrinter(new BufferedWriter(writer), GiftCsv.FORMAT)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                printer.printRecord(record.values());
                if (shippable(record.get("status"))) {
                    ids.add(Long.parseLong(record.get("id")));
                }
                progress.step();
            }
        }
        return ids;
    }

    private List<Long> copyJson(InputStream body, Writer writer, ProgressBar progress) throws IOException {
        List<Long> ids = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(body); JsonGenerator generator = JSON.getFactory().createGenerator(writer)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("the API did not answer a JSON array");
            }
            generator.writeStartArray();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode gift = JSON.readTree(parser);
                JSON.writeTree(generator, gift);
                if (shippable(gift.path("status").asText())) {
                    ids.add(gift.get("id").asLong());
                }
                progress.step();
            }
            generator.writeEndArray();
        }
        return ids;
    }

    /** Whether {@code --mark-shipped} takes a gift of this status: not one delivered already (the API refuses that move, 409). */
    static boolean shippable(String status) {
        GiftStatus current = GiftStatus.fromCode(status);
        return current == GiftStatus.SHIPPED || current.canMoveTo(GiftStatus.SHIPPED);
    }

    private int markShipped(List<Long> ids) throws IOException, InterruptedException {
        int updated = 0;
        for (int start = 0; start < ids.size(); start += MARK_BATCH) {
            String body = JSON.writeValueAsString(Map.of("ids", ids.subList(start, Math.min(ids.size(), start + MARK_BATCH)), "status", "shipped"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("/api/rewards/gifts/status"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("marking gifts shipped failed after " + updated + ": HTTP " + response.statusCode() + " " + response.body());
            }
            updated += JSON.readTree(response.body()).get("updated").asInt();
        }
        return updated;
    }

    private ProgressBar progress(long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("gifts").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200);
        if (noProgress) {
            builder.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> { }));
        }
        return builder.build();
    }

    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "from", from);
        put(params, "to", to);
        put(params, "brand", brand);
        put(params, "city", city);
        put(params, "status", status);
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value.trim());
        }
    }
}
