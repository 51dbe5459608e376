package org.restockradar.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of a bench ({@link StreamBench}, {@link IngestBench}): {@code --name value} options out of a known
 * list and the flag {@code --jfr}; anything else is refused with the usage.
 */
record BenchArgs(Map<String, String> values, boolean jfr) {

    static BenchArgs parse(String[] args, List<String> known, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean jfr = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jfr")) {
                jfr = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                values.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("not an option: " + args[i] + "\n" + usage);
            }
        }
        values.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown option --" + k + "\n" + usage);
        });
        return new BenchArgs(Map.copyOf(values), jfr);
    }
}
