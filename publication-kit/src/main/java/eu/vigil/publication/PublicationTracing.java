package eu.vigil.publication;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A producer span for each record that carries an event's trace ({@link EventTrace}): the child of the request's
 * span, ended with the broker's answer, and the record's {@code traceparent} names it as the consumer's parent. Without
 * a tracer the record keeps the request's trace context as it is. A record without one starts no trace: the
 * publishing processor's own work is no request.
 */
final class PublicationTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    PublicationTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record,
                                           Function<ProducerRecord<String, byte[]>, CompletableFuture<RecordMetadata>>
                                                   sending) {
        if (tracer == Tracer.NOOP || EventTrace.FROM_HEADERS.get(record.headers(), "traceparent") == null) {
            return sending.apply(record);
        }
        Span span = propagator.extract(record.headers(), EventTrace.FROM_HEADERS)
                .name("publish " + record.topic()).kind(Span.Kind.PRODUCER).remoteServiceName("kafka")
                .tag("messaging.system", "kafka").tag("messaging.destination.name", record.topic())
                .start();
        propagator.inject(span.context(), record.headers(), EventTrace.TO_HEADERS);
        try {
            return sending.apply(record).whenComplete((acknowledged, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.error(e);
            span.end();
            throw e;
        }
    }
}
