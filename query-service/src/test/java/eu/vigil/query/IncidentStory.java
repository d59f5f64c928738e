package eu.vigil.query;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.testsupport.IncidentEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One incident's events in the order the command service records them: each {@link #next} is the following
 * sequence, recorded a minute after the one before. The event factories fill in what a test does not care about.
 */
public final class IncidentStory {

    // 15 minutes before EU clocks go forward (2026-03-29 01:00 UTC): shown as the same instant.
    public static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");
    public static final Instant DETECTED = AWARE.minus(Duration.ofMinutes(10));
    public static final Instant REPORTED = IncidentEvents.REPORTED;

    private final IncidentId incident = IncidentId.generate();
    private final String hospital;
    private long sequence;

    public IncidentStory(String hospital) {
        this.hospital = hospital;
    }

    public IncidentId incident() {
        return incident;
    }

    public UUID id() {
        return incident.value();
    }

    /** The sequence the next event will get. */
    public long nextSequence() {
        return sequence;
    }

    public EventEnvelope<IncidentEvent> next(IncidentEvent event) {
        return next(IncidentEvents.OFFICER, event);
    }

    public EventEnvelope<IncidentEvent> next(Actor actor, IncidentEvent event) {
        var envelope = IncidentEvents.envelope(hospital, sequence, REPORTED.plus(Duration.ofMinutes(sequence)),
                actor, event);
        sequence++;
        return envelope;
    }

    public IncidentReported reported() {
        return new IncidentReported(incident, HospitalId.of(hospital), "Ransom note on the PACS viewer", DETECTED,
                AWARE, RsitCategory.INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION,
                YesNoUnknown.UNKNOWN, "Radiology cannot open images; a ransom note is shown instead.");
    }

    /** The report of an incident within a drill (ADR 0022): otherwise as {@link #reported()}. */
    public IncidentReported reportedInDrill(Exercise exercise) {
        var report = reported();
        return new IncidentReported(incident, report.hospitalId(), "Drill: ransom note on the PACS viewer",
                report.detectedAt(), report.awareAt(), report.category(), report.personalDataInvolved(),
                report.description(), exercise);
    }

    public IncidentClassified classified(Severity severity, String reason) {
        return new IncidentClassified(incident, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                List.of(RsitCategory.AVAILABILITY_OUTAGE), "ransomware", severity, YesNoUnknown.YES, reason);
    }

    public AwarenessCorrected awarenessCorrected(Instant awareAt, String reason) {
        return new AwarenessCorrected(incident, DETECTED, awareAt, reason);
    }

    public ImpactAssessed impactAssessed(PatientCareImpact impact) {
        return new ImpactAssessed(incident, List.of(ClinicalService.IMAGING, ClinicalService.EMERGENCY_DEPARTMENT),
                impact, List.of(new MedicalDevice("CT scanner", "Acme Imaging", "X9", 2, true)), YesNoUnknown.YES,
                List.of("BE", "FR"), null);
    }

    public PersonalDataAssessed personalDataAssessed(YesNoUnknown involved) {
        return new PersonalDataAssessed(incident, involved,
                involved == YesNoUnknown.YES ? List.of(PersonalDataCategory.HEALTH_DATA) : List.of(),
                involved == YesNoUnknown.YES ? 1200 : null, null, involved == YesNoUnknown.NO ? null : AWARE);
    }

    public SignificanceAssessed significanceAssessed(Significance significance, String reason) {
        return new SignificanceAssessed(incident, significance, reason);
    }

    public PhaseChanged phaseChanged(Phase from, Phase to) {
        return new PhaseChanged(incident, from, to, null);
    }

    public TimelineEntryAppended entry(UUID entryId, String text, Instant happenedAt) {
        return new TimelineEntryAppended(incident, entryId, TimelineEntryKind.OBSERVATION, text, happenedAt,
                happenedAt.plus(Duration.ofMinutes(5)), null, null);
    }

    public TimelineEntryAppended correction(UUID entryId, UUID supersedes, String text, Instant happenedAt,
                                            String reason) {
        return new TimelineEntryAppended(incident, entryId, TimelineEntryKind.OBSERVATION, text, happenedAt,
                happenedAt.plus(Duration.ofMinutes(30)), supersedes, reason);
    }

    public IndicatorAdded indicator(UUID indicatorId, String domain, Tlp tlp) {
        return new IndicatorAdded(incident, indicatorId, IndicatorType.DOMAIN, domain, tlp, null, null, null);
    }

    public IndicatorAdded indicatorCorrection(UUID indicatorId, UUID supersedes, String domain, String reason) {
        return new IndicatorAdded(incident, indicatorId, IndicatorType.DOMAIN, domain, Tlp.AMBER, null, supersedes,
                reason);
    }

    public IncidentShared shared(Tlp tlp, Phase phase, SharedIndicator... indicators) {
        return new IncidentShared(incident, 1, tlp, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH,
                "Ransomware on imaging systems", phase, PatientCareImpact.DIVERTED_PATIENTS, List.of("CT scanner"),
                List.of(indicators), YesNoUnknown.YES);
    }
}
