package eu.vigil.query.rebuild;

import eu.vigil.consumer.DeadLetters;
import eu.vigil.query.projection.ReadModelFeed;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * One rebuild of one read model: its topic is read from the first record into new tables while the live tables keep
 * answering and the live projection keeps applying. Once the new tables hold what was on the topic at the start and
 * the live projection has applied as much, the live projection pauses, the new tables take the records it applied
 * meanwhile (up to its committed offsets, so both hold exactly the same records), and they replace the live ones.
 */
final class Rebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Duration TELL_EVERY = Duration.ofSeconds(1);
    private static final Duration LIVE_WAIT = Duration.ofMinutes(2);
    private static final Duration PAUSE_WAIT = Duration.ofSeconds(30);

    private final ReadModelFeed feed;
    private final MessageListenerContainer live;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Supplier<Admin> admins;
    private final ShadowTables shadows;
    private final TransactionTemplate transactions;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Runnable progressed;

    private final Instant startedAt;
    private volatile RebuildPhase phase = RebuildPhase.COPYING;
    private volatile long done;
    private volatile long total;
    private volatile long skipped;
    private volatile Instant finishedAt;
    private volatile String failure;
    private Map<TopicPartition, Long> beginning = Map.of();
    // past the last record copied of each partition: what the live projection must have committed. A transactional
    // producer's commit marker takes an offset of its own that no listener commits past, so the end offset won't do
    private final Map<TopicPartition, Long> copiedUpTo = new HashMap<>();
    private Instant lastLogged;
    private Instant lastTold;

    Rebuild(ReadModelFeed feed, MessageListenerContainer live, Supplier<Consumer<String, byte[]>> consumers,
            Supplier<Admin> admins, ShadowTables shadows, TransactionTemplate transactions, DeadLetters deadLetters,
            Clock clock, Runnable progressed) {
        this.feed = feed;
        this.live = live;
        this.consumers = consumers;
        this.admins = admins;
        this.shadows = shadows;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.progressed = progressed;
        this.startedAt = clock.instant();
        this.lastLogged = startedAt;
        this.lastTold = startedAt;
    }

    RebuildProgress progress() {
        return new RebuildProgress(feed.readModel(), phase, done, total, skipped, startedAt, finishedAt, failure);
    }

    @Override
    public void run() {
        log.info("Rebuilding read model {} from its topic into new tables; the live ones answer meanwhile",
                feed.readModel());
        try (var consumer = consumers.get()) {
            var partitions = partitionsOf(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            beginning = consumer.beginningOffsets(partitions);
            var atStart = consumer.endOffsets(partitions);
            total = distance(beginning, atStart);
            shadows.create(feed.tables());
            copy(consumer, atStart);
            enter(RebuildPhase.WAITING_FOR_LIVE);
            awaitLive(liveTargets(partitions));
            catchUpAndSwap(consumer, partitions);
            finishedAt = clock.instant();
            enter(RebuildPhase.DONE);
            log.info("Rebuilt read model {}: {} records in {} s ({} records/s), {} skipped as parked",
                    feed.readModel(), done, Duration.between(startedAt, finishedAt).toSeconds(),
                    progress().perSecond(finishedAt), skipped);
        } catch (Exception e) {
            failed(e);
        }
    }

    private void catchUpAndSwap(Consumer<String, byte[]> consumer, List<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        live.pause();
        try {
            awaitPaused();
            enter(RebuildPhase.CATCHING_UP);
            var applied = committedByLive(partitions);
            total = distance(beginning, applied);
            copy(consumer, applied);
            shadows.swap(feed.tables());
        } finally {
            live.resume();
        }
    }

    // reads every partition up to its target offset (exclusive), one transaction per poll
    private void copy(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> targets) {
        var open = new ArrayList<TopicPartition>();
        targets.forEach((partition, target) -> {
            if (consumer.position(partition) < target) {
                open.add(partition);
            }
        });
        consumer.pause(consumer.assignment());
        consumer.resume(open);
        while (!open.isEmpty()) {
            var batch = new ArrayList<ConsumerRecord<String, byte[]>>();
            for (var record : consumer.poll(POLL)) {
                if (record.offset() < targets.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                    copiedUpTo.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
            }
            apply(batch);
            for (var partition : List.copyOf(open)) {
                long target = targets.get(partition);
                if (consumer.position(partition) >= target) {
                    consumer.seek(partition, target); // what lies beyond is the catch-up's
                    consumer.pause(List.of(partition));
                    open.remove(partition);
                }
            }
            done = distance(beginning, positions(consumer, targets));
            tellAndLog();
        }
    }

    private void apply(List<ConsumerRecord<String, byte[]>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(tx -> feed.applyAll(batch.stream().map(ConsumerRecord::value)
                    .toList(), Target.REBUILD));
        } catch (RuntimeException spoiled) {
            // one record spoils its batch: apply them one by one to find it
            for (var record : batch) {
                try {
                    transactions.executeWithoutResult(tx -> feed.applyAll(List.of(record.value()), Target.REBUILD));
                } catch (RuntimeException e) {
                    skipIfParkedByLive(record, e);
                }
            }
        }
    }

    private void skipIfParkedByLive(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        if (!deadLetters.parks(live.getGroupId(), record.topic(), record.partition(), record.offset())) {
            throw new RebuildFailedException("record " + record.topic() + "-" + record.partition() + " at offset "
                    + record.offset() + " cannot be applied (" + e.getClass().getSimpleName()
                    + "), although the live projection applied it", e);
        }
        skipped++;
    }

    private void awaitLive(Map<TopicPartition, Long> copied) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + LIVE_WAIT.toNanos();
        while (!reached(committedByLive(copied.keySet()), copied)) {
            if (System.nanoTime() > deadline) {
                throw new RebuildFailedException("the live projection did not reach the copied records within "
                        + LIVE_WAIT.toMinutes() + " minutes; see its dead letters and health", null);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private Map<TopicPartition, Long> liveTargets(List<TopicPartition> partitions) {
        var targets = new HashMap<TopicPartition, Long>();
        partitions.forEach(partition -> targets.put(partition,
                copiedUpTo.getOrDefault(partition, beginning.get(partition))));
        return targets;
    }

    private void awaitPaused() throws InterruptedException {
        long deadline = System.nanoTime() + PAUSE_WAIT.toNanos();
        while (!live.isContainerPaused()) {
            if (System.nanoTime() > deadline) {
                throw new RebuildFailedException("the live projection did not pause within "
                        + PAUSE_WAIT.toSeconds() + " s (is it retrying a record?)", null);
            }
            Thread.sleep(20);
        }
    }

    private Map<TopicPartition, Long> committedByLive(java.util.Collection<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        try (var admin = admins.get()) {
            var committed = admin.listConsumerGroupOffsets(live.getGroupId()).partitionsToOffsetAndMetadata().get();
            var offsets = new HashMap<TopicPartition, Long>();
            for (var partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                offsets.put(partition, offset == null ? beginning.get(partition) : offset.offset());
            }
            return offsets;
        }
    }

    private List<TopicPartition> partitionsOf(Consumer<String, byte[]> consumer) {
        var partitions = new ArrayList<TopicPartition>();
        for (String topic : live.getContainerProperties().getTopics()) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic,
                    info.partition())));
        }
        return partitions;
    }

    private void enter(RebuildPhase next) {
        phase = next;
        lastTold = clock.instant();
        progressed.run();
    }

    private void tellAndLog() {
        var now = clock.instant();
        if (Duration.between(lastTold, now).compareTo(TELL_EVERY) >= 0) {
            lastTold = now;
            progressed.run();
        }
        if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
            lastLogged = now;
            var progress = progress();
            log.info("Rebuilding read model {}: {} of {} records ({} %), {} records/s, {} s left",
                    feed.readModel(), progress.done(), progress.total(), progress.percent(),
                    progress.perSecond(now), progress.secondsLeft(now));
        }
    }

    private void failed(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        failure = e instanceof RebuildFailedException ? e.getMessage() : e.getClass().getSimpleName();
        finishedAt = clock.instant();
        enter(RebuildPhase.FAILED);
        log.error("Rebuilding read model {} failed: {}. The live tables were left as they were.",
                feed.readModel(), failure, e);
        try {
            shadows.drop(feed.tables());
        } catch (RuntimeException dropFailed) {
            log.warn("The new tables of read model {} stay until the next rebuild", feed.readModel(), dropFailed);
        }
    }

    private static boolean reached(Map<TopicPartition, Long> offsets, Map<TopicPartition, Long> targets) {
        return targets.entrySet().stream().allMatch(target -> offsets.get(target.getKey()) >= target.getValue());
    }

    private static Map<TopicPartition, Long> positions(Consumer<?, ?> consumer, Map<TopicPartition, Long> targets) {
        var positions = new HashMap<TopicPartition, Long>();
        targets.forEach((partition, target) -> positions.put(partition,
                Math.min(consumer.position(partition), target)));
        return positions;
    }

    private static long distance(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        return to.entrySet().stream().mapToLong(end -> end.getValue() - from.get(end.getKey())).sum();
    }
}
