package eu.vigil.query.timeline;

import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Read-your-writes for the incident page: after a form, the command side sends the browser to the page with the
 * sequence of the last event it recorded, and the page waits until the timeline holds that event. It asks the
 * database again after 20 ms, then twice as long each time up to 250 ms, and gives up after
 * {@code vigil.timeline.seen-wait}.
 */
@Component
public class TimelineCatchUp {

    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private final IncidentTimeline timeline;
    private final TimelineProperties properties;

    TimelineCatchUp(IncidentTimeline timeline, TimelineProperties properties) {
        this.timeline = timeline;
        this.properties = properties;
    }

    /**
     * Waits, at most {@code vigil.timeline.seen-wait}, until the timeline holds this event of the hospital's
     * incident. Another hospital's incident never turns up, so it waits as long as an unknown one: the wait does
     * not tell that the incident exists.
     *
     * @return whether the timeline holds it
     */
    public boolean await(UUID incidentId, String hospitalId, long sequence) {
        long deadline = System.nanoTime() + properties.seenWait().toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (!timeline.holds(incidentId, hospitalId, sequence)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(pause, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
        return true;
    }
}
