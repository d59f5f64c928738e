package eu.vigil.publication;

import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The trace an event continues (issue 18): the W3C trace context of the request that caused it, kept in the event's
 * metadata by {@link TraceCorrelation} when its command was handled, and written to each of its records' headers, so
 * that a consumer continues the request's trace long after the request ended.
 */
public final class EventTrace {

    /** The W3C Trace Context fields (Spring Boot's default propagation), in the metadata and the record headers. */
    static final List<String> FIELDS = List.of("traceparent", "tracestate");

    static final Propagator.Getter<Headers> FROM_HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };
    static final Propagator.Setter<Headers> TO_HEADERS = (headers, key, value) -> {
        if (headers != null) {
            headers.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private EventTrace() {
    }

    /**
     * The record headers carrying the event's trace: pass them to each record of the event (a new set for each).
     * None when the event was recorded outside any trace.
     */
    public static Headers headers(MetaData eventMetaData) {
        var headers = new RecordHeaders();
        FIELDS.forEach(field -> {
            Object value = eventMetaData.get(field);
            if (value != null) {
                headers.add(field, value.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
        return headers;
    }
}
