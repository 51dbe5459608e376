package org.restockradar.dispatch.outlets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;

/** Table outlet on a real PostgreSQL: idempotent upserts, tombstones, open-job counts and the jobs' outlet location. */
@Tag("integration")
final class OutletStoreIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private static HikariDataSource database;
    private static OutletStore outlets;
    private static JobStore jobs;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
        outlets = new OutletStore(database, CLOCK);
        jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void shouldUpsertByIdIdempotentlyAndParseThePincode() {
        Outlet first = outlet("OUT-S-1", "Sharma General Store", "Paud Rd, Kothrud, Pune 411038");
        outlets.upsert(first);
        outlets.upsert(first);
        outlets.upsert(outlet("OUT-S-1", "Sharma Kirana", "Paud Rd, Kothrud, Pune 411038"));

        assertThat(outlets.find("OUT-S-1")).hasValueSatisfying(saved -> {
            assertThat(saved.name()).isEqualTo("Sharma Kirana");
            assertThat(saved.pincode()).isEqualTo("411038");
            assertThat(saved.lat()).isEqualTo(18.5074);
        });
        assertThat(outlets.list(false)).filteredOn(listed -> listed.id().equals("OUT-S-1")).hasSize(1);
    }

    @Test
    void shouldHideAnOutletATombstoneRemovedUntilItIsPublishedAgain() {
        outlets.upsert(outlet("OUT-S-2", "Gone Store", "Kothrud, Pune 411038"));

        outlets.remove("OUT-S-2");
        outlets.remove("OUT-S-2");
        outlets.remove("OUT-NEVER-SEEN");

        assertThat(outlets.list(false)).extracting(OutletStore.Listed::id).doesNotContain("OUT-S-2");
        outlets.upsert(outlet("OUT-S-2", "Back Store", "Kothrud, Pune 411038"));
        assertThat(outlets.list(false)).extracting(OutletStore.Listed::id).contains("OUT-S-2");
    }

    @Test
    void shouldApplyAPollOfChangesInOneGoAsIfOneByOne() {
        outlets.upsert(outlet("OUT-S-6", "Leaving Store", "Kothrud, Pune 411038"));
        List<OutletStore.Change> poll = List.of(
                new OutletStore.Change("OUT-S-5", outlet("OUT-S-5", "New Store", "Paud Rd, Kothrud, Pune 411038"), false),
                new OutletStore.Change("OUT-S-6", null, true),
                new OutletStore.Change("OUT-S-7", outlet("OUT-S-7", "Brief Store", "Kothrud, Pune 411038"), true),
                new OutletStore.Change("OUT-NEVER-SEEN-2", null, true));

        outlets.applyAll(poll);
        outlets.applyAll(poll);

        assertThat(outlets.find("OUT-S-5")).hasValueSatisfying(saved -> {
            assertThat(saved.name()).isEqualTo("New Store");
            assertThat(saved.pincode()).isEqualTo("411038");
        });
        assertThat(outlets.find("OUT-S-7")).as("written, then marked removed, as one by one would").isPresent();
        assertThat(outlets.list(false)).extracting(OutletStore.Listed::id).contains("OUT-S-5")
                .doesNotContain("OUT-S-6", "OUT-S-7", "OUT-NEVER-SEEN-2");
        assertThat(outlets.list(false)).filteredOn(listed -> listed.id().equals("OUT-S-5")).hasSize(1);
    }

    @Test
    void shouldCountOpenJobsAndGiveJobsTheOutletLocation() {
        outlets.upsert(outlet("OUT-S-3", "Busy Store", "Kothrud, Pune 411038"));
        outlets.upsert(outlet("OUT-S-4", "Quiet Store", "Kothrud, Pune 411038"));
        long job = jobs.record(report("o-1").at("OUT-S-3", "Busy Store", "Kothrud", "Pune").build()).jobId();
        jobs.record(report("o-2").at("OUT-S-3", "Busy Store", "Kothrud", "Pune").sku("OTHER-SKU").build());
        long unknown = jobs.record(report("o-3").at("OUT-NOT-IN-REGISTRY", "Nowhere", "Kothrud", "Pune").build()).jobId();

        assertThat(outlets.list(true)).extracting(OutletStore.Listed::id).contains("OUT-S-3").doesNotContain("OUT-S-4");
        assertThat(outlets.find("OUT-S-3").orElseThrow().openJobs()).isEqualTo(2);
        assertThat(jobs.find(job).orElseThrow().outletLocation()).isEqualTo(new GeoPoint(18.5074, 73.8077));
        assertThat(jobs.find(unknown).orElseThrow().outletLocation()).isNull();
    }

    static Outlet outlet(String id, String name, String address) {
        return new Outlet(id, name, address, "Kothrud", "Pune", "Maharashtra", "India", new GeoPoint(18.5074, 73.8077));
    }
}
