package org.restockradar.dispatch.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class PhotoKindTest {
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void shouldTellJpegAndPngByTheirFirstBytes() {
        assertThat(PhotoKind.of(JPEG)).hasValue(PhotoKind.JPEG);
        assertThat(PhotoKind.of(PNG)).hasValue(PhotoKind.PNG);
        assertThat(PhotoKind.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("too short").isEmpty();
    }

    @Test
    void shouldRefuseEmptyOversizedAndOtherFiles() {
        assertThatThrownBy(() -> PhotoStore.check(new byte[0])).hasMessage("the photo is empty");
        byte[] huge = new byte[PhotoStore.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
        assertThatThrownBy(() -> PhotoStore.check(huge)).isInstanceOf(PhotoTooLargeException.class).hasMessageContaining("at most 2097152");
        assertThatThrownBy(() -> PhotoStore.check("<svg/>".getBytes(StandardCharsets.UTF_8))).hasMessage("the photo must be a JPEG or a PNG image");
        byte[] largest = new byte[PhotoStore.MAX_BYTES];
        System.arraycopy(PNG, 0, largest, 0, PNG.length);
        assertThat(PhotoStore.check(largest)).isEqualTo(PhotoKind.PNG);
    }
}
