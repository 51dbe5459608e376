package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded process spent its CPU: reads the execution samples of a Java Flight Recorder file (as
 * {@code LoadHarness --jfr} writes one per stream processor) and prints the share of samples per thread, per method on
 * top of the stack (self time), and per method anywhere on the stack (with its callees), the {@code top} largest each;
 * with a third argument, only the samples of the threads whose name contains it ({@code StreamThread}: the processing,
 * without the start-up's loading of the registry on the global thread).
 * <pre>java -cp ... org.restockradar.benchmarks.load.JfrProfile stream-processor-0.jfr [top [thread]]</pre>
 */
public final class JfrProfile {
    private JfrProfile() {
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String threads = args.length > 2 ? args[2] : "";
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            if (!thread.contains(threads)) {
                continue;
            }
            samples++;
            byThread.merge(thread.replaceAll("-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "").replaceAll("\\d+$", "N"), 1, Integer::sum);
            RecordedStackTrace stack = event.getStackTrace();
            List<RecordedFrame> frames = stack.getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seen.add(name(frame))) {
                    total.merge(name(frame), 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, args[0]);
        print("by thread", byThread, samples, top);
        print("self (method on top of the stack)", self, samples, top);
        print("total (method anywhere on the stack, callees included)", total, samples, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n" + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
