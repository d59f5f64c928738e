package eu.vigil.query.register.web;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Thirty incidents of one hospital, each differing from the next in awareness, report time, category, severity,
 * phase and summary, four with reports to authorities; and two incidents of another hospital that match every
 * filter the tests use.
 */
final class ListedIncidents {

    static final int COUNT = 30;
    static final Instant FIRST_AWARE = Instant.parse("2026-01-10T08:00:00Z");
    static final Instant FIRST_REPORTED = Instant.parse("2026-02-01T00:00:00Z");
    /** a summary a spreadsheet would run as a formula, with a comma and quotes */
    static final String FORMULA = "=SUM(A1) phishing, \"ward\" 1";

    /** One incident as published; severity null for the unclassified ones. */
    record Listed(int index, UUID id, Instant awareAt, Instant reportedAt, String summary, RsitCategory category,
                  Severity severity, Phase phase) {
    }

    final String hospital = "h-list-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherHospital = hospital + "-other";
    final List<Listed> incidents = new ArrayList<>();
    final List<UUID> others = new ArrayList<>();

    void publish(IncidentTopic incidentTopic, IncidentTopic notificationTopic) {
        for (int i = 0; i < COUNT; i++) {
            var listed = new Listed(i, UUID.randomUUID(), FIRST_AWARE.plus(Duration.ofHours(6L * i)),
                    FIRST_REPORTED.plus(Duration.ofMinutes(COUNT - i)),
                    i == 1 ? FORMULA : i % 3 == 0 ? "Ransomware note on the PACS viewer " + i
                            : "Phishing mail to ward " + i,
                    i % 2 == 0 ? RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM : RsitCategory.FRAUD_PHISHING,
                    i < 20 ? Severity.values()[i % 4] : null, i % 5 == 0 ? Phase.CONTAINMENT : Phase.DETECTION);
            incidents.add(listed);
            publishIncident(incidentTopic, hospital, listed);
        }
        for (int i = 0; i < 2; i++) {
            var other = new Listed(i, UUID.randomUUID(), FIRST_AWARE.plus(Duration.ofHours(6L * i + 1)),
                    FIRST_REPORTED, "Ransomware note on the PACS viewer", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                    Severity.HIGH, Phase.CONTAINMENT);
            others.add(other.id());
            publishIncident(incidentTopic, otherHospital, other);
            var opened = UUID.randomUUID();
            notificationTopic.publish(obligation(opened, 0, opened(opened, other.id(), otherHospital,
                    Instant.parse("2026-01-20T00:00:00Z")), otherHospital));
        }
        var running = UUID.randomUUID();
        notificationTopic.publish(obligation(running, 0, opened(running, id(3), hospital,
                Instant.parse("2090-01-01T00:00:00Z")), hospital));
        var pastDue = UUID.randomUUID();
        notificationTopic.publish(obligation(pastDue, 0, opened(pastDue, id(7), hospital,
                Instant.parse("2026-01-20T00:00:00Z")), hospital));
        var missed = UUID.randomUUID();
        var missedDue = Instant.parse("2026-01-25T00:00:00Z");
        notificationTopic.publish(obligation(missed, 0, opened(missed, id(11), hospital, missedDue), hospital));
        notificationTopic.publish(obligation(missed, 1, new DeadlineMissed(missed, missedDue), hospital));
        var submitted = UUID.randomUUID();
        notificationTopic.publish(obligation(submitted, 0, opened(submitted, id(15), hospital,
                Instant.parse("2026-01-30T00:00:00Z")), hospital));
        notificationTopic.publish(obligation(submitted, 1, new ObligationSubmitted(submitted,
                Instant.parse("2026-01-29T00:00:00Z"), "CCB-1", null), hospital));
    }

    UUID id(int index) {
        return incidents.get(index).id();
    }

    private static void publishIncident(IncidentTopic topic, String hospital, Listed listed) {
        var incident = new IncidentId(listed.id());
        long sequence = 0;
        topic.publish(IncidentEvents.envelope(hospital, sequence++, listed.reportedAt(), new IncidentReported(
                incident, HospitalId.of(hospital), listed.summary(), null, listed.awareAt(), listed.category(),
                YesNoUnknown.UNKNOWN, "Seen by the ward")));
        if (listed.severity() != null) {
            topic.publish(IncidentEvents.envelope(hospital, sequence++, listed.reportedAt().plusSeconds(1),
                    new IncidentClassified(incident, listed.category(), List.of(), "unknown", listed.severity(),
                            YesNoUnknown.YES, null)));
        }
        if (listed.phase() != Phase.DETECTION) {
            topic.publish(IncidentEvents.envelope(hospital, sequence, listed.reportedAt().plusSeconds(2),
                    new PhaseChanged(incident, Phase.DETECTION, listed.phase(), null)));
        }
    }

    private static ObligationOpened opened(UUID obligation, UUID incident, String hospital, Instant due) {
        return new ObligationOpened(obligation, new IncidentId(incident), HospitalId.of(hospital),
                "NIS2_EARLY_WARNING", "nis2", "NIS2_EARLY_WARNING", "csirt", "CCB", "NIS2 Art. 23(4)",
                URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false,
                due.minus(Duration.ofHours(24)), due, "Europe/Brussels", false, null);
    }

    private static EventEnvelope<NotificationEvent> obligation(UUID obligation, long sequence, NotificationEvent event,
                                                               String hospital) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of(hospital), FIRST_REPORTED.plus(Duration.ofMinutes(sequence)),
                Actor.system("notifier"), event);
    }
}
