package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class OutletMatcherCandidatesTest {

    @Test
    void shouldKeepEachOutletOnceInTheOrderFoundWhileGrowing() {
        OutletDirectory directory = new OutletDirectory();
        List<OutletDirectory.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            directory.put(new Outlet("O-" + i, "Shop " + i, "Main Road", "Vijay Nagar", "Indore", null, "India",
                    new GeoPoint(22.7 + i * 1e-4, 75.8)));
            entries.add(directory.entry("O-" + i));
        }
        OutletMatcher.Candidates candidates = new OutletMatcher.Candidates();
        candidates.addAll(entries.subList(0, 200));
        candidates.addAll(entries.subList(100, 300)); // 100 of them a second time
        candidates.add(entries.get(0));

        assertThat(candidates.size()).isEqualTo(300);
        List<OutletDirectory.Entry> walked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            walked.add(candidates.get(i));
        }
        assertThat(walked).containsExactlyElementsOf(entries);
    }
}
