package eu.vigil.query.feed.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.query.feed.Pseudonyms;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TAXII 2.1 server on the real projection, read by a client written from the specification: each reader pulls,
 * page by page, exactly the STIX objects the feed's STIX export gives them, in the collections of the labels they
 * read; TLP:RED and a pseudonymous hospital's id are in no answer. The shares here changed in 2031, after every other
 * test's, so that {@code added_after} keeps the crawls to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiServerIT {

    private static final String OPEN = "h-taxii-open";
    private static final String HIDDEN = "h-taxii-hidden"; // shares under its pseudonym only
    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER_OF_HIDDEN = TestTokens.bearer("u-hidden", "SECURITY_OFFICER", HIDDEN);
    private static final String OFFICER_ELSEWHERE = TestTokens.bearer("u-else", "SECURITY_OFFICER", "h-taxii-else");
    private static final Instant BASE = Instant.parse("2031-07-01T10:00:00Z");
    private static final String SINCE = BASE.minusSeconds(1).toString();
    private static final String RED_VALUE = "red-only.taxii.example";
    private static final String CLEAR = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e01";
    private static final String AMBER = "4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e03";

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Pseudonyms pseudonyms;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @BeforeAll
    void hospitalsShareUnderEveryLabel() {
        var events = new ArrayList<EventEnvelope<?>>();
        share(events, HIDDEN, 1, Tlp.CLEAR, true, "Phishing wave",
                new SharedIndicator(IndicatorType.DOMAIN, "clear.taxii.example", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.IPV4, "198.51.100.88", Tlp.GREEN),
                new SharedIndicator(IndicatorType.SHA256,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a09", Tlp.AMBER_STRICT),
                new SharedIndicator(IndicatorType.DOMAIN, RED_VALUE, Tlp.RED));
        share(events, OPEN, 2, Tlp.CLEAR, false, "Open clear one", // changed at the same instant as the next
                new SharedIndicator(IndicatorType.URL, "https://one.taxii.example/x", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.IPV4, "203.0.113.88", Tlp.CLEAR));
        share(events, OPEN, 2, Tlp.CLEAR, false, "Open clear two",
                new SharedIndicator(IndicatorType.DOMAIN, "two.taxii.example", Tlp.CLEAR));
        var withdrawn = share(events, OPEN, 3, Tlp.CLEAR, false, "Soon withdrawn",
                new SharedIndicator(IndicatorType.IPV4, "203.0.113.89", Tlp.CLEAR));
        events.add(IncidentEvents.envelope(OPEN, 2, BASE.plus(Duration.ofMinutes(4)),
                new IncidentShareWithdrawn(withdrawn, "Shared by mistake")));
        share(events, OPEN, 5, Tlp.GREEN, false, "Green at the open hospital",
                new SharedIndicator(IndicatorType.EMAIL, "billing@green.taxii.example", Tlp.GREEN));
        share(events, HIDDEN, 6, Tlp.AMBER, true, "Amber from the hidden hospital",
                new SharedIndicator(IndicatorType.DOMAIN, "amber.taxii.example", Tlp.AMBER));
        share(events, HIDDEN, 7, Tlp.AMBER_STRICT, true, "Strictly for the CERT",
                new SharedIndicator(IndicatorType.DOMAIN, "strict.taxii.example", Tlp.AMBER_STRICT));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) filter (where hospital_id in (:open, :hidden)) = 7
                   and count(*) filter (where incident_id = :withdrawn and withdrawn_at is not null) = 1
                  from query.shared_incident""").param("open", OPEN).param("hidden", HIDDEN)
                .param("withdrawn", withdrawn.value()).query(Boolean.class).single());
    }

    @Test
    void givenEachReaderWhenTheirClientPullsEveryCollectionPageByPageThenItHoldsExactlyTheirStixExport() {
        for (var reader : Map.of(CERT, "", OFFICER_OF_HIDDEN, "&tlp=clear", OFFICER_ELSEWHERE, "&tlp=clear")
                .entrySet()) {
            var client = new TaxiiClient(http, reader.getKey());
            var discovery = client.read("/taxii2/");
            String root = discovery.get("default").asText();
            assertThat(discovery.get("api_roots")).extracting(JsonNode::asText).containsExactly(root);
            assertThat(client.read(root).get("versions")).extracting(JsonNode::asText)
                    .containsExactly(TaxiiClient.TAXII);
            var pulled = new TreeMap<String, JsonNode>();
            for (var collection : client.read(root + "collections/").get("collections")) {
                assertThat(collection.get("can_read").asBoolean()).isTrue();
                assertThat(collection.get("can_write").asBoolean()).isFalse();
                String url = root + "collections/" + collection.get("id").asText() + "/";
                assertThat(client.read(url)).isEqualTo(collection);
                var objects = client.objects(url, Map.of("limit", "2", "added_after", SINCE));
                pulled.putAll(objects);
                assertThat(manifest(client, url)).as("manifest of %s", collection.get("alias"))
                        .isEqualTo(versions(objects));
            }
            var export = TaxiiClient.json(client.get("/api/cert/feed.stix?limit=200&from=" + SINCE
                    + reader.getValue(), "application/stix+json"));
            var exported = new TreeMap<String, JsonNode>();
            export.get("objects").forEach(object -> exported.put(object.get("id").asText(), object));
            assertThat(pulled).isEqualTo(exported);
            assertThat(String.join("", client.bodies)).doesNotContain(RED_VALUE, HIDDEN);
        }
    }

    @Test
    void givenTheReadersWhenTheyListTheCollectionsThenTheCertReadsEveryLabelAndOthersOnlyClear() {
        var cert = new TaxiiClient(http, CERT).read("/taxii2/cert/collections/").get("collections");
        assertThat(cert).extracting(collection -> collection.get("alias").asText())
                .containsExactly("shared-clear", "shared-green", "shared-amber", "shared-amber-strict");
        for (String officer : List.of(OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            var client = new TaxiiClient(http, officer);
            assertThat(client.read("/taxii2/cert/collections/").get("collections"))
                    .extracting(collection -> collection.get("id").asText()).containsExactly(CLEAR);
            for (String path : List.of("", "objects/", "manifest/")) {
                var hidden = client.get("/taxii2/cert/collections/" + AMBER + "/" + path, TaxiiClient.TAXII);
                var unknown = client.get("/taxii2/cert/collections/" + UUID.randomUUID() + "/" + path,
                        TaxiiClient.TAXII);
                assertThat(hidden.getStatusCode().value()).isEqualTo(404);
                assertThat(withoutInstance(hidden)).isEqualTo(withoutInstance(unknown));
            }
        }
        assertThat(new TaxiiClient(http, CERT).objects("/taxii2/cert/collections/" + AMBER + "/",
                Map.of("added_after", SINCE)).values()).extracting(object -> object.path("name").asText())
                .contains("Amber from the hidden hospital");
    }

    @Test
    void givenAddedAfterAndMatchWhenTheCertPullsThenOnlyLaterObjectsOfTheAskedTypesOrIdCome() {
        var client = new TaxiiClient(http, CERT);
        String clear = "/taxii2/cert/collections/" + CLEAR + "/";
        var all = client.objects(clear, Map.of("added_after", SINCE));

        var later = client.get(clear + "objects/?added_after=" + BASE.plus(Duration.ofMinutes(2)), TaxiiClient.TAXII);
        assertThat(TaxiiClient.json(later).get("objects")).extracting(object -> object.path("name").asText())
                .contains("Withdrawn share").doesNotContain("Open clear one", "Open clear two", "Phishing wave");
        assertThat(later.getHeaders().getFirst("X-TAXII-Date-Added-First")).isEqualTo("2031-07-01T10:04:00.000000Z");
        var indicators = client.objects(clear, Map.of("added_after", SINCE, "match[type]", "indicator",
                "limit", "2"));
        assertThat(indicators.keySet()).isNotEmpty().allMatch(id -> id.startsWith("indicator--"))
                .isEqualTo(all.keySet().stream().filter(id -> id.startsWith("indicator--"))
                        .collect(Collectors.toSet()));
        String report = all.keySet().stream().filter(id -> id.startsWith("report--")).findFirst().orElseThrow();
        var one = client.read(clear + "objects/" + report + "/");
        assertThat(one.get("objects")).singleElement().isEqualTo(all.get(report));
        assertThat(client.get(clear + "objects/report--" + UUID.randomUUID() + "/", TaxiiClient.TAXII)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void givenTheMediaTypesWhenAskedThenTaxiiIsAnsweredAndAnyOtherIsA406ProblemWithTaxiiErrorFields() {
        var client = new TaxiiClient(http, CERT);
        assertThat(client.get("/taxii2/", "application/taxii+json").getHeaders().getContentType())
                .hasToString(TaxiiClient.TAXII);
        for (String accept : List.of("application/xml", "application/taxii+json;version=2.0")) {
            var refused = client.get("/taxii2/cert/", accept);
            assertThat(refused.getStatusCode().value()).isEqualTo(406);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            var problem = TaxiiClient.json(refused);
            assertThat(problem.get("type").asText()).isEqualTo("urn:vigil:problem:not-acceptable");
            assertThat(problem.get("http_status").asText()).isEqualTo("406");
            assertThat(problem.get("description").asText()).isEqualTo(problem.get("detail").asText());
        }
        assertThat(new TaxiiClient(http, null).get("/taxii2/", TaxiiClient.TAXII).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void givenAnEditedOrForeignNextWhenPagingThenItIsA400ProblemNamingNext() {
        var client = new TaxiiClient(http, CERT);
        var first = client.read("/taxii2/cert/collections/" + CLEAR + "/objects/?limit=1&added_after=" + SINCE);
        String next = first.get("next").asText();
        String edited = (next.charAt(0) == 'A' ? 'B' : 'A') + next.substring(1);
        for (String path : List.of(CLEAR + "/objects/?next=" + edited, AMBER + "/objects/?next=" + next,
                CLEAR + "/manifest/?next=not-a-cursor")) {
            var refused = client.get("/taxii2/cert/collections/" + path, TaxiiClient.TAXII);
            var problem = TaxiiClient.json(refused);
            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("next");
            assertThat(problem.get("http_status").asText()).isEqualTo("400");
        }
    }

    @Test
    void givenAPseudonymousHospitalWhenAnyonePullsThenItsIdIsInNoAnswerAndItsPseudonymIs() {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            var client = new TaxiiClient(http, reader);
            var objects = client.objects("/taxii2/cert/collections/" + CLEAR + "/", Map.of("added_after", SINCE));
            client.pages("/taxii2/cert/collections/" + CLEAR + "/manifest/", Map.of("added_after", SINCE));
            String report = objects.values().stream().filter(object -> object.path("name").asText()
                    .equals("Phishing wave")).findFirst().orElseThrow().get("id").asText();
            client.read("/taxii2/cert/collections/" + CLEAR + "/objects/" + report + "/");
            assertThat(String.join("", client.bodies)).doesNotContain(HIDDEN).contains(pseudonyms.of(HIDDEN));
        }
    }

    private static JsonNode withoutInstance(ResponseEntity<String> problem) {
        var body = (ObjectNode) TaxiiClient.json(problem);
        body.remove("instance");
        return body;
    }

    private static List<String> manifest(TaxiiClient client, String collectionUrl) {
        var entries = new ArrayList<String>();
        client.pages(collectionUrl + "manifest/", Map.of("limit", "3", "added_after", SINCE)).forEach(page ->
                page.path("objects").forEach(entry -> {
                    assertThat(entry.get("media_type").asText()).isEqualTo("application/stix+json;version=2.1");
                    entries.add(entry.get("id").asText() + "@" + entry.get("version").asText());
                }));
        return entries.stream().distinct().toList();
    }

    private static List<String> versions(Map<String, JsonNode> objects) {
        return objects.values().stream().map(object -> object.get("id").asText() + "@"
                + object.path("modified").asText(object.path("created").asText())).toList();
    }

    private static IncidentId share(List<EventEnvelope<?>> events, String hospital, int minutes, Tlp tlp,
                                    boolean pseudonymised, String summary, SharedIndicator... indicators) {
        var incident = IncidentId.generate();
        events.add(IncidentEvents.envelope(hospital, 0, BASE, new IncidentReported(incident, HospitalId.of(hospital),
                "Private summary", BASE.minusSeconds(600), BASE.minusSeconds(300), RsitCategory.FRAUD_PHISHING,
                YesNoUnknown.NO, "Private description")));
        events.add(IncidentEvents.envelope(hospital, 1, BASE.plus(Duration.ofMinutes(minutes)),
                (IncidentEvent) new IncidentShared(incident, 1, tlp, pseudonymised, RsitCategory.FRAUD_PHISHING,
                        Severity.MEDIUM, summary, Phase.ANALYSIS, PatientCareImpact.DEGRADED, List.of(),
                        List.of(indicators), YesNoUnknown.NO)));
        return incident;
    }
}
