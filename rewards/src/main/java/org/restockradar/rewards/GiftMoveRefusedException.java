package org.restockradar.rewards;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A status change refused as a whole, so nothing moved: some gifts do not exist (the API answers 404) or may not move to
 * the status asked for (409).
 */
public final class GiftMoveRefusedException extends RuntimeException {
    private final transient List<Long> missing;
    private final transient Map<Long, GiftStatus> refused;

    /**
     * @param missing the ids of no gift
     * @param refused each gift that may not move, with its status now
     */
    GiftMoveRefusedException(GiftStatus target, List<Long> missing, Map<Long, GiftStatus> refused) {
        super(message(target, missing, refused));
        this.missing = List.copyOf(missing);
        this.refused = Map.copyOf(refused);
    }

    /** The ids of no gift. */
    public List<Long> missing() {
        return missing;
    }

    /** Each gift that may not move, with its status now. */
    public Map<Long, GiftStatus> refused() {
        return refused;
    }

    private static String message(GiftStatus target, List<Long> missing, Map<Long, GiftStatus> refused) {
        String from = target.allowedFrom().isEmpty() ? "nothing"
                : target.allowedFrom().stream().map(GiftStatus::code).collect(Collectors.joining(" or "));
        StringBuilder text = new StringBuilder("no gift moved to ").append(target.code());
        if (!missing.isEmpty()) {
            text.append("; no such gifts: ").append(missing.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (!refused.isEmpty()) {
            text.append("; a gift moves to ").append(target.code()).append(" only from ").append(from).append(", and ")
                    .append(refused.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> "gift " + e.getKey() + " is " + e.getValue().code()).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
