package eu.vigil.publication;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The service's one transactional producer for publication, made (and its transactions initialised, which fences
 * an earlier instance of the same transactional id) when first needed, and made again after any error that leaves
 * it unusable. Used by the single thread of the publishing processor only.
 */
final class PublicationProducer implements AutoCloseable {

    private final Supplier<Producer<String, byte[]>> factory;
    private Producer<String, byte[]> producer;
    private boolean inTransaction;

    PublicationProducer(Supplier<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /**
     * Sends the record in the current transaction (begun if none is). The answer comes through the send's callback,
     * never through the producer's own future: when the broker refuses a batch as too large, the producer splits it
     * and chains its futures, and waiting on such a chain overflowed the stack (seen in the notifier's
     * PublicationDeadLetterIT).
     */
    CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        if (!inTransaction) {
            begin();
        }
        var acknowledged = new CompletableFuture<RecordMetadata>();
        producer.send(record, (metadata, failure) -> {
            if (failure == null) {
                acknowledged.complete(metadata);
            } else {
                acknowledged.completeExceptionally(failure);
            }
        });
        return acknowledged;
    }

    /** Makes the batch's records visible to read-committed consumers; throws when it may not have. */
    void commit() {
        if (!inTransaction) {
            return;
        }
        inTransaction = false;
        try {
            producer.commitTransaction();
        } catch (RuntimeException e) {
            discard(); // the next producer's initialisation aborts or completes what this one left
            throw e;
        }
    }

    /**
     * Makes the batch's records invisible to read-committed consumers, for good, and lets the producer go: the next
     * one reads the topics' limits again ({@link ProduceBatchBytes}), in case a batch failed because one was lowered.
     */
    void abort() {
        if (inTransaction) {
            inTransaction = false;
            try {
                producer.abortTransaction();
            } catch (RuntimeException e) {
                // discarded below: the next producer's initialisation aborts what this one left
            }
        }
        discard();
    }

    private void begin() {
        try {
            if (producer == null) {
                producer = factory.get();
                producer.initTransactions();
            }
            producer.beginTransaction();
            inTransaction = true;
        } catch (RuntimeException e) {
            discard();
            throw e;
        }
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        abort();
        discard();
    }
}
