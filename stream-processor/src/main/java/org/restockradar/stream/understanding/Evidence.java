package org.restockradar.stream.understanding;

import java.util.List;

/**
 * Why the understanding stage concluded what it did, for {@code evaluate --explain} and for ops: the absence or
 * availability predicate it read, what that predicate is about, the cues that weighed, and what decided the place.
 * Every part is optional; the stage fills what it knows.
 *
 * @param predicate the predicate read ("absence", "availability", "request"...), or null when none was read
 * @param argument  what the predicate is about (the brand or product words), or null
 * @param cues      the cues that weighed in the decision, in the order they were found; never null
 * @param place     what decided the city, locality and outlet ("outlet by shop name", "device location: ..."), or null
 */
public record Evidence(String predicate, String argument, List<String> cues, String place) {
    /** Nothing known. */
    public static final Evidence EMPTY = new Evidence(null, null, List.of(), null);

    public Evidence {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** Each kind of argument by its name in lower case, as the explanation writes it (built once, not per mention). */
    private static final String[] KIND_NAMES = java.util.Arrays.stream(IntentReader.ArgumentKind.values())
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    /** Only where the place came from. */
    public static Evidence ofPlace(String place) {
        return new Evidence(null, null, List.of(), place);
    }

    /** What the intent reader read: the predicate, its argument with its kind, and the cues that kept or undid it. */
    public static Evidence ofReading(IntentReader.Reading reading) {
        if (reading == null || reading.predicate().isEmpty() && reading.kind() == IntentReader.ArgumentKind.NONE) {
            return EMPTY;
        }
        String argument = reading.argument().isEmpty() ? "-" : reading.argument();
        return new Evidence(reading.predicate(), argument + " (" + KIND_NAMES[reading.kind().ordinal()] + ")",
                reading.cues().isEmpty() ? List.of() : List.of(reading.cues()), null);
    }

    /** A copy with the place set. */
    public Evidence withPlace(String newPlace) {
        return new Evidence(predicate, argument, cues, newPlace);
    }
}
