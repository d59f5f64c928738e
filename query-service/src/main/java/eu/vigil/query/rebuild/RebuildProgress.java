package eu.vigil.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a rebuild has come, as the console, the page and the API show it: records done of total (offsets of the
 * model's topic), the rate so far and the time left at that rate.
 *
 * @param skipped records the live projection parked as dead letters too, so that neither model holds them
 * @param failure why it failed, in a short sentence without record content; null unless failed
 */
public record RebuildProgress(String readModel, RebuildPhase phase, long done, long total, long skipped,
                              Instant startedAt, Instant finishedAt, String failure) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    /** Records per second since the start, up to the end or now. */
    public long perSecond(Instant now) {
        long millis = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        return millis <= 0 ? 0 : done * 1000 / millis;
    }

    /** Seconds left at the rate so far; null while there is no rate yet, 0 once finished. */
    public Long secondsLeft(Instant now) {
        if (!phase.running()) {
            return 0L;
        }
        long rate = perSecond(now);
        return rate == 0 ? null : Math.max(0, total - done) / rate;
    }
}
