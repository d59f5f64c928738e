package eu.vigil.command.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.vigil.command.drill.Drills;
import eu.vigil.command.hospital.HospitalCountries;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.eventstore.hashchain.HashChain;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static eu.vigil.command.incident.Assessments.blankToNull;
import static eu.vigil.command.incident.IncidentChecks.awareness;
import static eu.vigil.command.incident.IncidentChecks.requireCorrectable;
import static eu.vigil.command.incident.IncidentChecks.requireReason;
import static eu.vigil.command.incident.IncidentChecks.sinceAwareness;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An incident as its hospital handles it. Every handler returns the sequence of the last event the incident
 * holds afterwards, so that a page can wait until the read side has caught up with it.
 * <p>
 * It holds only what its decisions need: requests already handled are remembered by {@link RequestKeys}, not
 * here. Loaded from the latest snapshot plus the events after it, or from the cache (config/AggregateLoadingConfig);
 * a snapshot is this object written as JSON, field by field. Its revision names that form: a snapshot of another
 * revision is skipped (Axon's RevisionSnapshotFilter) and the incident replays its events instead.
 */
@Revision("2") // 2: the state is the shared fold, IncidentState
@Aggregate(snapshotTriggerDefinition = "incidentSnapshotTrigger", cache = "incidentCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Incident {

    @AggregateIdentifier
    private IncidentId id;
    private IncidentState state = IncidentState.NONE;
    private final Set<UUID> currentEntries = new HashSet<>(); // history, not state: only corrections need them
    private String chainHead = HashChain.GENESIS;

    protected Incident() {} // Axon rebuilds the aggregate from its events through this constructor

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(ReportIncident command, Hospitals hospitals, Drills drills) {
        if (!hospitals.exists(command.hospitalId())) {
            throw new UnknownHospitalException(command.hospitalId());
        }
        Exercise exercise = command.drillId() == null ? null
                : drills.exerciseFor(command.drillId(), command.hospitalId());
        awareness(command.detectedAt(), command.awareAt(), command.reportedAt());
        record(Reports.reported(command, exercise));
        Reports.assessments(command, state).forEach(this::record);
        return state.lastSequence();
    }

    /** Another hospital's incident is unknown to the sender. */
    @CommandHandlerInterceptor
    Object ownHospital(IncidentCommand command, InterceptorChain chain) throws Exception {
        if (!state.reported() || !state.hospitalId().equals(command.hospitalId())) { // unreported: a drill's id
            throw new IncidentNotFoundException(command.incidentId());
        }
        return chain.proceed();
    }

    @CommandHandler
    long handle(CorrectAwareness command) {
        awareness(command.detectedAt(), command.awareAt(), command.recordedAt());
        requireReason("reason", command.reason());
        if (command.awareAt().equals(state.awareAt()) && Objects.equals(command.detectedAt(), state.detectedAt())) {
            return state.lastSequence();
        }
        record(new AwarenessCorrected(id, command.detectedAt(), command.awareAt(), command.reason().strip()));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(ClassifyIncident command) {
        requireOpen();
        return recordIfChanged(Assessments.classified(id, command.classification(), command.reason()));
    }

    @CommandHandler
    long handle(AssessImpact command) {
        requireOpen();
        return recordIfChanged(Assessments.impactAssessed(id, command.impact(), command.reason()));
    }

    @CommandHandler
    long handle(AssessPersonalData command) {
        return recordIfChanged(Assessments.personalDataAssessed(state, command.personalData(), command.reason(),
                command.recordedAt(), "awareAt"));
    }

    @CommandHandler
    long handle(AssessSignificance command) {
        return recordIfChanged(Assessments.significanceAssessed(id, command.decision()));
    }

    @CommandHandler
    long handle(ConcludeHandling command) {
        sinceAwareness("concludedAt", command.concludedAt(), state.awareAt(), command.recordedAt());
        var concluded = state.handlingConcluded();
        if (concluded != null && concluded.concludedAt().equals(command.concludedAt())) {
            return state.lastSequence(); // the same again, e.g. a form saved twice
        }
        record(new HandlingConcluded(id, command.concludedAt(), blankToNull(command.summary())));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(RecordImpactEnded command) {
        sinceAwareness("endedAt", command.endedAt(), state.awareAt(), command.recordedAt());
        var ended = state.impactEnded();
        if (ended != null && ended.endedAt().equals(command.endedAt())) {
            return state.lastSequence();
        }
        record(new ImpactEnded(id, command.endedAt(), blankToNull(command.note())));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(AppendTimelineEntry command) {
        requireOpen();
        Instant floor = state.detectedAt() != null ? state.detectedAt() : state.awareAt();
        if (command.happenedAt().isBefore(floor)) {
            throw new EntryBeforeDetectionException(command.happenedAt(), floor);
        }
        if (command.happenedAt().isAfter(command.recordedAt())) {
            throw new EntryInFutureException(command.happenedAt(), command.recordedAt());
        }
        requireCorrectable("supersedes", command.supersedes(), currentEntries, command.correctionReason());
        record(new TimelineEntryAppended(id, command.entryId(), command.kind(), command.text().strip(),
                command.happenedAt(), command.recordedAt(), command.supersedes(),
                blankToNull(command.correctionReason())));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(ChangePhase command) {
        if (command.phase() == state.phase()) {
            return state.lastSequence();
        }
        if (command.phase().isBefore(state.phase())) {
            throw new PhaseGoesBackException(state.phase(), command.phase());
        }
        record(new PhaseChanged(id, state.phase(), command.phase(), blankToNull(command.note())));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(ReopenIncident command) {
        if (!command.phase().isBefore(state.phase()) || command.phase() == Phase.CLOSED) {
            throw new ReopenGoesForwardException(state.phase(), command.phase());
        }
        requireReason("reason", command.reason());
        record(new IncidentReopened(id, state.phase(), command.phase(), command.reason().strip()));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(AddIndicator command) {
        requireOpen();
        record(Indicators.added(state, command));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(WithdrawIndicator command) {
        requireCorrectable("indicatorId", command.indicatorId(), Indicators.currentIds(state), command.reason());
        requireReason("reason", command.reason());
        record(new IndicatorWithdrawn(id, command.indicatorId(), command.reason().strip()));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(ShareIncidentWithCert command, HospitalCountries countries) {
        if (!command.tlp().shareable()) {
            throw new RedNotShareableException("tlp", command.tlp().label());
        }
        List<SharedIndicator> indicators = command.indicatorIds().stream().distinct().map(this::shareable).toList();
        String country = countries.countryOf(state.hospitalId()).orElse(null);
        record(Shares.of(state, command.tlp(), command.pseudonymised(), command.sectorView(), country,
                command.summary().strip(), indicators));
        return state.lastSequence();
    }

    @CommandHandler
    long handle(WithdrawShare command) {
        if (state.share() == null) {
            throw new NotSharedException();
        }
        requireReason("reason", command.reason());
        record(new IncidentShareWithdrawn(id, command.reason().strip()));
        return state.lastSequence();
    }

    private SharedIndicator shareable(UUID indicatorId) {
        var indicator = state.indicator(indicatorId)
                .orElseThrow(() -> new UnknownEntryException("indicatorIds", indicatorId));
        if (indicator.tlp() == Tlp.RED) {
            throw new RedNotShareableException("indicatorIds", indicator.value());
        }
        return new SharedIndicator(indicator.type(), indicator.value(), indicator.tlp());
    }

    private void requireOpen() {
        if (state.phase() == Phase.CLOSED) {
            throw new IncidentClosedException();
        }
    }

    private long recordIfChanged(IncidentEvent assessment) {
        if (!Assessments.changes(state, assessment)) {
            return state.lastSequence(); // the same assessment again, e.g. a form saved twice: nothing new to record
        }
        record(assessment);
        return state.lastSequence();
    }

    /**
     * Every event of a drill's incident says so in its metadata ({@link CommandMetaData#EXERCISE}): the publisher
     * sees the event alone, not the fold, and keeps a drill's shares off the share topic (ADR 0022).
     */
    private void record(IncidentEvent event) {
        var exercise = event instanceof IncidentReported report ? report.exercise() : state.exercise();
        var metaData = MetaData.with(HashChain.KEY, HashChain.link(chainHead, state.lastSequence() + 1, event));
        apply(event, exercise == null ? metaData
                : metaData.and(CommandMetaData.EXERCISE, exercise.drillId().toString()));
    }

    @EventSourcingHandler
    void on(IncidentEvent event, @MetaDataValue(HashChain.KEY) String chainHash) {
        state = state.apply(event);
        id = state.incidentId();
        chainHead = chainHash;
        if (event instanceof TimelineEntryAppended e) {
            currentEntries.remove(e.supersedes());
            currentEntries.add(e.entryId());
        }
    }
}
