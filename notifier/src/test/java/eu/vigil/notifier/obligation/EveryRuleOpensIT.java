package eu.vigil.notifier.obligation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.rules.RuleBook;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every shipped rule file can open: one incident at a hospital of the file's jurisdiction goes through
 * everything a trigger can be (awareness, personal data, a high-risk decision, an authority's request, the
 * notification's submission, the end of the impact and its communication, the end of handling), and then holds an
 * obligation for each rule the file lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class EveryRuleOpensIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    static Stream<Arguments> ruleFiles() {
        // a country without a file of its own stands for the EU baselines
        Map<String, String> countryOf = Map.of("EU", "NL", "BE", "BE", "DE", "DE", "IT", "IT", "PT", "PT");
        return RuleBook.load().files().stream()
                .map(file -> Arguments.of(file.jurisdiction() + "-" + file.regime(), countryOf.get(file.jurisdiction()),
                        file.rules().stream().map(rule -> rule.id()).collect(Collectors.toSet())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void everyRuleOfTheFileOpensOnceItsTriggerHappens(String file, String country, Set<String> ruleIds) {
        // given a hospital of the file's jurisdiction and an incident with possible personal data, significant
        String hospital = "h-rules-" + file.toLowerCase();
        profiles.save(new HospitalProfile(HospitalId.of(hospital), country, ZoneId.of("Europe/Brussels"),
                "CSIRT " + country, "DPA " + country, "dpo@" + hospital + ".example",
                "security@" + hospital + ".example"));
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var incident = IncidentId.generate();
        Instant aware = now().minus(Duration.ofDays(70));
        incidents.publish(reported(incident, hospital, aware));
        incidents.publish(envelope(hospital, 1, now(), new SignificanceAssessed(incident, Significance.YES, "Down")));
        var notification = await(incident, Duties.NOTIFICATION);

        // when every other trigger happens
        post(hospital, "/api/obligations/data-subject-communications",
                Map.of("incidentId", incident.toString(), "reasons", "Health data of 1,200 patients"));
        post(hospital, "/api/obligations/intermediate-reports", Map.of("incidentId", incident.toString(),
                "requestedAt", aware.plus(Duration.ofDays(3)).toString(),
                "dueAt", aware.plus(Duration.ofDays(10)).toString(), "request", "Status of the restoration"));
        post(hospital, "/api/obligations/" + notification + "/submission",
                Map.of("submittedAt", aware.plus(Duration.ofHours(20)).toString(), "reference", "N-1"));
        Instant impactEnded = aware.plus(Duration.ofDays(2));
        incidents.publish(envelope(hospital, 2, now(), new ImpactEnded(incident, impactEnded, "Services back")));
        if ("PT".equals(country)) {
            var communication = await(incident, Duties.END_OF_IMPACT_COMMUNICATION);
            post(hospital, "/api/obligations/" + communication + "/submission",
                    Map.of("submittedAt", impactEnded.plus(Duration.ofHours(1)).toString(), "reference", "E-1"));
        }
        incidents.publish(envelope(hospital, 3, now(),
                new HandlingConcluded(incident, now().minus(Duration.ofDays(1)), "Handled")));

        // then the incident holds an obligation for every rule of the file
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(view.ofIncident(incident).stream()
                .map(ObligationRow::ruleId).collect(Collectors.toSet())).as(file).containsAll(ruleIds));
    }

    private UUID await(IncidentId incident, String ruleId) {
        return Awaitility.await().atMost(PATIENCE).until(() -> view.ofIncident(incident).stream()
                        .filter(row -> row.ruleId().equals(ruleId)).findFirst(), Optional::isPresent)
                .orElseThrow().obligationId();
    }

    private void post(String hospital, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-9", "DPO", hospital));
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody())
                .isIn(HttpStatus.OK, HttpStatus.CREATED);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
