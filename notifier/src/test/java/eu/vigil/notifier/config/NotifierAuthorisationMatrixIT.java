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
import eu.vigil.testsupport.AuthorisationMatrix.Caller;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;

/** Every endpoint × every kind of caller, with the exact status (issue 4), and the hostile-input table (issue 12). */
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
        var incident = anIncidentOfTheOwnHospital();
        profiles.save(new HospitalProfile(HospitalId.of(OWN), "BE", ZoneId.of("Europe/Brussels"), "CCB (CERT.be)",
                "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        var drafts = DraftsToCall.of(anIncidentOfTheOwnHospital(), anIncidentOfTheOwnHospital(), this.drafts, view);
        String obligations = "/api/obligations/";
        UUID notification = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        UUID earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");
        UUID gdpr = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");
        UUID register = ObligationIds.of(incident, "GDPR_BREACH_REGISTER");
        UUID recipients = ObligationIds.of(incident, "NIS2_RECIPIENTS_NOTICE");
        String submittedJustNow = Instant.now().minusSeconds(60).toString();
        UUID receiptFor = aSubmittedObligationWithAReceipt(); // issue 14: a receipt belongs to a submitted report
        ToIntFunction<Caller> ownReaders = caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403;
        ToIntFunction<Caller> ownDpo = caller -> caller.isOwn("DPO") ? 200 : caller.is("DPO") ? 404 : 403;
        ToIntFunction<Caller> ownDpoCreates = caller -> caller.isOwn("DPO") ? 201 : caller.is("DPO") ? 404 : 403;
        ToIntFunction<Caller> ownDpoForm = caller -> caller.isOwn("DPO") ? 302 : caller.is("DPO") ? 404 : 403;
        ToIntFunction<Caller> hospitalStaff = caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403;
        ToIntFunction<Caller> admin = caller -> caller.is("ADMIN") ? 200 : 403;
        // issue 14: every page's missing-profile warning; 204 where there is nothing to warn about (the own hospital
        // has its profile; whether another hospital or any hospital lacks one depends on the tests run before)
        boolean otherWarned = profiles.find(HospitalId.of(OTHER)).isEmpty();
        boolean adminWarned = !profiles.seenWithoutProfile(1).isEmpty();
        ToIntFunction<Caller> profileWarning = caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 204
                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? (otherWarned ? 200 : 204)
                : caller.is("ADMIN") && adminWarned ? 200 : 204;
        String profile = "{\"country\":\"BE\",\"timeZone\":\"Europe/Brussels\",\"nis2Authority\":\"CCB (CERT.be)\","
                + "\"dataProtectionAuthority\":\"APD/GBA\",\"dpoEmail\":\"dpo@brugge.example\","
                + "\"securityOfficerEmail\":\"security@brugge.example\"}";
        return List.of(
                new Row("GET /api/obligations", "/api/obligations", null, hospitalStaff),
                new Row("GET /api/obligations/{obligationId}", obligations + earlyWarning, null, ownReaders),
                new Row("POST /api/obligations/{obligationId}/submission", obligations + notification + "/submission",
                        "{\"submittedAt\":\"" + submittedJustNow + "\",\"reference\":\"CCB-1\"}", ownDpo),
                new Row("POST /api/obligations/{obligationId}/not-required", obligations + gdpr + "/not-required",
                        "{\"reason\":\"Encrypted backups: unlikely to result in a risk\"}", ownDpo),
                new Row("POST /api/obligations/intermediate-reports", "/api/obligations/intermediate-reports",
                        "{\"incidentId\":\"" + incident + "\",\"requestedAt\":\"" + submittedJustNow
                                + "\",\"dueAt\":\"" + Instant.now().plusSeconds(86400) + "\",\"request\":\"status\"}",
                        ownDpoCreates),
                new Row("POST /api/obligations/data-subject-communications",
                        "/api/obligations/data-subject-communications",
                        "{\"incidentId\":\"" + incident + "\",\"reasons\":\"health data of 900 patients\"}",
                        ownDpoCreates),
                new Row("GET /api/obligations/{obligationId}/integrity", obligations + earlyWarning + "/integrity",
                        null, ownReaders),
                new Row("PUT /api/obligations/{obligationId}/receipt", obligations + receiptFor + "/receipt",
                        "Received, reference CCB-1", ownDpoCreates, MediaType.TEXT_PLAIN, false),
                new Row("GET /api/obligations/{obligationId}/receipt", obligations + receiptFor + "/receipt", null,
                        ownReaders),
                new Row("POST /deadlines/{obligationId}/receipt", "/deadlines/" + receiptFor + "/receipt",
                        "--vigil\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ack.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\nReceived, reference CCB-1\r\n--vigil--\r\n",
                        ownDpoForm, MediaType.parseMediaType("multipart/form-data; boundary=vigil"), false),
                new Row("GET /deadlines", "/deadlines", null, hospitalStaff),
                new Row("GET /deadlines/{obligationId}", "/deadlines/" + earlyWarning, null, ownReaders),
                new Row("GET /deadlines/{obligationId}/integrity", "/deadlines/" + earlyWarning + "/integrity", null,
                        ownReaders),
                Row.form("POST /deadlines/{obligationId}/submission", "/deadlines/" + earlyWarning + "/submission",
                        "submittedAt=" + LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES)
                                + "&timeZone=UTC", ownDpoForm),
                Row.form("POST /deadlines/{obligationId}/not-required", "/deadlines/" + recipients + "/not-required",
                        "reason=Nobody+outside+the+hospital+was+affected", ownDpoForm),
                new Row("GET /deadlines/calendar", "/deadlines/calendar", null, hospitalStaff),
                new Row("GET /api/obligations/{obligationId}/draft", obligations + earlyWarning + "/draft", null,
                        ownReaders),
                new Row("POST /api/obligations/{obligationId}/draft/versions",
                        obligations + drafts.recipients() + "/draft/versions",
                        "{\"basedOn\":0,\"language\":\"en\",\"fields\":{\"plainLanguageSummary\":\"Mail is down\"}}",
                        ownDpoCreates),
                new Row("GET /api/obligations/{obligationId}/draft/versions",
                        obligations + drafts.toApproveByApi() + "/draft/versions", null, ownReaders),
                new Row("GET /api/obligations/{obligationId}/draft/versions/{version}",
                        obligations + drafts.toApproveByApi() + "/draft/versions/1", null, ownReaders),
                new Row("POST /api/obligations/{obligationId}/draft/versions/{version}/approval",
                        obligations + drafts.toApproveByApi() + "/draft/versions/1/approval",
                        "{\"contentDigest\":\"" + drafts.toApproveByApiDigest() + "\"}", ownDpo),
                new Row("GET /api/obligations/{obligationId}/draft/versions/{version}/export/{format}",
                        obligations + drafts.approved() + "/draft/versions/1/export/pdf", null, ownReaders),
                new Row("GET /deadlines/{obligationId}/draft", "/deadlines/" + earlyWarning + "/draft", null,
                        ownReaders),
                new Row("GET /api/schemas/draft-export.schema.json", "/api/schemas/draft-export.schema.json", null,
                        hospitalStaff),
                new Row("GET /deadlines/{obligationId}/draft/diff", "/deadlines/" + drafts.toApproveByApi()
                        + "/draft/diff?from=1&to=1", null, ownReaders),
                Row.form("POST /deadlines/{obligationId}/draft", "/deadlines/" + drafts.gdpr() + "/draft",
                        "basedOn=0&language=en&field-summary=Mail+is+down", ownDpoForm),
                Row.form("POST /deadlines/{obligationId}/draft/approval", "/deadlines/" + drafts.toApprove()
                        + "/draft/approval", "version=1&contentDigest=" + drafts.toApproveDigest(), ownDpoForm),
                Row.form("POST /deadlines/calendar", "/deadlines/calendar", "", hospitalStaff),
                new Row("GET /api/calendars/hospital.ics", "/api/calendars/hospital.ics", null, hospitalStaff),
                Row.open("GET /calendar/{token}.ics", "/calendar/not-a-token.ics", caller -> 404),
                new Row("GET /api/notification-profiles/{hospitalId}", "/api/notification-profiles/" + OWN, null, admin),
                new Row("PUT /api/notification-profiles/{hospitalId}", "/api/notification-profiles/" + OWN, profile, admin),
                // issue 15: the administrator's pages; the officer and DPO read their own hospital's profile
                new Row("GET /hospital-profiles", "/hospital-profiles", null, admin),
                new Row("GET /hospital-profiles/{hospitalId}", "/hospital-profiles/" + OWN, null,
                        caller -> caller.is("ADMIN") || caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403),
                Row.form("POST /hospital-profiles/{hospitalId}", "/hospital-profiles/" + OWN,
                        "country=BE&timeZone=Europe%2FBrussels&nis2Authority=CCB+%28CERT.be%29"
                                + "&dataProtectionAuthority=APD%2FGBA&dpoEmail=dpo%40brugge.example"
                                + "&securityOfficerEmail=security%40brugge.example",
                        caller -> caller.is("ADMIN") ? 302 : 403),
                // the OpenAPI document (issue 15): anyone logged in reads it, whatever the role or hospital
                new Row("GET /v3/api-docs", "/v3/api-docs", null, caller -> 200),
                new Row("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", null, caller -> 200),
                new Row("GET /api/dead-letters", "/api/dead-letters", null, admin),
                // no record is parked under this id: the administrator is told so, anyone else is refused first
                new Row("POST /api/dead-letters/{id}/replay", "/api/dead-letters/999999/replay", null,
                        caller -> caller.is("ADMIN") ? 404 : 403),
                new Row("GET /admin/dead-letters/notifier", "/admin/dead-letters/notifier", null, admin),
                // the page's Replay button: nothing is parked under this id, the page says so after the redirect
                Row.form("POST /admin/dead-letters/notifier/{id}/replay", "/admin/dead-letters/notifier/999999/replay",
                        "", caller -> caller.is("ADMIN") ? 302 : 403),

                // the authority catalogue (issue 14): the same for every hospital; a DPO confirms for the own one
                new Row("GET /api/authorities", "/api/authorities?country=BE", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") || caller.is("ADMIN") ? 200 : 403),
                new Row("GET /api/authorities/{authorityId}", "/api/authorities/be-ccb", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") || caller.is("ADMIN") ? 200 : 403),
                new Row("PUT /api/authorities/{authorityId}/confirmations", "/api/authorities/be-apd-gba/confirmations",
                        "{\"fact\":\"portal\",\"value\":\"https://www.dataprotectionauthority.be\",\"confirmed\":true}",
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /authorities", "/authorities", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /authorities/{authorityId}", "/authorities/be-apd-gba", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                Row.form("POST /authorities/{authorityId}/confirmations", "/authorities/be-apd-gba/confirmations",
                        "fact=portal&value=https%3A%2F%2Fwww.dataprotectionauthority.be&confirmed=true",
                        caller -> caller.is("DPO") ? 302 : 403),

                new Row("GET /api/seen-incidents/{incidentId}", "/api/seen-incidents/" + incident,
                        null, caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403),
                new Row("GET /api/seen-incidents", "/api/seen-incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /seen-incidents", "/seen-incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),

                new Row("GET /hospital-profile/warning", "/hospital-profile/warning", null, profileWarning),

                // the GDPR Art. 33(5) register: a DPO reads only their own hospital's, the officer none
                new Row("GET /api/breach-register", "/api/breach-register?year=2026&status=pending", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register", "/breach-register?year=2026", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register.csv", "/breach-register.csv?status=notified", null,
                        caller -> caller.is("DPO") ? 200 : 403),
                new Row("GET /breach-register.pdf", "/breach-register.pdf", null,
                        caller -> caller.is("DPO") ? 200 : 403));
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
