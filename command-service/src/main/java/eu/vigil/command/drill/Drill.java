package eu.vigil.command.drill;

import eu.vigil.command.drill.scenario.Scenario;
import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillArchived;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.drill.LessonsRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A drill of one hospital (ADR 0022), in the same event store as the incidents. It has few events, so it is loaded
 * by replaying them, without snapshots or cache. Its deletion (ADR 0023) removes its events and its incidents'.
 */
@Aggregate
class Drill {

    @AggregateIdentifier
    private UUID id;
    private HospitalId hospitalId;
    private DrillStarted start;
    private boolean ended;
    private boolean archived;
    private boolean deleted;
    private String lessons;

    protected Drill() {} // Axon rebuilds the aggregate from its events through this constructor

    /**
     * A retry under the same {@code Idempotency-Key} names the same drill: it records nothing if it asks what the
     * first request asked, and is refused if it asks something else.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartDrill command, Hospitals hospitals, ScenarioCatalogue scenarios) {
        if (start != null) {
            if (!startedBy(command)) {
                throw new DrillRequestReusedException();
            }
            return;
        }
        if (!hospitals.exists(command.hospitalId())) {
            throw new UnknownHospitalException(command.hospitalId());
        }
        Exercise.checkScale(command.scale());
        var scenario = scenarios.find(command.scenarioId());
        apply(new DrillStarted(command.drillId(), command.hospitalId(), command.scenarioId(),
                command.title().strip(), command.scale(), command.startedAt(),
                scenario.map(Scenario::script).orElse(List.of()), command.participants(),
                scenario.map(shipped -> shipped.title().byLanguage()).orElse(Map.of())));
    }

    /** Another hospital's drill is unknown to the sender; ending an ended drill again records nothing. */
    @CommandHandler
    void handle(EndDrill command) {
        refuseUnlessKnownTo(command.hospitalId(), command.drillId());
        if (!ended) {
            apply(new DrillEnded(id, command.endedAt()));
        }
    }

    /** Another hospital's drill is unknown to the sender; the lessons recorded, recorded again, change nothing. */
    @CommandHandler
    void handle(RecordLessons command) {
        refuseUnlessKnownTo(command.hospitalId(), command.drillId());
        String text = command.text().strip();
        if (!text.equals(lessons)) {
            apply(new LessonsRecorded(id, text, command.recordedAt()));
        }
    }

    /** Only an ended drill is archived; archiving it again records nothing. */
    @CommandHandler
    void handle(ArchiveDrill command) {
        refuseUnlessKnownTo(command.hospitalId(), command.drillId());
        if (!ended) {
            throw new DrillRunningException(id);
        }
        if (!archived) {
            apply(new DrillArchived(id, command.archivedAt()));
        }
    }

    /**
     * Only an ended drill is deleted (ADR 0023); a deleted drill is unknown from then on, to this command too, until
     * the publishing processor removes its events.
     */
    @CommandHandler
    void handle(DeleteDrill command) {
        refuseUnlessKnownTo(command.hospitalId(), command.drillId());
        if (!ended) {
            throw new DrillRunningException(id);
        }
        apply(new DrillDeleted(id, command.deletedAt()));
    }

    private void refuseUnlessKnownTo(HospitalId hospital, UUID drillId) {
        if (deleted || !hospital.equals(hospitalId)) {
            throw new DrillNotFoundException(drillId);
        }
    }

    /**
     * @throws UnknownDrillException when the drill is not the hospital's, is deleted, or the id is not a drill's
     * @throws DrillEndedException   when the drill has ended
     */
    Exercise exerciseFor(UUID drillId, HospitalId hospital) {
        if (deleted || !hospital.equals(hospitalId)) {
            throw new UnknownDrillException(drillId);
        }
        if (ended) {
            throw new DrillEndedException(drillId);
        }
        return new Exercise(drillId, start.scale());
    }

    private boolean startedBy(StartDrill command) {
        return start.hospitalId().equals(command.hospitalId())
                && Objects.equals(start.scenarioId(), command.scenarioId())
                && start.title().equals(command.title().strip()) && start.scale() == command.scale()
                && start.participants().equals(command.participants());
    }

    @EventSourcingHandler
    void on(DrillStarted event) {
        id = event.drillId();
        hospitalId = event.hospitalId();
        start = event;
    }

    @EventSourcingHandler
    void on(DrillEnded event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(DrillArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(DrillDeleted event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(LessonsRecorded event) {
        lessons = event.text();
    }
}
