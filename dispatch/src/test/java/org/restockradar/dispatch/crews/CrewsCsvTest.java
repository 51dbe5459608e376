package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalTime;
import java.util.List;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;

final class CrewsCsvTest {
    private static final String HEADER = "crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end\n";

    @Test
    void shouldReadCrewsWithTheirTerritoryCapacityAndShift() throws IOException {
        List<Crew> crews = CrewsCsv.read(new StringReader(HEADER
                + "van-pune-1,Pune Van 1,van,Pune,Kothrud; Baner ;Aundh,40,08:00,18:00\n"
                + "rep-mum-1,\"Patil, Field Rep\",field_rep,Mumbai,Dadar West,12,10:00,19:30\n"), "crews.csv");

        assertThat(crews).hasSize(2);
        assertThat(crews.get(0).localities()).containsExactlyInAnyOrder("pune|kothrud", "pune|baner", "pune|aundh");
        assertThat(crews.get(0).kind()).isEqualTo(Crew.Kind.VAN);
        assertThat(crews.get(0).dailyCapacity()).isEqualTo(40);
        assertThat(crews.get(0).shiftStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(crews.get(1).name()).isEqualTo("Patil, Field Rep");
        assertThat(crews.get(1).kind()).isEqualTo(Crew.Kind.FIELD_REP);
        assertThat(crews.get(1).shiftEnd()).isEqualTo(LocalTime.of(19, 30));
    }

    @Test
    void shouldMergeTheRowsOfACrewThatSpansCities() throws IOException {
        List<Crew> crews = CrewsCsv.read(new StringReader(HEADER
                + "van-1,Van 1,van,Pune,Kothrud,40,08:00,18:00\n"
                + "van-1,Van 1,van,Pimpri-Chinchwad,Wakad,40,08:00,18:00\n"), "crews.csv");

        assertThat(crews).singleElement().satisfies(crew ->
                assertThat(crew.localities()).containsExactlyInAnyOrder("pune|kothrud", "pimpri-chinchwad|wakad"));
    }

    @Test
    void shouldNameTheLineOfABadRow() {
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader(HEADER
                + "van-1,Van 1,van,Pune,Kothrud,40,08:00,18:00\n"
                + "van-2,Van 2,truck,Pune,Baner,40,08:00,18:00\n"), "crews.csv"))
                .hasMessage("crews.csv line 3: unknown crew kind 'truck' (expected van or field_rep)");
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader(HEADER + "van-1,Van 1,van,Pune,Kothrud,0,08:00,18:00\n"), "crews.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("daily capacity must be at least 1: 0");
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader(HEADER + "van-1,Van 1,van,Pune,Kothrud,4,18:00,08:00\n"), "crews.csv"))
                .hasMessageContaining("shift must end after it starts");
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader(HEADER + "van-1,Van 1,van,Pune, ; ,4,08:00,18:00\n"), "crews.csv"))
                .hasMessageContaining("covers no locality");
    }

    @Test
    void shouldReadTheOptionalPincodePolygonBaseAndTimeZoneColumns() throws IOException {
        List<Crew> crews = CrewsCsv.read(new StringReader(
                "crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end,pincodes,polygon,base_lat,base_lon,time_zone\n"
                        + "van-mnl,Manila Van,van,,,30,07:00,16:00,1008;1015,14.60 120.98;14.62 120.98;14.62 121.00,14.6,120.99,Asia/Manila\n"
                        + "van-pune,Pune Van,van,Pune,Kothrud,30,08:00,18:00,,,,,\n"), "crews.csv");

        assertThat(crews.get(0).localities()).isEmpty();
        assertThat(crews.get(0).pincodes()).containsExactlyInAnyOrder("1008", "1015");
        assertThat(crews.get(0).area()).containsExactly(new GeoPoint(14.60, 120.98), new GeoPoint(14.62, 120.98), new GeoPoint(14.62, 121.00));
        assertThat(crews.get(0).base()).isEqualTo(new GeoPoint(14.6, 120.99));
        assertThat(crews.get(0).timeZone()).isEqualTo(ZoneId.of("Asia/Manila"));
        assertThat(crews.get(1).base()).isNull();
        assertThat(crews.get(1).timeZone()).isEqualTo(Crew.DEFAULT_TIME_ZONE);
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader("crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end,polygon\n"
                + "van-1,Van 1,van,,,4,08:00,18:00,14.6 120.9;14.7 120.9\n"), "crews.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("at least 3 corners");
    }

    @Test
    void shouldRefuseAFileWithoutTheExpectedColumns() {
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader("crew_id,name\nvan-1,Van 1\n"), "crews.csv"))
                .hasMessageStartingWith("crews.csv: header lacks column 'kind'");
    }
}
