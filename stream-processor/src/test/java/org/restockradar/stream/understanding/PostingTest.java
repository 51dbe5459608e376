package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class PostingTest {

    private static List<OutletDirectory.Entry> entries(int n) {
        OutletDirectory directory = new OutletDirectory();
        List<OutletDirectory.Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            directory.put(new Outlet("O-" + i, "Shop " + i, "Main Road", "Vijay Nagar", "Indore", null, "India",
                    new GeoPoint(22.7 + i * 1e-4, 75.8)));
            entries.add(directory.entry("O-" + i));
        }
        return entries;
    }

    private static List<OutletDirectory.Entry> walk(Posting posting) {
        List<OutletDirectory.Entry> walked = new ArrayList<>();
        posting.forEach(walked::add);
        return walked;
    }

    @Test
    void shouldWalkItsOutletsInTheOrderAddedAndLeaveOutARemovedOne() {
        List<OutletDirectory.Entry> e = entries(5);
        Posting posting = new Posting();
        e.forEach(posting::add);
        posting.remove(e.get(1));
        posting.remove(e.get(4));
        posting.remove(e.get(4)); // not there any more: nothing happens

        assertThat(walk(posting)).containsExactly(e.get(0), e.get(2), e.get(3));
        assertThat(posting.size()).isEqualTo(3);
        posting.add(e.get(1));
        assertThat(walk(posting)).containsExactly(e.get(0), e.get(2), e.get(3), e.get(1));
    }

    @Test
    void shouldNeverHandAReaderAnEmptySlotWhileOutletsComeAndGo() throws Exception {
        List<OutletDirectory.Entry> e = entries(64);
        Posting posting = new Posting();
        posting.add(e.get(0)); // always there
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                List<OutletDirectory.Entry> seen = walk(posting);
                if (seen.contains(null) || !seen.contains(e.get(0))) {
                    problem.set("read " + seen);
                }
            }
        });
        reader.start();
        for (int round = 0; round < 2_000; round++) {
            for (int i = 1; i < e.size(); i++) {
                posting.add(e.get(i));
            }
            for (int i = 1; i < e.size(); i++) {
                posting.remove(e.get(i));
            }
        }
        done.set(true);
        reader.join();

        assertThat(problem.get()).isNull();
        assertThat(walk(posting)).containsExactly(e.get(0));
    }
}
