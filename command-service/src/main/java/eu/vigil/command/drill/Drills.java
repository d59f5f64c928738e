package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The drills as an incident's report needs them: the mark an incident reported within one carries. Read from the
 * drill's events in the event store, in the report's transaction; a drill has a handful of events.
 */
@Component
public class Drills {

    private final EventStore events;

    public Drills(EventStore events) {
        this.events = events;
    }

    /**
     * @throws UnknownDrillException when the hospital has no such drill (another hospital's is unknown to it)
     * @throws DrillEndedException   when the drill has ended
     */
    public Exercise exerciseFor(UUID drillId, HospitalId hospital) {
        List<Object> history = events.readEvents(drillId.toString()).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
        var started = history.stream().filter(DrillStarted.class::isInstance).map(DrillStarted.class::cast)
                .findFirst().filter(drill -> drill.hospitalId().equals(hospital))
                .orElseThrow(() -> new UnknownDrillException(drillId));
        if (history.stream().anyMatch(DrillEnded.class::isInstance)) {
            throw new DrillEndedException(drillId);
        }
        return new Exercise(drillId, started.scale());
    }
}
