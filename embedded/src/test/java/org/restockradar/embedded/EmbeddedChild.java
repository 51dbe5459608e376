package org.restockradar.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A test main that plays the part of the launcher in a JVM of its own: it starts an embedded server on
 * a data directory, prints what the test needs as {@code key=value} lines, and runs until it is killed.
 */
final class EmbeddedChild {
    private EmbeddedChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[1]);
        switch (args[0]) {
            case "kafka": {
                EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
                System.out.println("bootstrap=" + kafka.bootstrapServers());
                System.out.println("broker-pid=" + kafka.pid());
                break;
            }
            case "postgres": {
                LocalPostgres postgres = LocalPostgres.start(dataDir);
                System.out.println("jdbc-url=" + postgres.jdbcUrl());
                System.out.println("server-pid=" + postgres.serverPid());
                break;
            }
            default:
                throw new IllegalArgumentException("usage: EmbeddedChild kafka|postgres <data dir>");
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
