package org.restockradar.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for the life of the embedded server that uses it.
 *
 * <p>The operating system releases the lock when its process dies, even on {@code kill -9}. So a lock
 * found free means that no live owner is left: a server process the directory still names (in a pid
 * file) is a leftover and may be stopped.
 */
final class DirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock file {@code file}, or fails at once if another process (or this one) holds it. */
    static DirectoryLock acquire(Path file, String owner) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the lock file " + file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeChannel(channel, file);
            throw inUse(file, owner, e);
        } catch (IOException e) {
            closeChannel(channel, file);
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
        if (lock == null) {
            closeChannel(channel, file);
            throw inUse(file, owner, null);
        }
        return new DirectoryLock(channel, lock);
    }

    /** Whether some process (another one, or this one) holds the lock {@code file} right now. */
    static boolean isHeld(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            // This JVM holds it: held, which is the answer.
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot probe the lock " + file, e);
        }
    }

    private static IllegalStateException inUse(Path file, String owner, RuntimeException cause) {
        return new IllegalStateException("The " + owner + " data directory " + file.getParent()
                + " is in use by another running " + owner + " (its lock " + file + " is held)", cause);
    }

    private static void closeChannel(FileChannel channel, Path file) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the lock file " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the directory lock", e);
        }
    }
}
