package org.restockradar.contracts.monitoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Kafka answers: one admin call ({@code describeCluster}) with a short timeout, on an admin client kept open for the
 * check. A broker that is down, frozen or out of reach fails it within {@link #TIMEOUT}.
 */
public final class KafkaCheck implements Check, AutoCloseable {
    /** Short enough that a health request answers within a container healthcheck's usual 5 s. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;

    /** @param kafka client properties without the {@code kafka.} prefix ({@code bootstrap.servers} and any others) */
    public KafkaCheck(Map<String, String> kafka, String clientId) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(config);
    }

    @Override
    public Result run() {
        try {
            String cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .clusterId().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return Result.up("cluster " + cluster + " answered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.down("interrupted");
        } catch (ExecutionException e) {
            return Result.down("Kafka did not answer: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Result.down("Kafka did not answer within " + TIMEOUT.toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
