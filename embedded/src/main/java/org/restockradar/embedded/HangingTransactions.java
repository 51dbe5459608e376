package org.restockradar.embedded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTransactionsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and aborts hanging transactions: a transaction left open on a partition that its transaction coordinator no
 * longer knows, so that nobody will ever write its end marker and the partition's last stable offset, the end of what
 * {@code read_committed} readers see, stays where it began. The same search as Kafka's {@code kafka-transactions.sh
 * find-hanging} (describe the partitions' producers, look up each open one's transactional id and ask its
 * coordinator), and the same abort as {@code kafka-transactions.sh abort}.
 *
 * <p>It never aborts a live transaction: a transaction counts only once this object has seen it open, at the same
 * start offset with the same producer id and epoch, for longer than the broker's {@code transaction.max.timeout.ms}
 * (a live one is ended by its coordinator within its timeout, which can be no longer), and only when the coordinator
 * then does not list the partition in that producer's transaction (it lists every partition of an ongoing transaction,
 * and every one still waiting for its marker).
 */
final class HangingTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    /** A transaction open on a partition, as the partition's leader describes its producer. */
    record OpenTransaction(TopicPartition partition, long producerId, int producerEpoch, int coordinatorEpoch,
            long startOffset) {
        @Override
        public String toString() {
            return partition + " producer " + producerId + " epoch " + producerEpoch + " open since offset "
                    + startOffset;
        }
    }

    private final Admin admin;
    private final Duration maxTransactionTimeout;
    private final Clock clock;
    private final Map<OpenTransaction, Instant> firstSeen = new HashMap<>();

    HangingTransactions(Admin admin, Duration maxTransactionTimeout, Clock clock) {
        this.admin = admin;
        this.maxTransactionTimeout = maxTransactionTimeout;
        this.clock = clock;
    }

    /** Looks once, aborts what hangs and returns it. */
    List<OpenTransaction> abortHanging() throws InterruptedException, ExecutionException, TimeoutException {
        List<OpenTransaction> hanging = findHanging();
        for (OpenTransaction transaction : hanging) {
            LOG.warn("Aborting a hanging transaction on {}: its coordinator does not know it, and for {} s read_committed "
                    + "readers have seen nothing after offset {} of the partition", transaction,
                    Duration.between(firstSeen.getOrDefault(transaction, clock.instant()), clock.instant()).toSeconds(),
                    transaction.startOffset());
            admin.abortTransaction(new AbortTransactionSpec(transaction.partition(), transaction.producerId(),
                    (short) transaction.producerEpoch(), transaction.coordinatorEpoch()))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            firstSeen.remove(transaction);
        }
        return hanging;
    }

    /** The transactions open for longer than the broker allows that their coordinators do not know. */
    List<OpenTransaction> findHanging() throws InterruptedException, ExecutionException, TimeoutException {
        List<OpenTransaction> candidates = openLongerThanAllowed(openTransactions());
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> producerIds = candidates.stream().map(OpenTransaction::producerId).collect(Collectors.toSet());
        Map<Long, String> transactionalIds = new HashMap<>();
        for (TransactionListing listing : get(admin.listTransactions(
                new ListTransactionsOptions().filterProducerIds(producerIds)).all())) {
            transactionalIds.put(listing.producerId(), listing.transactionalId());
        }
        Map<String, Optional<TransactionDescription>> descriptions = describe(transactionalIds.values());
        return candidates.stream()
                .filter(candidate -> isHanging(candidate, Optional.ofNullable(transactionalIds.get(candidate.producerId()))
                        .flatMap(id -> descriptions.getOrDefault(id, Optional.empty()))))
                .toList();
    }

    /**
     * Whether an open transaction hangs, given what its coordinator says of its producer's transactional id (empty when
     * no transactional id has the producer id, or the coordinator does not know it): Kafka's own rule.
     */
    static boolean isHanging(OpenTransaction open, Optional<TransactionDescription> coordinatorView) {
        return coordinatorView.map(description -> !description.topicPartitions().contains(open.partition()))
                .orElse(true);
    }

    /** Remembers when each transaction was first seen open, forgets the ended ones, returns those open too long. */
    List<OpenTransaction> openLongerThanAllowed(Collection<OpenTransaction> open) {
        Instant now = clock.instant();
        firstSeen.keySet().retainAll(Set.copyOf(open));
        open.forEach(transaction -> firstSeen.putIfAbsent(transaction, now));
        return open.stream()
                .filter(transaction -> Duration.between(firstSeen.get(transaction), now).compareTo(maxTransactionTimeout) > 0)
                .toList();
    }

    private List<OpenTransaction> openTransactions() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> topics = get(admin.listTopics(new ListTopicsOptions().listInternal(true)).names());
        List<TopicPartition> partitions = new ArrayList<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((topic, description) -> description.partitions()
                .forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition()))));
        List<OpenTransaction> open = new ArrayList<>();
        get(admin.describeProducers(partitions).all()).forEach((partition, producers) -> producers.activeProducers()
                .forEach(producer -> producer.currentTransactionStartOffset().ifPresent(start -> open.add(
                        new OpenTransaction(partition, producer.producerId(), producer.producerEpoch(),
                                producer.coordinatorEpoch().orElse(-1), start)))));
        return open;
    }

    private Map<String, Optional<TransactionDescription>> describe(Collection<String> transactionalIds)
            throws InterruptedException, ExecutionException, TimeoutException {
        DescribeTransactionsResult result = admin.describeTransactions(Set.copyOf(transactionalIds));
        Map<String, Optional<TransactionDescription>> descriptions = new HashMap<>();
        for (String transactionalId : transactionalIds) {
            try {
                descriptions.put(transactionalId, Optional.of(get(result.description(transactionalId))));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TransactionalIdNotFoundException)) {
                    throw e;
                }
                descriptions.put(transactionalId, Optional.empty());
            }
        }
        return descriptions;
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
