package org.restockradar.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Properties;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's tokens (the ops, crew and rewards links, the simulated crews), kept in clear in the data directory
 * ({@value #FILE}, readable by its owner only) so that a restart reuses them: the links stay the same and the token
 * table does not grow by a dozen rows at every start. A kept token that no longer names its actor (revoked, expired,
 * or the database was reset) is replaced by a new one.
 */
final class DemoTokens {
    static final String FILE = "demo-tokens.properties";
    private static final Logger LOG = LoggerFactory.getLogger(DemoTokens.class);

    private final Path file;
    private final TokenStore store;
    private final Properties kept = new Properties();

    private DemoTokens(Path file, TokenStore store) {
        this.file = file;
        this.store = store;
    }

    /** The demo tokens kept in {@code dataDir}, issued through {@code store} where missing. */
    static DemoTokens in(Path dataDir, TokenStore store) {
        DemoTokens tokens = new DemoTokens(dataDir.resolve(FILE), Objects.requireNonNull(store, "store"));
        if (Files.exists(tokens.file)) {
            try (Reader reader = Files.newBufferedReader(tokens.file, StandardCharsets.UTF_8)) {
                tokens.kept.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo tokens " + tokens.file, e);
            }
        }
        return tokens;
    }

    /** The kept token of the actor while it still names that actor, else a new one (kept from now on). */
    synchronized String tokenFor(Actor actor) {
        String key = actor.role().code() + "." + actor.id();
        String token = kept.getProperty(key);
        if (token != null && actor.equals(store.verify(token).actor())) {
            return token;
        }
        String issued = store.issue(actor);
        kept.setProperty(key, issued);
        save();
        if (token != null) {
            LOG.info("demo token of {} no longer signs in (revoked, expired or a new database): issued a new one", actor.id());
        }
        return issued;
    }

    private void save() {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
                restrictToOwner();
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                kept.store(writer, "The demo's API tokens, local use only: reused on restart (docs/operations.md)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo tokens in " + file, e);
        }
    }

    private void restrictToOwner() throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("{} is on a file system without POSIX permissions; left as created", file, notPosix);
        }
    }
}
