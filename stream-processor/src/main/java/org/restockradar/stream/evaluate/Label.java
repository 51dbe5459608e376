package org.restockradar.stream.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code labels.jsonl} (the truth) or of a predictions file (what the stage said), in the form of
 * {@code shared/eval/FORMAT.md}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Label(String id, boolean stockout, String sku, String outletId, String city, String locality) {
    public Label {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("label without an id");
        }
    }
}
