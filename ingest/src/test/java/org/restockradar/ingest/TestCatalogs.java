package org.restockradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Catalogs the ingest tests share, read from the test class path. */
public final class TestCatalogs {
    /** One brand, Hippo, with one product. */
    public static final String ONE_BRAND = read("/one-brand-catalog.json");

    private TestCatalogs() {
    }

    private static String read(String resource) {
        try (InputStream in = TestCatalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }
}
