package eu.vigil.query.config;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;

/** Every endpoint × every kind of caller, with the exact status (issue 4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class QueryServiceAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";
    private static final String TAXII_CLEAR = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e01";
    private static final String TAXII_GREEN = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e02";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.drill-events}") String drillTopic;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        var incident = anIncidentOfTheOwnHospital();
        var drill = aDrillOfTheOwnHospital();
        ToIntFunction<Caller> certOnly = caller -> caller.is("CERT_COORDINATOR") ? 200 : 404;
        ToIntFunction<Caller> ownHospitalOnly = caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403;
        var rows = List.of(
                new Row("GET /api/incidents/{incidentId}", "/api/incidents/" + incident, null, ownHospitalOnly),
                new Row("GET /api/incidents/{incidentId}/history", "/api/incidents/" + incident + "/history", null,
                        ownHospitalOnly),
                new Row("GET /incidents/{incidentId}", "/incidents/" + incident, null, ownHospitalOnly),
                new Row("GET /api/incidents/{incidentId}/obligations", "/api/incidents/" + incident + "/obligations",
                        null, ownHospitalOnly),
                new Row("GET /live/incidents/{incidentId}", "/live/incidents/" + incident, null, ownHospitalOnly),
                new Row("GET /live/incidents", "/live/incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /api/incidents", "/api/incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /incidents", "/incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                // the list's CSV: each hospital's officer and DPO download their own hospital's incidents only
                new Row("GET /incidents/export.csv", "/incidents/export.csv", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                // a drill's reports (ADR 0022): its hospital's officer and DPO; another hospital's drill is not found
                new Row("GET /api/drill-reports", "/api/drill-reports", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /drill-reports", "/drill-reports", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /api/drill-reports/{drillId}", "/api/drill-reports/" + drill, null, ownHospitalOnly),
                new Row("GET /drill-reports/{drillId}", "/drill-reports/" + drill, null, ownHospitalOnly),
                new Row("GET /drill-reports/{drillId}/pdf", "/drill-reports/" + drill + "/pdf", null, ownHospitalOnly),
                // the OpenAPI document (issue 15): anyone logged in reads it, whatever the role or hospital
                new Row("GET /v3/api-docs", "/v3/api-docs", null, caller -> 200),
                new Row("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", null, caller -> 200),
                new Row("GET /api/dead-letters", "/api/dead-letters", null, caller -> caller.is("ADMIN") ? 200 : 403),
                // no record is parked under this id: the administrator is told so, anyone else is refused first
                new Row("POST /api/dead-letters/{id}/replay", "/api/dead-letters/999999/replay", null,
                        caller -> caller.is("ADMIN") ? 404 : 403),
                new Row("GET /admin/dead-letters/query-service", "/admin/dead-letters/query-service", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                // the page's Replay button: nothing is parked under this id, the page says so after the redirect
                Row.form("POST /admin/dead-letters/query-service/{id}/replay",
                        "/admin/dead-letters/query-service/999999/replay", "", caller -> caller.is("ADMIN") ? 302 : 403),
                // the read models and their rebuilds: the administrator's alone (counts only, no incident content);
                // an unknown model's rebuild, so that no caller starts one (ReadModelRebuildIT starts them)
                new Row("GET /api/read-models", "/api/read-models", null, caller -> caller.is("ADMIN") ? 200 : 403),
                new Row("GET /api/read-models/{readModel}", "/api/read-models/register", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                new Row("POST /api/read-models/{readModel}/rebuild", "/api/read-models/no-such-model/rebuild", null,
                        caller -> caller.is("ADMIN") ? 404 : 403),
                new Row("GET /admin/read-models", "/admin/read-models", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                Row.form("POST /admin/read-models/{readModel}/rebuild", "/admin/read-models/no-such-model/rebuild",
                        "", caller -> caller.is("ADMIN") ? 404 : 403),
                new Row("GET /live/read-models", "/live/read-models", null, caller -> caller.is("ADMIN") ? 200 : 403),
                // the CERT feed: TLP:CLEAR is for every logged-in user; what each reads is SharedIncidentFeedIT's
                new Row("GET /api/cert/feed", "/api/cert/feed", null, caller -> 200),
                new Row("GET /cert/feed", "/cert/feed", null, caller -> 200),
                new Row("GET /live/cert/feed", "/live/cert/feed", null, caller -> 200),
                // the sector view (ADR 0020): each hospital's security officer; what each reads is SectorViewIT's
                new Row("GET /api/sector/feed", "/api/sector/feed", null,
                        caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                new Row("GET /sector", "/sector", null, caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                new Row("GET /api/cert/correlations", "/api/cert/correlations", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                new Row("GET /api/cert/alerts", "/api/cert/alerts", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                // the CERT's home and its correlated values (issue 16): counts across hospitals, the CERT's alone
                new Row("GET /cert", "/cert", null, caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                new Row("GET /cert/correlations", "/cert/correlations", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                // the feed's exports (issue 16): any logged-in user, each reading what the feed shows them
                // (FeedExportConsistencyIT's); a share no one shared is not found for everyone
                new Row("GET /api/cert/feed.stix", "/api/cert/feed.stix", null, caller -> 200),
                new Row("GET /api/cert/feed.misp.json", "/api/cert/feed.misp.json", null, caller -> 200),
                new Row("GET /api/cert/feed.csv", "/api/cert/feed.csv", null, caller -> 200),
                new Row("GET /api/cert/shares/{incidentId}.stix", "/api/cert/shares/" + incident + ".stix", null,
                        caller -> 404),
                new Row("GET /api/cert/shares/{incidentId}.misp.json", "/api/cert/shares/" + incident
                        + ".misp.json", null, caller -> 404),
                // the TAXII 2.1 server (issue 16): any logged-in user; TLP:CLEAR's collection for everyone, the
                // others for the CERT only, a 404 to anyone else as for a collection that does not exist
                new Row("GET /taxii2/", "/taxii2/", null, caller -> 200),
                new Row("GET /taxii2/cert/", "/taxii2/cert/", null, caller -> 200),
                new Row("GET /taxii2/cert/collections/", "/taxii2/cert/collections/", null, caller -> 200),
                new Row("GET /taxii2/cert/collections/{collectionId}/", "/taxii2/cert/collections/" + TAXII_GREEN + "/",
                        null, certOnly),
                new Row("GET /taxii2/cert/collections/{collectionId}/objects/", "/taxii2/cert/collections/"
                        + TAXII_GREEN + "/objects/?limit=1", null, certOnly),
                new Row("GET /taxii2/cert/collections/{collectionId}/objects/{objectId}/", "/taxii2/cert/collections/"
                        + TAXII_CLEAR + "/objects/report--" + incident + "/", null, caller -> 404),
                new Row("GET /taxii2/cert/collections/{collectionId}/manifest/", "/taxii2/cert/collections/"
                        + TAXII_CLEAR + "/manifest/?limit=1", null, caller -> 200),
                // the sector's trends (issue 16): aggregates over all hospitals, the CERT's alone
                new Row("GET /cert/trends", "/cert/trends", null, caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                new Row("GET /api/cert/trends", "/api/cert/trends", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                new Row("GET /cert/trends.csv", "/cert/trends.csv?table=weekly", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                // the drill feed (ADR 0022): drills' shares, the CERT's alone; what it holds is DrillFeedIT's
                new Row("GET /cert/drill-feed", "/cert/drill-feed", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403),
                new Row("GET /api/cert/drill-feed", "/api/cert/drill-feed", null,
                        caller -> caller.is("CERT_COORDINATOR") ? 200 : 403));
        return AuthorisationMatrix.tests(context, http, rows, AuthorisationMatrix.callers(OWN, OTHER));
    }

    private UUID aDrillOfTheOwnHospital() {
        var drill = UUID.randomUUID();
        var started = new DrillStarted(drill, HospitalId.of(OWN), null, "Tabletop", 1, Instant.now(), List.of(),
                List.of());
        new IncidentTopic(bootstrapServers, drillTopic).publish(new EventEnvelope<>(UUID.randomUUID(),
                EventJson.typeOf(started), 1, drill.toString(), 0, HospitalId.of(OWN), Instant.now(),
                new Actor("u-officer-7", "SECURITY_OFFICER"), started));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", OWN));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/api/drill-reports/" + drill,
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode() == HttpStatus.OK);
        return drill;
    }

    private IncidentId anIncidentOfTheOwnHospital() {
        var incident = IncidentId.generate();
        new IncidentTopic(bootstrapServers, topic).publish(reported(incident, OWN, Instant.parse("2026-03-29T00:45:00Z")));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", OWN));
        // the register and the timeline consume in groups of their own: wait for both
        for (String path : List.of("/api/incidents/" + incident, "/api/incidents/" + incident + "/history")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange(path, HttpMethod.GET,
                    new HttpEntity<>(headers), String.class).getStatusCode() == HttpStatus.OK);
        }
        return incident;
    }
}
