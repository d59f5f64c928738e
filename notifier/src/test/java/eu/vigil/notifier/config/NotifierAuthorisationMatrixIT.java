package eu.vigil.notifier.config;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.draft.Drafts;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.HostileForms;
import eu.vigil.testsupport.HostileRequests;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;

/**
 * Every endpoint × every kind of caller, with the exact status (issue 4), and the hostile-input table (issue 12). The
 * rows are kept by feature: {@link ObligationMatrixRows}, {@link DraftMatrixRows}, {@link CalendarAndProfileMatrixRows}
 * and {@link AdministrationMatrixRows}, on the incident and obligations prepared here ({@link MatrixObligations}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NotifierAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Drafts drafts;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        return AuthorisationMatrix.tests(context, http, rows(), AuthorisationMatrix.callers(OWN, OTHER));
    }

    /** Issue 12's table of malformed and hostile requests against every write endpoint and form of the notifier. */
    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesHostileInputPreciselyAndRecordsNothing() {
        var rows = rows();
        var callers = AuthorisationMatrix.callers(OWN, OTHER);
        return Stream.concat(HostileRequests.tests(context, http, rows, callers, this::recorded),
                HostileForms.tests(context, http, rows, callers, this::recorded));
    }

    private long recorded() {
        long events = Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from notification.domain_event_entry", Long.class));
        List<String> profiles = jdbc.queryForList(
                "select p::text from notification.hospital_profile p order by 1", String.class);
        List<String> confirmations = jdbc.queryForList("""
                select hospital_id || authority_id || fact || value || confirmed
                  from notification.authority_confirmation order by 1""", String.class);
        return events * 31 + profiles.hashCode() + 17L * confirmations.hashCode();
    }

    private List<Row> rows() {
        var on = prepare();
        var rows = new ArrayList<Row>(ObligationMatrixRows.of(on));
        rows.addAll(DraftMatrixRows.of(on));
        rows.addAll(CalendarAndProfileMatrixRows.of(OWN, on));
        rows.addAll(AdministrationMatrixRows.of());
        return rows;
    }

    private MatrixObligations prepare() {
        var incident = anIncidentOfTheOwnHospital();
        profiles.save(new HospitalProfile(HospitalId.of(OWN), "BE", ZoneId.of("Europe/Brussels"), "CCB (CERT.be)",
                "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        var drafts = DraftsToCall.of(anIncidentOfTheOwnHospital(), anIncidentOfTheOwnHospital(), this.drafts, view);
        String submittedJustNow = Instant.now().minusSeconds(60).toString();
        UUID receiptFor = aSubmittedObligationWithAReceipt(); // issue 14: a receipt belongs to a submitted report
        // issue 14: whether another hospital or any hospital lacks a profile depends on the tests run before
        boolean otherWarned = profiles.find(HospitalId.of(OTHER)).isEmpty();
        boolean adminWarned = !profiles.seenWithoutProfile(1).isEmpty();
        return new MatrixObligations(incident, ObligationIds.of(incident, "NIS2_EARLY_WARNING"),
                ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION"), ObligationIds.of(incident,
                "GDPR_SA_NOTIFICATION"), ObligationIds.of(incident, "NIS2_RECIPIENTS_NOTICE"), submittedJustNow,
                receiptFor, drafts, otherWarned, adminWarned);
    }

    private UUID aSubmittedObligationWithAReceipt() {
        var notification = ObligationIds.of(anIncidentOfTheOwnHospital(), "NIS2_INCIDENT_NOTIFICATION");
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", OWN));
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.exchange("/api/obligations/" + notification + "/submission", HttpMethod.POST, new HttpEntity<>(
                "{\"submittedAt\":\"" + Instant.now().minusSeconds(30) + "\"}", headers), String.class);
        headers.setContentType(MediaType.TEXT_PLAIN);
        var attached = http.exchange("/api/obligations/" + notification + "/receipt", HttpMethod.PUT,
                new HttpEntity<>("Received", headers), String.class);
        if (attached.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("The receipt to download was not attached: " + attached.getBody());
        }
        return notification;
    }

    // aware a minute ago, personal data unknown, significant: every kind of obligation opens, none due yet
    private IncidentId anIncidentOfTheOwnHospital() {
        var incident = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(incident, OWN, Instant.now().minusSeconds(60)));
        incidents.publish(envelope(OWN, 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", OWN));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/api/seen-incidents/" + incident,
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode() == HttpStatus.OK);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).size() == 5);
        return incident;
    }
}
