package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class OutletDirectoryTest {

    private static Outlet outlet(String id, String name, String locality, double lat, double lon) {
        return new Outlet(id, name, "Main Road, " + locality + ", Indore 452001", locality, "Indore", null, "India", new GeoPoint(lat, lon));
    }

    @Test
    void shouldFindOutletsNearAPointNearestFirst() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Vijay Nagar", 22.75000, 75.89000));
        d.put(outlet("B", "Soni Stores", "Vijay Nagar", 22.75030, 75.89000));
        d.put(outlet("C", "Far Away Mart", "Rajwada", 22.71800, 75.85500));
        assertThat(d.near(new GeoPoint(22.75001, 75.89001), 60)).extracting(Outlet::outletId).containsExactly("A", "B");
        assertThat(d.near(new GeoPoint(22.75001, 75.89001), 10)).extracting(Outlet::outletId).containsExactly("A");
    }

    @Test
    void shouldReindexAnOutletThatMovesOrIsRenamed() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Vijay Nagar", 22.75000, 75.89000));
        d.put(outlet("A", "Soni Stores", "Rajwada", 22.71800, 75.85500));
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.near(new GeoPoint(22.75000, 75.89000), 50)).isEmpty();
        assertThat(d.near(new GeoPoint(22.71800, 75.85500), 50)).extracting(Outlet::outletId).containsExactly("A");
        assertThat(d.withNameKey(Names.canonicalKey("jain"))).isEmpty();
        assertThat(d.withNameKey(Names.canonicalKey("soni"))).extracting(e -> e.outlet().outletId()).containsExactly("A");
    }

    @Test
    void shouldForgetARemovedOutlet() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Vijay Nagar", 22.75000, 75.89000));
        d.remove("A");
        assertThat(d.get("A")).isEmpty();
        assertThat(d.size()).isZero();
        assertThat(d.near(new GeoPoint(22.75000, 75.89000), 50)).isEmpty();
        assertThat(d.localitiesNamed(OutletDirectory.placeKey("Vijay Nagar"))).isEmpty();
        assertThat(d.city(OutletDirectory.placeKey("Indore"))).isEmpty();
    }

    @Test
    void shouldListAKeyWithoutEachOfItsCharactersInTurn() {
        assertThat(OutletDirectory.deletionsOf("abcd")).containsExactly("bcd", "acd", "abd", "abc");
        assertThat(OutletDirectory.deletionsOf("aab")).containsExactly("ab", "ab", "aa");
        assertThat(OutletDirectory.deletionsOf("x")).containsExactly("");
        assertThat(OutletDirectory.deletionsOf("")).isEmpty();
    }

    @Test
    void shouldFindNameKeysOneEditAway() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Annapoorna Stores", "Vijay Nagar", 22.75, 75.89));
        assertThat(d.nameKeysNear(Names.canonicalKey("annapoorma"))).contains(Names.canonicalKey("annapoorna"));
        assertThat(d.nameKeysNear(Names.canonicalKey("xnnapoorna"))).isEmpty();
    }

    @Test
    void shouldLearnPincodesFromAddresses() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Vijay Nagar", 22.75, 75.89));
        assertThat(d.pincode("452001")).hasSize(1);
        assertThat(d.pincode("452001").values().iterator().next().display).isEqualTo("Vijay Nagar");
    }

    @Test
    void shouldFileALocalityAlsoUnderItsWordsWrittenAsOne() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Rau Nagar", 22.75, 75.89));
        d.put(outlet("B", "Mehta Medicals", "M G Road", 22.72, 75.87));
        assertThat(d.localitiesNamed(Names.canonicalKey("raunagar"))).containsKey(OutletDirectory.placeKey("Indore"));
        assertThat(d.localitiesNamed(Names.canonicalKey("mgroad"))).containsKey(OutletDirectory.placeKey("Indore"));
        assertThat(d.localitiesNamed(Names.canonicalKey("jainagar"))).isEmpty();
    }

    @Test
    void shouldFindNamesAndLocalitiesByTheirConsonants() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Bhandari Provisions", "Bhanwarkuan", 22.72, 75.88));
        assertThat(d.nameKeysOfSkeleton(Names.canonicalKey("bhndri"))).containsExactly(Names.canonicalKey("bhandari"));
        assertThat(d.localityKeysOfSkeleton(Names.canonicalKey("bhnwrkn"))).containsExactly(OutletDirectory.placeKey("Bhanwarkuan"));
        // the first letter must agree, and three consonants are too few to tell a name
        assertThat(d.nameKeysOfSkeleton(Names.canonicalKey("phndri"))).isEmpty();
        assertThat(d.nameKeysOfSkeleton(Names.canonicalKey("bdr"))).isEmpty();
    }

    @Test
    void shouldFindALocalityByTheConsonantsAtTheStartOfAWordWithACaseEnding() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Sudama Nagar", 22.70, 75.84));
        assertThat(d.localityKeysOfSkeletonPrefix(Names.canonicalKey("सुदामानगरमध्ये")))
                .contains(String.join("", Names.keys("Sudama Nagar")));
    }

    @Test
    void shouldTellTheFirstWordOfALocalityNameFromAWholeName() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Saket Nagar", 22.70, 75.84));
        d.put(outlet("B", "Jain Kirana", "Bicholi", 22.71, 75.85));
        assertThat(d.isHeadOfLocality(Names.canonicalKey("saket"))).isTrue();
        assertThat(d.isHeadOfLocality(Names.canonicalKey("bicholi"))).isFalse();
    }

    @Test
    void shouldKeepTheOutletsOfALocalityNamedInTwoCitiesApartAndForgetARemovedOne() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Jain Kirana", "Gandhi Nagar", 22.75, 75.89));
        d.put(new Outlet("B", "Jain Kirana", "Station Road, Gandhi Nagar, Bhopal 462001", "Gandhi Nagar", "Bhopal",
                null, "India", new GeoPoint(23.25, 77.41)));
        String indore = OutletDirectory.placeKey("Indore");
        String bhopal = OutletDirectory.placeKey("Bhopal");
        String gandhiNagar = OutletDirectory.placeKey("Gandhi Nagar");
        String jain = Names.canonicalKey("jain");

        assertThat(d.inLocality(indore, gandhiNagar)).extracting(e -> e.outlet().outletId()).containsExactly("A");
        assertThat(d.inLocality(bhopal, gandhiNagar)).extracting(e -> e.outlet().outletId()).containsExactly("B");
        assertThat(d.inLocality("", gandhiNagar)).isEmpty();
        assertThat(d.nameIndexOfLocality(indore, gandhiNagar).get(jain).size()).isEqualTo(1);
        assertThat(d.nameIndexOfLocality(gandhiNagar).get(jain).size()).isEqualTo(2);
        assertThat(d.nameIndexOfLocality(indore, OutletDirectory.placeKey("Rajwada"))).isEmpty();

        d.remove("A");

        assertThat(d.inLocality(indore, gandhiNagar)).isEmpty();
        assertThat(d.nameIndexOfLocality(indore, gandhiNagar).get(jain).isEmpty()).isTrue();
        assertThat(d.inLocality(bhopal, gandhiNagar)).extracting(e -> e.outlet().outletId()).containsExactly("B");
    }

    @Test
    void shouldHashAKeyWithoutOneCharacterAsTheStringOfThatDeletion() {
        for (String key : new String[] {"annapoorna", "kirana", "शिवाजीनगर", "ab"}) {
            java.util.List<String> deletions = OutletDirectory.deletionsOf(key);
            for (int i = 0; i < key.length(); i++) {
                assertThat(OutletDirectory.hashWithout(key, i)).as(key + " without " + i)
                        .isEqualTo(deletions.get(i).hashCode());
            }
        }
    }

    @Test
    void shouldFindNameKeysOneEditAwayByADeletionOfEitherSide() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Annapoorna Stores", "Vijay Nagar", 22.75, 75.89));
        String key = Names.canonicalKey("annapoorna");
        char other = key.charAt(4) == 'x' ? 'y' : 'x';

        // a letter more in the post (a deletion of the post's word is the name's key), a letter fewer (a deletion of
        // the name's key is the post's word), a letter changed (both share a deletion)
        assertThat(d.nameKeysNear(key.substring(0, 4) + other + key.substring(4))).containsExactly(key);
        assertThat(d.nameKeysNear(key.substring(0, 4) + key.substring(5))).containsExactly(key);
        assertThat(d.nameKeysNear(key.substring(0, 4) + other + key.substring(5))).containsExactly(key);
        assertThat(d.nameKeysNear(other + key)).isEmpty();
    }

    @Test
    void shouldHashKeysJoinedBySpacesAsTheStringOfThatPhrase() {
        java.util.List<String> keys = java.util.List.of("lajpat", "nagar", "गांधी", "x", "");
        for (int from = 0; from < keys.size(); from++) {
            for (int to = from + 1; to <= keys.size(); to++) {
                assertThat(OutletDirectory.joinedHash(keys, from, to)).as(from + " to " + to)
                        .isEqualTo(String.join(" ", keys.subList(from, to)).hashCode());
            }
        }
    }

    @Test
    void shouldFindALocalityOrCityOfSeveralWordsAmongThePostsKeysAsByItsPhrase() {
        OutletDirectory d = new OutletDirectory();
        d.put(new Outlet("A", "Jain Kirana", "Main Road, Lajpat Nagar, New Delhi 110024", "Lajpat Nagar", "New Delhi",
                null, "India", new GeoPoint(28.57, 77.24)));
        java.util.List<String> keys = java.util.List.of("jain", "kirana", OutletDirectory.placeKey("Lajpat"),
                OutletDirectory.placeKey("Nagar"), OutletDirectory.placeKey("New"), OutletDirectory.placeKey("Delhi"));

        for (int from = 0; from < keys.size(); from++) {
            for (int to = from + 1; to <= keys.size(); to++) {
                String phrase = String.join(" ", keys.subList(from, to));
                assertThat(d.localitiesNamed(keys, from, to)).as(phrase).isEqualTo(d.localitiesNamed(phrase));
                assertThat(d.cityNamed(keys, from, to)).as(phrase).isEqualTo(d.cityNamed(phrase));
            }
        }
        assertThat(d.localitiesNamed(keys, 2, 4)).containsKey(OutletDirectory.placeKey("New Delhi"));
        assertThat(d.cityNamed(keys, 4, 6)).contains(OutletDirectory.placeKey("New Delhi"));
        assertThat(d.localitiesNamed(keys, 1, 3)).isEmpty();
    }
}
