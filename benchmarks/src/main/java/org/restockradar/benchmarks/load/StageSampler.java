package org.restockradar.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.restockradar.contracts.Topics;

/**
 * Reads, with the Admin client, how far each stage has got: the end of {@code mentions} (what ingest wrote), the
 * stream processor's committed offsets on it, the end of {@code stockout-reports} and dispatch's committed offsets on
 * it (up to its last stable offset, read committed); and the CPU and memory of every process. Offsets of
 * {@code stockout-reports} count the transaction markers of the exactly-once stream processor as well as the reports,
 * and dispatch commits the offset after its last report, before the marker that follows it: a partition dispatch has
 * read to its end still shows one record of lag.
 */
final class StageSampler {
    /** One reading, {@code elapsedMillis} after the phase began. */
    record Sample(long elapsedMillis, long mentionsEnd, long processed, long reportsEnd, long recorded,
                  boolean dispatchAtEnd, Map<String, ProcessMeter.Reading> processes) {
        long processorLag() {
            return mentionsEnd - processed;
        }

        long dispatchLag() {
            return reportsEnd - recorded;
        }
    }

    private final Admin admin;
    private final String processorGroup;
    private final String dispatchGroup;
    private final Map<String, ProcessMeter> meters;
    private final Map<String, ProcessMeter.Reading> lastReadings = new LinkedHashMap<>();
    private final List<TopicPartition> mentions;
    private final List<TopicPartition> reports;
    private final int producers;

    /**
     * @param producers the transactional producers that write {@code stockout-reports} (one per stream thread under
     *                  exactly-once v2): each may leave its own commit marker after a partition's last report
     */
    StageSampler(Admin admin, String processorGroup, String dispatchGroup, Map<String, ProcessMeter> meters, int producers) {
        if (producers < 1) {
            throw new IllegalArgumentException("at least one producer writes the reports: " + producers);
        }
        this.producers = producers;
        this.admin = admin;
        this.processorGroup = processorGroup;
        this.dispatchGroup = dispatchGroup;
        this.meters = meters;
        this.mentions = partitions(Topics.MENTIONS.name());
        this.reports = partitions(Topics.STOCKOUT_REPORTS.name());
    }

    /** Adds a process to measure from now on (a replay started for a phase). */
    void measure(String name, ProcessMeter meter) {
        meters.put(name, meter);
    }

    /** Stops measuring a process (a replay whose phase is over), and leaves it out of the samples from now on. */
    void forget(String name) {
        meters.remove(name);
        lastReadings.remove(name);
    }

    Sample sample(long phaseStartNanos) {
        long elapsed = (System.nanoTime() - phaseStartNanos) / 1_000_000;
        Map<String, ProcessMeter.Reading> readings = new LinkedHashMap<>();
        // A process that has exited keeps its last reading: what it used until then. One that has exited but is not
        // yet reaped still shows its CPU time but no memory: its memory is the last one read.
        meters.forEach((name, meter) -> meter.read().ifPresent(r -> lastReadings.merge(name, r,
                (before, now) -> now.rssBytes() > 0 ? now : new ProcessMeter.Reading(now.cpuNanos(), before.rssBytes(), before.peakRssBytes()))));
        readings.putAll(lastReadings);
        Map<TopicPartition, Long> reportsEnd = endOffsets(reports);
        Map<TopicPartition, Long> recorded = committed(dispatchGroup, reports);
        // At its end a partition holds a commit marker after the last report of each producer that wrote to it last:
        // dispatch has read it all at a lag of at most one marker per producer.
        boolean dispatchAtEnd = reports.stream().allMatch(p -> reportsEnd.get(p) - recorded.getOrDefault(p, 0L) <= producers);
        return new Sample(elapsed, sum(endOffsets(mentions)), sum(committed(processorGroup, mentions)), sum(reportsEnd),
                sum(recorded), dispatchAtEnd, readings);
    }

    private List<TopicPartition> partitions(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot describe " + topic, e.getCause());
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The last stable offset of each partition (the end, without an open transaction's records). */
    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
        try {
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading end offsets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + partitions, e.getCause());
        }
    }

    /** The group's committed offsets on these partitions; 0 for a partition it has not committed yet. */
    private Map<TopicPartition, Long> committed(String group, List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return partitions.stream().collect(Collectors.toMap(p -> p,
                    p -> offsets.get(p) == null ? 0L : offsets.get(p).offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the offsets of group " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of group " + group, e.getCause());
        }
    }
}
