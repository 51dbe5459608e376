package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OutletsCsvTest {

    @Test
    void shouldReadQuotedAddressesAndUnicode() throws Exception {
        String csv = """
                outlet_id,name,address,locality,city,region,country,lat,lon
                PUN-0042,Sharma General Store,"Shop 4, Paud Road, Kothrud",Kothrud,Pune,Maharashtra,India,18.5074,73.8077
                MNL-0001,Aling Nena's Sari-Sari,,Sampaloc,Manila,NCR,Philippines,14.6090,120.9890
                DEL-0003,शर्मा किराना,"Lajpat Nagar ""Central"" Market",Lajpat Nagar,Delhi,Delhi,India,28.5677,77.2433
                """;

        List<Outlet> outlets = OutletsCsv.read(new StringReader(csv), "outlets.csv");

        assertThat(outlets).extracting(Outlet::outletId).containsExactly("PUN-0042", "MNL-0001", "DEL-0003");
        assertThat(outlets.get(0).address()).isEqualTo("Shop 4, Paud Road, Kothrud");
        assertThat(outlets.get(0).location()).isEqualTo(new GeoPoint(18.5074, 73.8077));
        assertThat(outlets.get(1).address()).isNull();
        assertThat(outlets.get(2).name()).isEqualTo("शर्मा किराना");
        assertThat(outlets.get(2).address()).isEqualTo("Lajpat Nagar \"Central\" Market");
    }

    @Test
    void shouldNameTheLineOfABadRow() {
        String csv = """
                outlet_id,name,address,locality,city,region,country,lat,lon
                PUN-0042,Sharma General Store,,Kothrud,Pune,Maharashtra,India,18.5,73.8
                PUN-0043,Joshi Stores,,Kothrud,Pune,Maharashtra,India,north,73.8
                """;

        assertThatThrownBy(() -> OutletsCsv.read(new StringReader(csv), "outlets.csv"))
                .hasMessageStartingWith("outlets.csv line 3").hasMessageContaining("north");
    }

    @Test
    void shouldRefuseAHeaderWithoutTheRegistryColumns() {
        assertThatThrownBy(() -> OutletsCsv.read(new StringReader("id,name\n1,x\n"), "outlets.csv"))
                .hasMessageContaining("lacks column 'outlet_id'");
    }
}
