package eu.vigil.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages open on this instance that want to hear of changes: an incident's page, a hospital's incident list, or
 * the CERT feed. Each of the first two hears only of its own hospital's incidents; the feed hears that a share changed
 * and nothing of which (it fetches what its reader may read). A page that went away is dropped at the next send.
 */
@Component
public class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    // how long a stream stays open; the browser's EventSource reconnects at once and the page catches up then
    private static final long LIFETIME_MS = 30 * 60 * 1000L;

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();

    /**
     * A stream of the hospital's changes: of one incident, or of all of them when {@code incidentId} is null.
     */
    public SseEmitter watch(String hospitalId, UUID incidentId) {
        return open(new Watcher(hospitalId, incidentId, false, new SseEmitter(LIFETIME_MS)));
    }

    /** A stream that hears of every change of the CERT feed: {@code changed} with the data {@code feed}. */
    public SseEmitter watchFeed() {
        return open(new Watcher(null, null, true, new SseEmitter(LIFETIME_MS)));
    }

    private SseEmitter open(Watcher watcher) {
        var emitter = watcher.emitter();
        emitter.onCompletion(() -> watchers.remove(watcher));
        emitter.onTimeout(() -> watchers.remove(watcher));
        emitter.onError(error -> watchers.remove(watcher));
        watchers.add(watcher);
        // the first event tells the page the stream is open, so it can take back a "connection lost" notice
        send(watcher, SseEmitter.event().name("open").data("open"));
        return emitter;
    }

    void publish(Change change) {
        for (var watcher : watchers) {
            if (watcher.feed()) {
                if (change.shared()) {
                    send(watcher, SseEmitter.event().name("changed").data("feed"));
                }
            } else if (!change.shared() && watcher.hospitalId().equals(change.hospitalId())
                    && (watcher.incidentId() == null || watcher.incidentId().equals(change.incidentId()))) {
                send(watcher, SseEmitter.event().name("changed").data(change.incidentId().toString()));
            }
        }
    }

    /** Every page reloads what it shows: changes may have been missed while the notifications were cut. */
    void resynchronise() {
        watchers.forEach(watcher -> send(watcher, SseEmitter.event().name("changed").data("all")));
    }

    /** A comment line that keeps proxies from closing a quiet stream and finds the pages that went away. */
    void heartbeat() {
        watchers.forEach(watcher -> send(watcher, SseEmitter.event().comment("still here")));
    }

    /**
     * Ends every stream when the service begins to stop: an open stream is an active request, which the web server's
     * graceful shutdown would otherwise wait for until its 30 s run out. The pages' EventSource connects again, to
     * another instance or to this one once it is back, and reloads what it shows.
     */
    @EventListener(ContextClosedEvent.class)
    void endAll() {
        watchers.forEach(watcher -> watcher.emitter().complete());
        watchers.clear();
    }

    int watching() {
        return watchers.size();
    }

    private void send(Watcher watcher, SseEmitter.SseEventBuilder event) {
        try {
            watcher.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            log.debug("A live page went away: {}", gone.getMessage());
            watchers.remove(watcher);
            watcher.emitter().completeWithError(gone);
        }
    }

    private record Watcher(String hospitalId, UUID incidentId, boolean feed, SseEmitter emitter) {
    }
}
