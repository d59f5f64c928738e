package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.Exercise;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Asks the {@link Drill} itself, loaded by Axon's repository in the report's unit of work. */
@Component
class DrillAggregates implements Drills {

    private final Repository<Drill> drills;

    DrillAggregates(Repository<Drill> drills) {
        this.drills = drills;
    }

    @Override
    public Exercise exerciseFor(UUID drillId, HospitalId hospital) {
        try {
            return drills.load(drillId.toString()).invoke(drill -> drill.exerciseFor(drillId, hospital));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownOrNotADrill) {
            throw new UnknownDrillException(drillId);
        }
    }
}
