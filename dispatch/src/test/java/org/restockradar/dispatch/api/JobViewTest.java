package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;

final class JobViewTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant FIRST = Instant.parse("2026-11-20T09:30:00.123Z");

    @Test
    void shouldShowAJobInCamelCaseWithIsoInstantsAndItsReporters() {
        Job job = new Job(42, "OUT-PUNE-001", "Sharma General Store", "Pune", "Kothrud", "Hippo", null, "brand:Hippo",
                JobStatus.REPORTED, CREATED, FIRST, FIRST.plusSeconds(48 * 3600), 3, CREATED, List.of("@asha", "@ravi"));

        JsonNode json = ApiJson.mapper().valueToTree(JobView.of(job));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "outlet_id", "outlet_name", "city", "locality", "brand", "sku", "product_key",
                "status", "created_at", "first_reported_at", "due_at", "updated_at", "report_count", "reporters",
                "crew_id", "uncovered", "outlet_location", "distance_km", "route_order");
        assertThat(json.get("id").asLong()).isEqualTo(42);
        assertThat(json.get("sku").isNull()).as("sku is shown, as null, for a brand-level job").isTrue();
        assertThat(json.get("status").asText()).isEqualTo("reported");
        assertThat(json.get("created_at").asText()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(json.get("due_at").asText()).isEqualTo("2026-11-22T09:30:00.123Z");
        assertThat(json.get("report_count").isInt()).isTrue();
        assertThat(json.get("reporters")).extracting(JsonNode::asText).containsExactly("@asha", "@ravi");
    }
}
