package org.restockradar.stream.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code labels.jsonl} (the truth) or of a predictions file (what the stage said); the format is in
 * docs/understanding.md. The last three fields are optional and only describe the truth: {@code category} (what
 * kind of post it is, such as "negation" or "device-location"), {@code lang} (the language it is written in) and,
 * in a contrast set, {@code base} (the id of the original mention this one is a minimal edit of).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Label(String id, boolean stockout, String sku, String outletId, String city, String locality,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String category,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String lang,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String base) {
    public Label {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("label without an id");
        }
    }

    /** A label without category, language or base: the form of a prediction. */
    public Label(String id, boolean stockout, String sku, String outletId, String city, String locality) {
        this(id, stockout, sku, outletId, city, locality, null, null, null);
    }
}
