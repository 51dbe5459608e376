package org.restockradar.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The loopback TCP ports of an embedded server, remembered in a properties file in its data directory
 * so that a restart keeps its addresses whenever the old ports are still free.
 */
final class PortFile {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Path file;
    private final Properties ports = new Properties();
    private final Set<Integer> chosen = new HashSet<>();

    private PortFile(Path file) {
        this.file = file;
    }

    /** Reads the ports remembered in {@code file}; a missing file remembers none. */
    static PortFile load(Path file) {
        PortFile portFile = new PortFile(file);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                portFile.ports.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the port file " + file, e);
            }
        }
        return portFile;
    }

    /**
     * Chooses the port called {@code name}: {@code requested} if positive (it must be free), else the
     * remembered one if it is still free, else a free one. Never returns a port already chosen here.
     */
    int choose(String name, int requested) {
        if (requested < 0 || requested > 65_535) {
            throw new IllegalArgumentException("requested port for " + name + " out of range: " + requested);
        }
        int port;
        if (requested > 0) {
            if (chosen.contains(requested) || !isFree(requested)) {
                throw new IllegalStateException("Port " + requested + " configured for " + name + " is already in use");
            }
            port = requested;
        } else {
            int remembered = remembered(name);
            port = remembered > 0 && !chosen.contains(remembered) && isFree(remembered) ? remembered : freePort();
        }
        chosen.add(port);
        ports.setProperty(name, Integer.toString(port));
        return port;
    }

    /** The port remembered under {@code name}, or 0. */
    int remembered(String name) {
        String value = ports.getProperty(name);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Port file " + file + " holds a bad port for " + name + ": " + value, e);
        }
    }

    /** Writes the chosen ports back to the file. */
    void save() {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ports.store(writer, "Loopback ports of the embedded server; reused on restart while they are free");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the port file " + file, e);
        }
    }

    /** Whether a server could listen on {@code port} of the loopback interface right now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return true;
        } catch (IOException inUse) {
            // The answer to the question, not a failure: something else listens there.
            return false;
        }
    }

    private int freePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
                int port = socket.getLocalPort();
                if (!chosen.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find a free loopback port", e);
            }
        }
        throw new IllegalStateException("Cannot find a free loopback port distinct from " + chosen);
    }
}
