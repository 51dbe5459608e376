package org.restockradar.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class LuceneOutletPeerTest {
    private static final Outlet GANESH_PUNE = outlet("P-1", "Shree Ganesh Kirana Store", "Kothrud", "Pune");
    private static final Outlet SHARMA_PUNE = outlet("P-2", "Sharma General Store", "Kothrud", "Pune");
    private static final Outlet GANESH_NAGPUR = outlet("N-1", "Shree Ganesh Kirana Store", "Sitabuldi", "Nagpur");
    private static final Outlet VENKATESHWARA_NAGPUR = outlet("N-2", "Venkateshwara Provision Store", "Sitabuldi", "Nagpur");
    private static final Outlet CAFE_PUNE = outlet("P-3", "Café Noble", "Aundh", "Pune");

    @TempDir
    Path folder;
    private MMapDirectory directory;
    private LuceneOutletPeer peer;

    @BeforeEach
    void index() throws IOException {
        directory = new MMapDirectory(folder);
        peer = LuceneOutletPeer.index(List.of(GANESH_PUNE, SHARMA_PUNE, GANESH_NAGPUR, VENKATESHWARA_NAGPUR, CAFE_PUNE),
                directory);
    }

    @AfterEach
    void close() throws IOException {
        peer.close();
        directory.close();
    }

    @Test
    void shouldFindOutletByMisspeltNameWithinItsCity() {
        assertThat(peer.find("no hippo at Shree Ganseh Kirana Stroe today", "Pune", null)).contains(GANESH_PUNE);
        assertThat(peer.find("no hippo at Shree Ganseh Kirana Stroe today", "Nagpur", null)).contains(GANESH_NAGPUR);
        assertThat(peer.find("venkateswara provison store sitabuldi out of hippo", "Nagpur", "Sitabuldi"))
                .contains(VENKATESHWARA_NAGPUR);
    }

    @Test
    void shouldNotFindOutletOfAnotherCityOrLocality() {
        assertThat(peer.find("venkateswara provison store out of hippo", "Pune", null)).isEmpty();
        assertThat(peer.find("no hippo at Shree Ganesh Kirana Store", "Pune", "Aundh")).isEmpty();
    }

    @Test
    void shouldFoldCaseAndDiacritics() {
        assertThat(peer.find("CAFE NOBLE has no appy fizz", "pune", "AUNDH")).contains(CAFE_PUNE);
    }

    @Test
    void shouldNotTakeAnOutletWhoseNameTheTextBarelyCovers() {
        // "store" is one of the three words of Sharma General Store: under the two thirds the peer asks for
        assertThat(peer.find("no hippo at the store", "Pune", "Kothrud")).isEmpty();
        assertThat(peer.find("no hippo at sharma store", "Pune", "Kothrud")).contains(SHARMA_PUNE);
    }

    private static Outlet outlet(String id, String name, String locality, String city) {
        return new Outlet(id, name, "Main Road, " + locality + ", " + city, locality, city, null, "India",
                new GeoPoint(18.5, 73.8));
    }
}
