package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;

import static eu.vigil.testsupport.IncidentEvents.reported;

/** Makes the notifier see a hospital: one of its incidents reported on the topic, until the notifier answers it. */
final class SeenIncidents {

    private SeenIncidents() {
    }

    static void seenIncidentOf(String hospital, IncidentTopic topic, TestRestTemplate http) {
        var incident = IncidentId.generate();
        topic.publish(reported(incident, hospital, Instant.now().minusSeconds(60)));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", hospital));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/api/seen-incidents/" + incident,
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode() == HttpStatus.OK);
    }
}
