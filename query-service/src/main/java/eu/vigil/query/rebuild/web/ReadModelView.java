package eu.vigil.query.rebuild.web;

import eu.vigil.query.rebuild.RebuildPhase;
import eu.vigil.query.rebuild.RebuildProgress;

import java.time.Instant;

/**
 * A read model and its latest rebuild since this instance started (null if none), as the API and the page show
 * them.
 */
public record ReadModelView(String readModel, Rebuild rebuild) {

    static ReadModelView of(String readModel, RebuildProgress progress, Instant now) {
        return new ReadModelView(readModel, progress == null ? null : Rebuild.of(progress, now));
    }

    /**
     * @param eventsDone    records of the topic done, of {@code eventsTotal}
     * @param perSecond     records per second so far
     * @param secondsLeft   at that rate; null until there is a rate
     * @param skipped       records the live projection parked too
     */
    public record Rebuild(RebuildPhase phase, long eventsDone, long eventsTotal, int percent, long perSecond,
                          Long secondsLeft, long skipped, Instant startedAt, Instant finishedAt, String failure) {

        static Rebuild of(RebuildProgress progress, Instant now) {
            return new Rebuild(progress.phase(), progress.done(), progress.total(), progress.percent(),
                    progress.perSecond(now), progress.secondsLeft(now), progress.skipped(), progress.startedAt(),
                    progress.finishedAt(), progress.failure());
        }

        public boolean running() {
            return phase.running();
        }
    }
}
