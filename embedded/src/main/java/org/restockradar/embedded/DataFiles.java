package org.restockradar.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.OptionalLong;

/** Small file chores of the embedded servers' data directories: pid files, log tails, clean-up. */
final class DataFiles {
    private static final int TAIL_BYTES = 16 * 1024;

    private DataFiles() {
    }

    /** The directory, created with its parents if missing, as an absolute normalised path. */
    static Path directory(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + absolute, e);
        }
    }

    /** A new, empty temporary directory for a throwaway server. */
    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory " + prefix, e);
        }
    }

    /** Writes {@code text} to {@code file} in UTF-8, replacing it. */
    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The number on the first line of a pid file, if the file exists and holds one. */
    static OptionalLong readPid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException absent) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pid file " + file, e);
        }
    }

    /** The last {@code lines} lines of a text file (at most its last 16 KiB), or a note that it is missing. */
    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(" + file + " does not exist)";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long start = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read() fills the buffer up to the end of the file
            }
            List<String> all = List.of(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)
                    .split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /** Deletes a directory tree; a missing one is fine. */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // deleted meanwhile, e.g. by zonky's own closer
                    }
                    throw failure;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                    if (failure != null && !(failure instanceof NoSuchFileException)) {
                        throw failure;
                    }
                    Files.deleteIfExists(visited);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /** A kB figure of /proc/pid/status (VmRSS, VmHWM...), or -1 where unknown. */
    static long procStatusKilobytes(long pid, String field) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
            return -1;
        } catch (IOException | NumberFormatException notAvailable) {
            // No /proc (not Linux) or the process is gone: the figure is unknown, which -1 says.
            return -1;
        }
    }
}
