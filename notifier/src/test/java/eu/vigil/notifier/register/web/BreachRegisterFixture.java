package eu.vigil.notifier.register.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.DrillKeyTopic;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;

/**
 * A hospital of its own per test, in Brussels, with three personal data breaches fed through the incident topic: one
 * notified to the authority, one declared not required with its reason, one whose clock still runs; an incident
 * without personal data; and a breach of another hospital.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class BreachRegisterFixture {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String GDPR = "GDPR_SA_NOTIFICATION";
    static final String INJECTED_SUMMARY = "=HYPERLINK(\"https://evil.example\",\"Lost USB key\")";
    // 23:30 UTC on New Year's Eve is 00:30 on 1 January in Brussels: the register counts years on the hospital's clock
    static final Instant NEW_YEAR_IN_BRUSSELS = Instant.parse("2025-12-31T23:30:00Z");
    static final Instant SUMMER_2025 = Instant.parse("2025-06-10T08:00:00Z");
    static final String NOT_REQUIRED_REASON = "Backup tapes encrypted (AES-256), key not lost: unlikely to result in a risk";

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    String hospital;
    String otherHospital;
    IncidentId notified;
    IncidentId notRequired;
    IncidentId pending;
    IncidentId withoutPersonalData;
    IncidentId othersBreach;
    IncidentId drillsBreach;
    Instant notifiedAware;

    @BeforeEach
    void threeBreachesOfOneHospitalAndOneOfAnother() {
        hospital = "h-register-" + UUID.randomUUID().toString().substring(0, 8);
        otherHospital = "h-other-" + UUID.randomUUID().toString().substring(0, 8);
        for (String each : List.of(hospital, otherHospital)) {
            profiles.save(new HospitalProfile(HospitalId.of(each), "BE", BRUSSELS, "CCB (CERT.be)", "APD/GBA",
                    "dpo@" + each + ".example", "security@" + each + ".example"));
        }
        notifiedAware = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        notified = IncidentId.generate();
        UUID isolated = UUID.randomUUID();
        report(notified, hospital, INJECTED_SUMMARY, notifiedAware, YesNoUnknown.UNKNOWN,
                new PersonalDataAssessed(notified, YesNoUnknown.YES, List.of(PersonalDataCategory.HEALTH_DATA,
                        PersonalDataCategory.IDENTIFIERS), 900, null, notifiedAware),
                new ImpactAssessed(notified, List.of(ClinicalService.IMAGING), PatientCareImpact.DIVERTED_PATIENTS,
                        List.of(), YesNoUnknown.NO, List.of(), null),
                entry(notified, isolated, TimelineEntryKind.ACTION, "PACS server isolatd", 20, null),
                entry(notified, UUID.randomUUID(), TimelineEntryKind.OBSERVATION, "Ransom note on the viewer", 5,
                        null),
                entry(notified, UUID.randomUUID(), TimelineEntryKind.ACTION, "Passwords of the PACS accounts reset",
                        40, null),
                entry(notified, UUID.randomUUID(), TimelineEntryKind.ACTION, "PACS server isolated", 20, isolated));
        notRequired = report(IncidentId.generate(), hospital, "Backup tapes lost in transit", NEW_YEAR_IN_BRUSSELS,
                YesNoUnknown.YES);
        pending = report(IncidentId.generate(), hospital, "Mailbox of a ward secretary read", SUMMER_2025,
                YesNoUnknown.UNKNOWN);
        withoutPersonalData = report(IncidentId.generate(), hospital, "Printer offline", SUMMER_2025,
                YesNoUnknown.NO);
        othersBreach = report(IncidentId.generate(), otherHospital, "Patient list on a public share", SUMMER_2025,
                YesNoUnknown.YES);
        // a breach played in a drill (ADR 0022): its obligation runs on the drill's clock, the register never lists it
        drillsBreach = report(IncidentId.generate(), hospital, "Drill: patient records on a phishing site",
                notifiedAware, YesNoUnknown.YES,
                new Exercise(DrillKeyTopic.drillWithKey(bootstrapServers, keyTopic), 60));
        for (IncidentId breach : List.of(notified, notRequired, pending, othersBreach, drillsBreach)) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> view.find(ObligationIds.of(breach, GDPR)).isPresent());
        }
        http.exchange("/api/obligations/" + ObligationIds.of(notified, GDPR) + "/submission", HttpMethod.POST,
                as("DPO", hospital, Map.of("submittedAt", Instant.now().minusSeconds(60).toString(),
                        "reference", "APD-2026-0042")), String.class);
        http.exchange("/api/obligations/" + ObligationIds.of(notRequired, GDPR) + "/not-required", HttpMethod.POST,
                as("DPO", hospital, Map.of("reason", NOT_REQUIRED_REASON)), String.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                view.find(ObligationIds.of(notified, GDPR)).orElseThrow().status() == ObligationStatus.SUBMITTED
                        && view.find(ObligationIds.of(notRequired, GDPR)).orElseThrow().status()
                        == ObligationStatus.NOT_REQUIRED);
    }

    // the report, then each event in order; returns once the notifier has taken the last of them
    private IncidentId report(IncidentId incident, String of, String summary, Instant aware,
                              YesNoUnknown personalData, IncidentEvent... then) {
        return report(incident, of, summary, aware, personalData, null, then);
    }

    private IncidentId report(IncidentId incident, String of, String summary, Instant aware,
                              YesNoUnknown personalData, Exercise exercise, IncidentEvent... then) {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var last = incidents.publish(envelope(of, 0, aware, new IncidentReported(incident, HospitalId.of(of),
                summary, aware.minusSeconds(600), aware, RsitCategory.INFORMATION_CONTENT_SECURITY_DATA_LEAK,
                personalData, null, exercise)));
        long sequence = 1;
        for (var event : then) {
            last = incidents.publish(envelope(of, sequence, aware.plusSeconds(60 * sequence), event));
            sequence++;
        }
        incidents.awaitConsumed(group, last);
        return incident;
    }

    // happened this many minutes after the breach's awareness; a correction supersedes an entry
    private TimelineEntryAppended entry(IncidentId incident, UUID id, TimelineEntryKind kind, String text,
                                        int minutes, UUID supersedes) {
        Instant happened = notifiedAware.plus(Duration.ofMinutes(minutes));
        return new TimelineEntryAppended(incident, id, kind, text, happened, happened.plusSeconds(30), supersedes,
                supersedes == null ? null : "typo in the first entry");
    }

    static HttpEntity<Object> as(String role, String of, Object body) {
        var headers = headers(role, of);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static HttpHeaders headers(String role, String of) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase() + "-" + UUID.randomUUID(), role, of));
        return headers;
    }
}
