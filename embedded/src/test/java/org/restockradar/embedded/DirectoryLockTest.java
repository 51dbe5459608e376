package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DirectoryLockTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseASecondOwnerWhileTheFirstHoldsTheLock() {
        Path file = dir.resolve("server.lock");
        DirectoryLock first = DirectoryLock.acquire(file, "test server");
        try {
            assertThatThrownBy(() -> DirectoryLock.acquire(file, "test server"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        } finally {
            first.close();
        }
    }

    @Test
    void shouldLetTheNextOwnerInOnceTheFirstLetGo() {
        Path file = dir.resolve("server.lock");
        DirectoryLock.acquire(file, "test server").close();

        DirectoryLock next = DirectoryLock.acquire(file, "test server");
        try {
            assertThatThrownBy(() -> DirectoryLock.acquire(file, "test server"))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            next.close();
        }
    }
}
