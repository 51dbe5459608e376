package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BenchArgsTest {

    @Test
    void shouldReadKnownOptionsAndTheJfrFlag() {
        BenchArgs args = BenchArgs.parse(new String[] {"--mentions", "1000", "--jfr", "--dir", "/tmp/x"}, List.of("mentions", "dir"), "usage");

        assertThat(args.values()).isEqualTo(Map.of("mentions", "1000", "dir", "/tmp/x"));
        assertThat(args.jfr()).isTrue();
    }

    @Test
    void shouldRefuseAnOptionItDoesNotKnowOrOneWithoutAValue() {
        assertThatThrownBy(() -> BenchArgs.parse(new String[] {"--outlets", "5"}, List.of("mentions"), "usage"))
                .hasMessageContaining("unknown option --outlets");
        assertThatThrownBy(() -> BenchArgs.parse(new String[] {"--mentions"}, List.of("mentions"), "usage"))
                .hasMessageContaining("not an option: --mentions");
    }
}
