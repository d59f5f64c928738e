package eu.vigil.consumer.trace;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Continues, while a batch listener applies a poll's records, the trace each record carries in its headers (W3C
 * {@code traceparent}, through the tracer's {@link Propagator}): one consumer span per record, the child of the span
 * that sent it. While a single record, or records of one trace, are applied, that record's span is current, so the
 * log lines written meanwhile carry its trace id (MDC {@code traceId}); records of several traces applied together
 * in one transaction run in a batch span of their own that links to each record's span. spring-kafka observes record
 * listeners itself ({@code spring.kafka.listener.observation-enabled}), but not batch listeners.
 */
public final class RecordTracing {

    /** For a listener built outside Spring, or a service without a tracer: nothing traced. */
    public static final RecordTracing NONE = new RecordTracing(Tracer.NOOP, Propagator.NOOP);

    private static final Propagator.Getter<Headers> FROM_HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public RecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Runs the application of the records in their trace, as described above. */
    public void applying(String listenerId, List<? extends ConsumerRecord<?, ?>> records, Runnable application) {
        applying(listenerId, records, null, application);
    }

    /**
     * As {@link #applying(String, List, Runnable)}, first handing each record to {@code eachInItsTrace} with that
     * record's own span current, also in a batch of several traces: a log line written there carries the record's
     * trace id, where the application's own lines carry the batch's. Null for none: no scope opened per record.
     */
    public <R extends ConsumerRecord<?, ?>> void applying(String listenerId, List<R> records,
                                                         Consumer<? super R> eachInItsTrace, Runnable application) {
        if (records.isEmpty() || tracer == Tracer.NOOP) {
            if (eachInItsTrace != null) {
                records.forEach(eachInItsTrace);
            }
            application.run();
            return;
        }
        List<Span> spans = records.stream().map(record -> received(listenerId, record)).toList();
        for (int i = 0; eachInItsTrace != null && i < records.size(); i++) {
            try (var inScope = tracer.withSpan(spans.get(i))) {
                eachInItsTrace.accept(records.get(i));
            }
        }
        Span batch = oneTrace(spans) ? null : batchLinkedTo(listenerId, spans);
        Span current = batch == null ? spans.get(0) : batch;
        try (var inScope = tracer.withSpan(current)) {
            application.run();
        } catch (RuntimeException e) {
            current.error(e);
            throw e;
        } finally {
            spans.forEach(Span::end);
            if (batch != null) {
                batch.end();
            }
        }
    }

    private Span received(String listenerId, ConsumerRecord<?, ?> record) {
        return propagator.extract(record.headers(), FROM_HEADERS)
                .name(listenerId + " receive").kind(Span.Kind.CONSUMER).remoteServiceName("kafka")
                .tag("messaging.system", "kafka").tag("messaging.destination.name", record.topic())
                .tag("messaging.kafka.destination.partition", record.partition())
                .tag("messaging.kafka.message.offset", record.offset())
                .start();
    }

    private Span batchLinkedTo(String listenerId, List<Span> spans) {
        var batch = tracer.spanBuilder().setNoParent().name(listenerId + " batch").kind(Span.Kind.CONSUMER)
                .tag("messaging.batch.message_count", spans.size());
        spans.forEach(span -> batch.addLink(new Link(span)));
        return batch.start();
    }

    private static boolean oneTrace(List<Span> spans) {
        String first = spans.get(0).context().traceId();
        return spans.stream().allMatch(span -> first.equals(span.context().traceId()));
    }
}
