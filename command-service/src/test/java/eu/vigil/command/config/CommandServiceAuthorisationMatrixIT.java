package eu.vigil.command.config;

import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint × every kind of caller, with the exact status (issue 4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CommandServiceAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";
    private static final String AWARE = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    private static final String HOSPITAL = """
            {"name": "AZ Sint-Aurelia Brugge", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}""";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;

    @BeforeEach
    void bothHospitalsAreServed() {
        for (String hospital : List.of(OWN, OTHER)) {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
            var response = http.exchange("/api/hospitals/" + hospital, HttpMethod.PUT,
                    new HttpEntity<>(HOSPITAL, headers), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        var report = """
                {"summary": "PACS encrypted", "awareAt": "%s", "category": "malicious-code/infected-system"}"""
                .formatted(AWARE);
        // a security officer always reports for the hospital in the token, so 'another hospital' reports its own
        var rows = List.of(
                new Row("POST /api/incidents", "/api/incidents", report,
                        caller -> caller.is("SECURITY_OFFICER") ? 201 : 403),
                new Row("GET /api/hospitals", "/api/hospitals", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                new Row("PUT /api/hospitals/{hospitalId}", "/api/hospitals/" + OWN, HOSPITAL,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                // each hospital's staff see their own hospital's page, whichever hospital that is
                new Row("GET /hospital", "/hospital", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403));
        return AuthorisationMatrix.tests(context, http, rows, AuthorisationMatrix.callers(OWN, OTHER));
    }
}
