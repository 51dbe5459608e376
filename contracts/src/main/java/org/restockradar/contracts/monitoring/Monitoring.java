package org.restockradar.contracts.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The one meter registry and the one {@link Readiness} of a process, shared by every service it runs (the all-in-one
 * launcher runs three), with one Kafka check per cluster among its readiness checks ({@link #watchKafka}). Created
 * with the JVM and process meters bound: memory, garbage collection, threads, class
 * loading, CPU, uptime and open files. {@link #scrape()} is what {@code GET /metrics} answers.
 */
public final class Monitoring implements AutoCloseable {
    /** The content type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** The name of the readiness check "Kafka answers" of a process, whichever of its services added it. */
    public static final String KAFKA_CHECK = "kafka";

    private final PrometheusMeterRegistry registry;
    /** The Kafka checks of the process by {@code bootstrap.servers}: one per cluster, shared by the services that read it. */
    private final Map<String, SharedKafkaCheck> kafkaChecks = new HashMap<>();
    private final Readiness readiness = new Readiness();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    private Monitoring(PrometheusMeterRegistry registry) {
        this.registry = registry;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** A registry of the process, with the JVM and process meters bound. */
    public static Monitoring create() {
        return new Monitoring(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public MeterRegistry registry() {
        return registry;
    }

    public Readiness readiness() {
        return readiness;
    }

    /**
     * Adds the readiness check {@value #KAFKA_CHECK} (Kafka answers: {@link KafkaCheck}) for the cluster of {@code kafka},
     * or joins the one another service of this process added for the same cluster: one check and one admin client per
     * cluster, however many services the process runs (the launcher runs three). Closing the handle leaves it; the
     * last service to leave removes the check and closes its client. A second cluster's check is named
     * {@code kafka:<bootstrap.servers>}.
     *
     * @param kafka client properties without the {@code kafka.} prefix ({@code bootstrap.servers} and any others)
     */
    public synchronized AutoCloseable watchKafka(Map<String, String> kafka) {
        String servers = String.valueOf(kafka.get("bootstrap.servers"));
        SharedKafkaCheck shared = kafkaChecks.get(servers);
        if (shared == null) {
            String name = kafkaChecks.isEmpty() ? KAFKA_CHECK : KAFKA_CHECK + ":" + servers;
            KafkaCheck check = new KafkaCheck(kafka, "health-" + name.replace(':', '-'));
            readiness.add(name, check);
            shared = new SharedKafkaCheck(name, check);
            kafkaChecks.put(servers, shared);
        }
        shared.users++;
        SharedKafkaCheck joined = shared;
        AtomicBoolean left = new AtomicBoolean();
        return () -> {
            if (left.compareAndSet(false, true)) {
                leave(servers, joined);
            }
        };
    }

    private synchronized void leave(String servers, SharedKafkaCheck shared) {
        if (--shared.users == 0) {
            kafkaChecks.remove(servers);
            readiness.remove(shared.name);
            shared.check.close();
        }
    }

    /** One cluster's check and how many services of the process use it. */
    private static final class SharedKafkaCheck {
        private final String name;
        private final KafkaCheck check;
        private int users;

        private SharedKafkaCheck(String name, KafkaCheck check) {
            this.name = name;
            this.check = check;
        }
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
