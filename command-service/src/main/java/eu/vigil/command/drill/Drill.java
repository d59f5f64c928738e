package eu.vigil.command.drill;

import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A drill of one hospital (ADR 0022), in the same event store as the incidents. It has few events, so it is loaded
 * by replaying them, without snapshots or cache. Its events stay in the event store: none is published.
 */
@Aggregate
class Drill {

    @AggregateIdentifier
    private UUID id;
    private HospitalId hospitalId;
    private boolean ended;

    protected Drill() {} // Axon rebuilds the aggregate from its events through this constructor

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(StartDrill command, Hospitals hospitals) {
        if (!hospitals.exists(command.hospitalId())) {
            throw new UnknownHospitalException(command.hospitalId());
        }
        new Exercise(command.drillId(), command.scale()); // refuses a scale the clocks cannot run at
        apply(new DrillStarted(command.drillId(), command.hospitalId(), command.scenarioId(),
                command.title().strip(), command.scale(), command.startedAt()));
    }

    /** Another hospital's drill is unknown to the sender; ending an ended drill again records nothing. */
    @CommandHandler
    void handle(EndDrill command) {
        if (!command.hospitalId().equals(hospitalId)) { // null: the id is another aggregate's
            throw new DrillNotFoundException(command.drillId());
        }
        if (!ended) {
            apply(new DrillEnded(id, command.endedAt()));
        }
    }

    @EventSourcingHandler
    void on(DrillStarted event) {
        id = event.drillId();
        hospitalId = event.hospitalId();
    }

    @EventSourcingHandler
    void on(DrillEnded event) {
        ended = true;
    }
}
