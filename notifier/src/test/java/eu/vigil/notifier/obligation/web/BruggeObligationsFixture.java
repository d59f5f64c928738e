package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationView;
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
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;

/**
 * A significant incident of Brugge, aware 30 hours ago with personal data not known, whose five obligations the
 * notifier has opened (the early warning is late already); and requests as its staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class BruggeObligationsFixture {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    IncidentId incident;
    Instant aware;

    @BeforeEach
    void aSignificantIncidentOfBrugge() {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", BRUSSELS,
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        incident = IncidentId.generate();
        aware = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(30));
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(incident, "h-brugge", aware));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).size() == 5);
    }

    static HttpEntity<Object> as(String role, String hospital, Object body) {
        var headers = headers(role, hospital);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static HttpHeaders headers(String role, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase() + "-" + UUID.randomUUID(), role, hospital));
        return headers;
    }
}
