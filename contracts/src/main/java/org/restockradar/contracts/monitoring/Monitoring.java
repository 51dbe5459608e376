package org.restockradar.contracts.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
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
 * launcher runs three). Created with the JVM and process meters bound: memory, garbage collection, threads, class
 * loading, CPU, uptime and open files. {@link #scrape()} is what {@code GET /metrics} answers.
 */
public final class Monitoring implements AutoCloseable {
    /** The content type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
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
