package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PortFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldReuseTheRememberedPortWhileItIsFree() {
        Path file = dir.resolve("ports.properties");
        PortFile first = PortFile.load(file);
        int port = first.choose("broker.port", 0);
        first.save();

        PortFile second = PortFile.load(file);

        assertThat(second.choose("broker.port", 0)).isEqualTo(port);
    }

    @Test
    void shouldMoveToAnotherPortWhenTheRememberedOneIsTaken() throws IOException {
        Path file = dir.resolve("ports.properties");
        PortFile first = PortFile.load(file);
        int port = first.choose("broker.port", 0);
        first.save();

        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            PortFile second = PortFile.load(file);
            int moved = second.choose("broker.port", 0);
            second.save();

            assertThat(moved).isNotEqualTo(taken.getLocalPort());
            assertThat(PortFile.load(file).remembered("broker.port")).isEqualTo(moved);
        }
    }

    @Test
    void shouldNeverChooseOnePortForTwoNames() {
        PortFile ports = PortFile.load(dir.resolve("ports.properties"));

        int broker = ports.choose("broker.port", 0);
        int controller = ports.choose("controller.port", 0);

        assertThat(controller).isNotEqualTo(broker);
    }

    @Test
    void shouldRefuseAConfiguredPortThatIsInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PortFile ports = PortFile.load(dir.resolve("ports.properties"));

            assertThatThrownBy(() -> ports.choose("port", taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()))
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void shouldTakeAConfiguredFreePortAsIs() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        PortFile ports = PortFile.load(dir.resolve("ports.properties"));

        assertThat(ports.choose("port", free)).isEqualTo(free);
    }
}
