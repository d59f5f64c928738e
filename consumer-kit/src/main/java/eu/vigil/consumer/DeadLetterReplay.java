package eu.vigil.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.List;
import java.util.Optional;

/**
 * Runs a parked record through the same {@code @KafkaListener} that failed on it (the one of its consumer group),
 * on the caller's thread, as a batch of one when the listener takes batches: on success the dead letter is marked
 * replayed, on failure it stays with the new reason.
 */
class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final DeadLetters deadLetters;
    private final KafkaListenerEndpointRegistry listeners;

    DeadLetterReplay(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
        this.deadLetters = deadLetters;
        this.listeners = listeners;
    }

    /** Empty when no record is parked under this id (unknown, or replayed already). */
    Optional<Outcome> replay(long id) {
        return deadLetters.stored(id).map(stored -> {
            try {
                deliver(stored.record(), listenerOf(stored.consumer()));
            } catch (RuntimeException e) {
                Throwable reason = reasonOf(e);
                deadLetters.replayFailed(id, reason);
                log.warn("Replay of dead letter {} failed again: {}. It stays parked; fix the cause and replay it "
                        + "again.", id, reason.getClass().getSimpleName());
                return Outcome.failed(reason);
            }
            deadLetters.replayed(id);
            log.info("Dead letter {} replayed by consumer {}", id, stored.consumer());
            return Outcome.REPLAYED;
        });
    }

    @SuppressWarnings("unchecked")
    private static void deliver(ConsumerRecord<String, byte[]> record, GenericMessageListener<?> listener) {
        if (listener instanceof BatchMessageListener<?, ?> batches) {
            ((BatchMessageListener<String, byte[]>) batches).onMessage(List.of(record), null, null);
        } else {
            ((GenericMessageListener<ConsumerRecord<String, byte[]>>) listener).onMessage(record, null, null);
        }
    }

    private GenericMessageListener<?> listenerOf(String consumer) {
        for (MessageListenerContainer container : listeners.getAllListenerContainers()) {
            if (consumer.equals(container.getGroupId())
                    && container.getContainerProperties().getMessageListener() instanceof GenericMessageListener<?> l) {
                return l;
            }
        }
        throw new IllegalStateException("No listener of consumer group " + consumer + " runs in this service");
    }

    static Throwable reasonOf(Throwable failure) {
        Throwable decisive = Failures.decisiveCause(failure);
        if (decisive != null) {
            return decisive;
        }
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** What a replay did: replayed, or still parked with the new reason. */
    record Outcome(boolean replayed, String reasonClass, String reason) {

        static final Outcome REPLAYED = new Outcome(true, null, null);

        static Outcome failed(Throwable reason) {
            return new Outcome(false, reason.getClass().getName(), DeadLetters.shortMessage(reason));
        }
    }
}
