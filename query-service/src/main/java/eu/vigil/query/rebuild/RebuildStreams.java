package eu.vigil.query.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The administrators' pages of read models open on this instance: each hears {@code changed} when a rebuild moves
 * on (at most once a second, and at each phase), and fetches its progress again. Counts only, never content.
 */
@Component
public class RebuildStreams {

    private static final Logger log = LoggerFactory.getLogger(RebuildStreams.class);
    private static final long LIFETIME_MS = 30 * 60 * 1000L;

    private final Set<SseEmitter> pages = ConcurrentHashMap.newKeySet();

    public SseEmitter watch() {
        var emitter = new SseEmitter(LIFETIME_MS);
        emitter.onCompletion(() -> pages.remove(emitter));
        emitter.onTimeout(() -> pages.remove(emitter));
        emitter.onError(error -> pages.remove(emitter));
        pages.add(emitter);
        send(emitter, SseEmitter.event().name("open").data("open"));
        return emitter;
    }

    void progressed() {
        pages.forEach(page -> send(page, SseEmitter.event().name("changed").data("rebuild")));
    }

    /** As {@code LiveStreams.endAll}: an open page must not hold the graceful shutdown for its 30 s. */
    @EventListener(ContextClosedEvent.class)
    void endAll() {
        pages.forEach(SseEmitter::complete);
        pages.clear();
    }

    private void send(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            page.send(event);
        } catch (IOException | IllegalStateException gone) {
            log.debug("A read-model page went away: {}", gone.getMessage());
            pages.remove(page);
            page.completeWithError(gone);
        }
    }
}
