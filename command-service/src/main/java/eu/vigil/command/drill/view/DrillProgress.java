package eu.vigil.command.drill.view;

import eu.vigil.command.drill.scenario.Inject;
import eu.vigil.command.drill.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where a drill stands on its scenario at an instant: an inject is released once the drill's start plus its offset,
 * divided by the drill's scale, has come; an ended drill releases nothing after its end.
 */
public final class DrillProgress {

    private final List<ReleasedInject> released;
    private final ReleasedInject next;

    private DrillProgress(List<ReleasedInject> released, ReleasedInject next) {
        this.released = released;
        this.next = next;
    }

    /** Newest first, each with the instant it was released. */
    public List<ReleasedInject> released() {
        return released;
    }

    /** The inject to come; empty when every one is out or the drill has ended. */
    public Optional<ReleasedInject> next() {
        return Optional.ofNullable(next);
    }

    /** @param at when it is (or was, or will be) released */
    public record ReleasedInject(Inject inject, Instant at) {

        /** Whole minutes until it comes, at least 1: "in 0 minutes" would say it has come. */
        public long minutesFrom(Instant now) {
            long seconds = Duration.between(now, at).toSeconds();
            return Math.max(1, (seconds + 59) / 60);
        }
    }

    /** @param scenario null for a drill without one */
    public static DrillProgress of(DrillRecord drill, Scenario scenario, Instant now) {
        if (scenario == null) {
            return new DrillProgress(List.of(), null);
        }
        Instant until = drill.ended() && drill.endedAt().isBefore(now) ? drill.endedAt() : now;
        var released = new ArrayList<ReleasedInject>();
        ReleasedInject next = null;
        for (Inject inject : scenario.injects()) {
            var timed = new ReleasedInject(inject, drill.startedAt().plus(inject.offset().dividedBy(drill.scale())));
            if (!timed.at().isAfter(until)) {
                released.add(0, timed); // injects come in offset order: newest first
            } else if (next == null && !drill.ended()) {
                next = timed;
            }
        }
        return new DrillProgress(Collections.unmodifiableList(released), next);
    }
}
