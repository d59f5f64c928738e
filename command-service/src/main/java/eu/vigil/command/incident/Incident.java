package eu.vigil.command.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.vigil.command.hashchain.HashChain;
import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static eu.vigil.command.incident.Assessments.blankToNull;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An incident as its hospital handles it. Every handler returns the sequence of the last event the incident
 * holds afterwards, so that a page can wait until the read side has caught up with it.
 * <p>
 * It holds only what its decisions need: requests already handled are remembered by {@link RequestKeys}, not
 * here. Loaded from the latest snapshot plus the events after it, or from the cache (config/AggregateLoadingConfig);
 * a snapshot is this object written as JSON, field by field.
 */
@Aggregate(snapshotTriggerDefinition = "incidentSnapshotTrigger", cache = "incidentCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Incident {

    @AggregateIdentifier
    private IncidentId id;
    private HospitalId hospitalId;
    private Instant detectedAt;
    private Instant awareAt;
    private Phase phase;
    private final IncidentFacts facts = new IncidentFacts();
    private final Set<UUID> currentEntries = new HashSet<>();
    private final Map<UUID, SharedIndicator> currentIndicators = new HashMap<>();
    private int shareRevision;
    private boolean shared;
    private long lastSequence = -1;
    private String chainHead = HashChain.GENESIS;

    protected Incident() {} // Axon rebuilds the aggregate from its events through this constructor

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(ReportIncident command, Hospitals hospitals) {
        if (!hospitals.exists(command.hospitalId())) {
            throw new UnknownHospitalException(command.hospitalId());
        }
        checkAwareness(command.detectedAt(), command.awareAt(), command.reportedAt());
        var details = command.details() == null ? IncidentDetails.NONE : command.details();
        var category = details.classification() == null ? command.category() : details.classification().category();
        var personalData = details.personalData() == null ? command.personalDataInvolved()
                : details.personalData().involved();
        record(new IncidentReported(command.incidentId(), command.hospitalId(), command.summary().strip(),
                command.detectedAt(), command.awareAt(), category,
                personalData == null ? YesNoUnknown.UNKNOWN : personalData, blankToNull(command.description())));
        if (details.classification() != null) {
            record(Assessments.classified(id, details.classification(), null));
        }
        if (details.impact() != null) {
            record(Assessments.impactAssessed(id, details.impact(), null));
        }
        if (details.personalData() != null) {
            record(Assessments.personalDataAssessed(id, details.personalData(), null));
        }
        if (details.significance() != null) {
            record(Assessments.significanceAssessed(id, details.significance()));
        }
        return lastSequence;
    }

    /** Another hospital's incident is unknown to the sender. */
    @CommandHandlerInterceptor
    Object ownHospital(IncidentCommand command, InterceptorChain chain) throws Exception {
        if (!hospitalId.equals(command.hospitalId())) {
            throw new IncidentNotFoundException(command.incidentId());
        }
        return chain.proceed();
    }

    @CommandHandler
    long handle(CorrectAwareness command) {
        checkAwareness(command.detectedAt(), command.awareAt(), command.recordedAt());
        requireReason("reason", command.reason());
        if (command.awareAt().equals(awareAt) && Objects.equals(command.detectedAt(), detectedAt)) {
            return lastSequence;
        }
        record(new AwarenessCorrected(id, command.detectedAt(), command.awareAt(), command.reason().strip()));
        return lastSequence;
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
        return recordIfChanged(Assessments.personalDataAssessed(id, command.personalData(), command.reason()));
    }

    @CommandHandler
    long handle(AssessSignificance command) {
        return recordIfChanged(Assessments.significanceAssessed(id, command.decision()));
    }

    @CommandHandler
    long handle(AppendTimelineEntry command) {
        requireOpen();
        Instant floor = detectedAt != null ? detectedAt : awareAt;
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
        return lastSequence;
    }

    @CommandHandler
    long handle(ChangePhase command) {
        if (command.phase() == phase) {
            return lastSequence;
        }
        if (command.phase().isBefore(phase)) {
            throw new PhaseGoesBackException(phase, command.phase());
        }
        record(new PhaseChanged(id, phase, command.phase(), blankToNull(command.note())));
        return lastSequence;
    }

    @CommandHandler
    long handle(ReopenIncident command) {
        if (!command.phase().isBefore(phase) || command.phase() == Phase.CLOSED) {
            throw new ReopenGoesForwardException(phase, command.phase());
        }
        requireReason("reason", command.reason());
        record(new IncidentReopened(id, phase, command.phase(), command.reason().strip()));
        return lastSequence;
    }

    @CommandHandler
    long handle(AddIndicator command) {
        requireOpen();
        String value = IndicatorValues.normalise(command.type(), command.value());
        var indicator = new SharedIndicator(command.type(), value, command.tlp());
        boolean duplicate = currentIndicators.entrySet().stream()
                .filter(current -> !current.getKey().equals(command.supersedes()))
                .anyMatch(current -> current.getValue().type() == command.type()
                        && current.getValue().value().equals(value));
        if (duplicate) {
            throw new DuplicateIndicatorException(command.type(), value);
        }
        requireCorrectable("supersedes", command.supersedes(), currentIndicators.keySet(), command.correctionReason());
        record(new IndicatorAdded(id, command.indicatorId(), indicator.type(), indicator.value(), indicator.tlp(),
                blankToNull(command.note()), command.supersedes(), blankToNull(command.correctionReason())));
        return lastSequence;
    }

    @CommandHandler
    long handle(WithdrawIndicator command) {
        requireCorrectable("indicatorId", command.indicatorId(), currentIndicators.keySet(), command.reason());
        requireReason("reason", command.reason());
        record(new IndicatorWithdrawn(id, command.indicatorId(), command.reason().strip()));
        return lastSequence;
    }

    @CommandHandler
    long handle(ShareIncidentWithCert command) {
        if (!command.tlp().shareable()) {
            throw new RedNotShareableException("tlp", command.tlp().label());
        }
        List<SharedIndicator> indicators = command.indicatorIds().stream().distinct().map(this::shareable).toList();
        record(facts.share(id, shareRevision + 1, command.tlp(), command.pseudonymised(), command.summary().strip(),
                phase, indicators));
        return lastSequence;
    }

    @CommandHandler
    long handle(WithdrawShare command) {
        if (!shared) {
            throw new NotSharedException();
        }
        requireReason("reason", command.reason());
        record(new IncidentShareWithdrawn(id, command.reason().strip()));
        return lastSequence;
    }

    private SharedIndicator shareable(UUID indicatorId) {
        var indicator = currentIndicators.get(indicatorId);
        if (indicator == null) {
            throw new UnknownEntryException("indicatorIds", indicatorId);
        }
        if (indicator.tlp() == Tlp.RED) {
            throw new RedNotShareableException("indicatorIds", indicator.value());
        }
        return indicator;
    }

    private void checkAwareness(Instant detected, Instant aware, Instant recordedAt) {
        if (aware.isAfter(recordedAt)) {
            throw new AwarenessInFutureException(aware, recordedAt);
        }
        if (detected != null && aware.isBefore(detected)) {
            throw new AwarenessBeforeDetectionException(aware, detected);
        }
    }

    private void requireOpen() {
        if (phase == Phase.CLOSED) {
            throw new IncidentClosedException();
        }
    }

    private static void requireReason(String field, String reason) {
        if (blankToNull(reason) == null) {
            throw new ReasonMissingException(field);
        }
    }

    private static void requireCorrectable(String field, UUID superseded, Set<UUID> current, String reason) {
        if (superseded == null) {
            return;
        }
        if (!current.contains(superseded)) {
            throw new UnknownEntryException(field, superseded);
        }
        requireReason("correctionReason", reason);
    }

    private long recordIfChanged(IncidentEvent assessment) {
        if (!facts.changedBy(assessment)) {
            return lastSequence; // the same assessment again, e.g. a form saved twice: nothing new to record
        }
        record(assessment);
        return lastSequence;
    }

    private void record(IncidentEvent event) {
        apply(event, MetaData.with(HashChain.KEY, HashChain.link(chainHead, lastSequence + 1, event)));
    }

    @EventSourcingHandler
    void on(IncidentEvent event, @MetaDataValue(HashChain.KEY) String chainHash) {
        lastSequence++;
        chainHead = chainHash;
        facts.remember(event);
        if (event instanceof IncidentReported e) {
            id = e.incidentId();
            hospitalId = e.hospitalId();
            detectedAt = e.detectedAt();
            awareAt = e.awareAt();
            phase = Phase.DETECTION;
        } else if (event instanceof AwarenessCorrected e) {
            detectedAt = e.detectedAt();
            awareAt = e.awareAt();
        } else if (event instanceof TimelineEntryAppended e) {
            currentEntries.remove(e.supersedes());
            currentEntries.add(e.entryId());
        } else if (event instanceof PhaseChanged e) {
            phase = e.to();
        } else if (event instanceof IncidentReopened e) {
            phase = e.to();
        } else if (event instanceof IndicatorAdded e) {
            currentIndicators.remove(e.supersedes());
            currentIndicators.put(e.indicatorId(), new SharedIndicator(e.type(), e.value(), e.tlp()));
        } else if (event instanceof IndicatorWithdrawn e) {
            currentIndicators.remove(e.indicatorId());
        } else if (event instanceof IncidentShared e) {
            shareRevision = e.revision();
            shared = true;
        } else if (event instanceof IncidentShareWithdrawn) {
            shared = false;
        }
    }
}
