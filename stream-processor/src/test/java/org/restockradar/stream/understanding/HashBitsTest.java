package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class HashBitsTest {

    @Test
    void shouldNeverTellAnAddedKeyAbsent() {
        HashBits bits = new HashBits(12);
        for (int i = 0; i < 10_000; i++) {
            bits.add("kirana" + i);
            bits.add(i * 1_000_000_007L + 17);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(bits.mayContain(new String("kirana" + i))).as("kirana" + i).isTrue();
            assertThat(bits.mayContain(i * 1_000_000_007L + 17)).isTrue();
        }
    }

    @Test
    void shouldTellMostKeysNeverAddedAbsent() {
        HashBits bits = new HashBits(16);
        for (int i = 0; i < 1_000; i++) {
            bits.add("nagar" + i);
        }
        int thoughtThere = 0;
        for (int i = 0; i < 10_000; i++) {
            if (bits.mayContain("colony" + i)) {
                thoughtThere++;
            }
        }
        // 1,000 keys set at most 1,000 of 65,536 bits: about 1.5 % of other keys meet one of them
        assertThat(thoughtThere).isLessThan(500);
        assertThat(new HashBits(16).mayContain("nagar1")).isFalse();
        assertThat(new HashBits(16).mayContain(42L)).isFalse();
    }

    @Test
    void shouldRefuseASizeItCannotHold() {
        assertThatThrownBy(() -> new HashBits(5)).hasMessageContaining("5");
        assertThatThrownBy(() -> new HashBits(31)).hasMessageContaining("31");
    }
}
