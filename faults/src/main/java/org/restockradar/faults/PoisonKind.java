package org.restockradar.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Hostile input, one line of a mentions file each, every kind of which must end in {@code dead-letters} with its reason. */
enum PoisonKind {
    /** A line cut off in the middle of its JSON. */
    BROKEN_JSON {
        @Override
        byte[] line(String id, Instant createdAt) {
            return ("{\"id\": \"" + id + "\", \"source\": \"x\", \"text\": \"can't find Hippo at").getBytes(StandardCharsets.UTF_8);
        }
    },
    /** Bytes that are not UTF-8 inside an otherwise good mention. */
    INVALID_UTF8 {
        @Override
        byte[] line(String id, Instant createdAt) {
            byte[] good = FaultWorld.mention(id, createdAt, 0, "can't find Hippo at XX");
            String text = new String(good, StandardCharsets.UTF_8);
            int at = text.indexOf("XX");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(good, 0, at);
            out.write(0xC3);
            out.write(0x28);
            out.write(good, at + 2, good.length - at - 2);
            return out.toByteArray();
        }
    },
    /** A post of 2 MB. */
    HUGE_POST {
        @Override
        byte[] line(String id, Instant createdAt) {
            return FaultWorld.mention(id, createdAt, 0, "can't find Hippo " + "a".repeat(2 * 1024 * 1024));
        }
    },
    /** A device location off the globe. */
    BAD_COORDINATES {
        @Override
        byte[] line(String id, Instant createdAt) {
            String good = new String(FaultWorld.mention(id, createdAt, 0, "can't find Hippo here"), StandardCharsets.UTF_8);
            return good.replace("\"geo\": null", "\"geo\": {\"lat\": 999.0, \"lon\": -500.0}").getBytes(StandardCharsets.UTF_8);
        }
    },
    /** NUL characters in the text, which PostgreSQL cannot store in a text column. */
    NUL_BYTES {
        @Override
        byte[] line(String id, Instant createdAt) {
            return FaultWorld.mention(id, createdAt, 0, "can't find Hippo Tangy Tomato at Agarwal Provision Store\u0000\u0000, Malviya Nagar");
        }
    };

    abstract byte[] line(String id, Instant createdAt);
}
