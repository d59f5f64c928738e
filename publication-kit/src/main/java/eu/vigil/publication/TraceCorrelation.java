package eu.vigil.publication;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps in each event's metadata the trace it was recorded in: the current span's (the HTTP request's or the Kafka
 * record's, as the command is handled on its thread), or else the trace of the message being handled (an event
 * handler or a deadline sending a command), so that the publisher writes it on the event's records.
 */
final class TraceCorrelation implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceCorrelation(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        var trace = new HashMap<String, String>();
        var current = tracer.currentTraceContext().context();
        if (current != null) {
            propagator.inject(current, trace, Map::put);
            trace.keySet().retainAll(EventTrace.FIELDS);
        }
        if (trace.isEmpty()) {
            EventTrace.FIELDS.forEach(field -> {
                Object value = message.getMetaData().get(field);
                if (value != null) {
                    trace.put(field, value.toString());
                }
            });
        }
        return trace;
    }
}
