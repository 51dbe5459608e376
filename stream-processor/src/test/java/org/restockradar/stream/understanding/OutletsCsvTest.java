package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Outlet;

final class OutletsCsvTest {

    @Test
    void shouldReadQuotedFieldsAndUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.csv");
        Files.writeString(file, "outlet_id,name,address,locality,city,region,country,lat,lon\n"
                + "MNL-9,\"Tindahan ni Aling \"\"Nena\"\"\",\"España Blvd, Sampaloc, Manila 1008\",Sampaloc,Manila,NCR,Philippines,14.6100,120.9900\n"
                + "DEL-9,Gupta Store,,,Delhi,,India,28.6,77.2\n", StandardCharsets.UTF_8);
        List<Outlet> outlets = OutletsCsv.read(file);
        assertThat(outlets).hasSize(2);
        assertThat(outlets.get(0).name()).isEqualTo("Tindahan ni Aling \"Nena\"");
        assertThat(outlets.get(0).address()).isEqualTo("España Blvd, Sampaloc, Manila 1008");
        assertThat(outlets.get(0).location().lat()).isEqualTo(14.61);
        assertThat(outlets.get(1).address()).isNull();
        assertThat(outlets.get(1).locality()).isNull();
    }

    @Test
    void shouldNameTheBadRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.csv");
        Files.writeString(file, "outlet_id,name,address,locality,city,region,country,lat,lon\nX-1,Shop,,,Pune,,India,north,73.8\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutletsCsv.read(file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record 1");
    }
}
