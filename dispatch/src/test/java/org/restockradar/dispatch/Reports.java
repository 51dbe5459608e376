package org.restockradar.dispatch;

import java.time.Instant;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;

/** Test reports: {@code Reports.report("x-1").at("OUT-1").sku("HIP-50G").by("@asha").build()}. */
public final class Reports {
    public static final Instant T0 = Instant.parse("2026-11-20T09:30:00Z");

    private final String mentionId;
    private String outletId = "OUT-PUNE-001";
    private String outletName = "Sharma General Store";
    private String locality = "Kothrud";
    private String city = "Pune";
    private String brand = "Hippo";
    private String sku = "HIPPO-CHIPS-50G";
    private String handle = "@asha";
    private String displayName;
    private String text = "can't find Hippo chips at Sharma General Store, Kothrud";
    private Instant reportedAt = T0;

    private Reports(String mentionId) {
        this.mentionId = mentionId;
    }

    public static Reports report(String mentionId) {
        return new Reports(mentionId);
    }

    public Reports at(String outletId, String outletName, String locality, String city) {
        this.outletId = outletId;
        this.outletName = outletName;
        this.locality = locality;
        this.city = city;
        return this;
    }

    public Reports withoutOutlet() {
        this.outletId = null;
        this.outletName = null;
        return this;
    }

    public Reports sku(String sku) {
        this.sku = sku;
        return this;
    }

    public Reports brand(String brand) {
        this.brand = brand;
        return this;
    }

    public Reports by(String handle) {
        this.handle = handle;
        return this;
    }

    /** The reporter's display name as the source gave it. */
    public Reports named(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public Reports text(String text) {
        this.text = text;
        return this;
    }

    public Reports reportedAt(Instant reportedAt) {
        this.reportedAt = reportedAt;
        return this;
    }

    public StockoutReport build() {
        return new StockoutReport(mentionId, Source.X, reportedAt, new Author("id-" + handle, handle, displayName, null, null), text,
                brand, sku, outletId, outletName, locality, city, 0.9);
    }
}
