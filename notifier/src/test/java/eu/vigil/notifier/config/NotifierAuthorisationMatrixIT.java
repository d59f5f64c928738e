package eu.vigil.notifier.config;

import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.AuthorisationMatrix;
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
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;

/** Every endpoint × every kind of caller, with the exact status (issue 4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NotifierAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        var incident = anIncidentOfTheOwnHospital();
        var rows = List.of(
                new Row("GET /api/seen-incidents/{incidentId}", "/api/seen-incidents/" + incident,
                        null, caller -> caller.isOwn("SECURITY_OFFICER", "DPO") ? 200
                                : caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 404 : 403),
                new Row("GET /api/seen-incidents", "/api/seen-incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /seen-incidents", "/seen-incidents", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403));
        return AuthorisationMatrix.tests(context, http, rows, AuthorisationMatrix.callers(OWN, OTHER));
    }

    private IncidentId anIncidentOfTheOwnHospital() {
        var incident = IncidentId.generate();
        new IncidentTopic(bootstrapServers, topic).publish(reported(incident, OWN, Instant.parse("2026-03-29T00:45:00Z")));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", OWN));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/api/seen-incidents/" + incident,
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode() == HttpStatus.OK);
        return incident;
    }
}
