package org.restockradar.dispatch.photos;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * Proof photos in table {@code job_photo}: JPEG or PNG (told by their magic bytes), at most {@link #MAX_BYTES}, each
 * under a random reference ({@code ph_} + 16 random bytes, base64url) that a completion's {@code photo_ref} names.
 */
public final class PhotoStore {
    /** The largest photo taken: 2 MiB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored photo. */
    public record Photo(String ref, long jobId, String crewId, PhotoKind kind, byte[] bytes) {
        public Photo {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final DataSource dataSource;
    private final Clock clock;

    public PhotoStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks and stores a photo of a job taken by its crew.
     *
     * @return its reference
     * @throws IllegalArgumentException empty, larger than {@link #MAX_BYTES}, or neither JPEG nor PNG
     */
    public String save(long jobId, String crewId, String uploadedBy, byte[] bytes) {
        PhotoKind kind = check(bytes);
        String ref = "ph_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO job_photo (ref, job_id, crew_id, uploaded_by, content_type, size_bytes, sha256, bytes, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            int i = 0;
            insert.setString(++i, ref);
            insert.setLong(++i, jobId);
            insert.setString(++i, crewId);
            insert.setString(++i, uploadedBy);
            insert.setString(++i, kind.contentType());
            insert.setInt(++i, bytes.length);
            insert.setBytes(++i, sha256(bytes));
            insert.setBytes(++i, bytes);
            insert.setObject(++i, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            return ref;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot store a photo of job " + jobId + ": " + e.getMessage(), e);
        }
    }

    /** The photo under a reference, if there is one. */
    public Optional<Photo> find(String ref) {
        if (ref == null || !ref.matches("ph_[A-Za-z0-9_-]{1,64}")) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT ref, job_id, crew_id, content_type, bytes FROM job_photo WHERE ref = ?")) {
            select.setString(1, ref);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                byte[] bytes = row.getBytes("bytes");
                return Optional.of(new Photo(row.getString("ref"), row.getLong("job_id"), row.getString("crew_id"),
                        PhotoKind.of(bytes).orElseThrow(() -> new IllegalStateException("stored photo " + ref + " is neither JPEG nor PNG")), bytes));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read photo " + ref + ": " + e.getMessage(), e);
        }
    }

    /** The format of acceptable photo bytes. */
    public static PhotoKind check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PhotoTooLargeException("the photo is " + bytes.length + " bytes; at most " + MAX_BYTES + " (2 MiB) are taken");
        }
        return PhotoKind.of(bytes).orElseThrow(() -> new IllegalArgumentException("the photo must be a JPEG or a PNG image"));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
