package org.restockradar.dispatch.photos;

import java.util.Optional;

/** The image formats a proof photo may have, told by their first bytes (never by a file name or a client's header). */
public enum PhotoKind {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final byte[] magic;

    PhotoKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The format whose signature the bytes start with, if any. */
    public static Optional<PhotoKind> of(byte[] bytes) {
        for (PhotoKind kind : values()) {
            if (bytes.length >= kind.magic.length) {
                boolean matches = true;
                for (int i = 0; i < kind.magic.length && matches; i++) {
                    matches = bytes[i] == kind.magic[i];
                }
                if (matches) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
