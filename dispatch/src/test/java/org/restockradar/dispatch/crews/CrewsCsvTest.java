package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void shouldRefuseAFileWithoutTheExpectedColumns() {
        assertThatThrownBy(() -> CrewsCsv.read(new StringReader("crew_id,name\nvan-1,Van 1\n"), "crews.csv"))
                .hasMessageStartingWith("crews.csv: header lacks column 'kind'");
    }
}
