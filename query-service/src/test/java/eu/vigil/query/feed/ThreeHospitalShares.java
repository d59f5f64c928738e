package eu.vigil.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares under every label on the real projection, read by three hospitals' staff and the CERT: an open hospital
 * shares under its id, a hidden one under its pseudonym only, and an officer of a third reads both. One share
 * carries an indicator of each label (TLP:RED among them, which no one may read), one is withdrawn, one's summary
 * is a spreadsheet formula. The shares changed in July 2031 from {@link #BASE} on, minutes apart, so that
 * {@code added_after} and {@code from} keep a crawl to them. The feed's exports' and TAXII server's tests read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ThreeHospitalShares {

    protected static final String OPEN = "h-feed-open";
    protected static final String HIDDEN = "h-feed-hidden"; // shares under its pseudonym only
    protected static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    protected static final String OFFICER_OF_HIDDEN = TestTokens.bearer("u-hidden", "SECURITY_OFFICER", HIDDEN);
    protected static final String OFFICER_ELSEWHERE = TestTokens.bearer("u-else", "SECURITY_OFFICER", "h-feed-else");
    protected static final Instant BASE = Instant.parse("2031-07-01T10:00:00Z");
    protected static final String SINCE = BASE.minusSeconds(1).toString();
    protected static final String RED_VALUE = "red-only.feed.example";
    protected static final String GREEN_ADDRESS = "198.51.100.77"; // TLP:GREEN, in a TLP:CLEAR share
    protected static final String AMBER_STRICT_HASH =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // TLP:AMBER+STRICT, the same share
    protected static final String WITHDRAWN_ADDRESS = "203.0.113.77";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired protected TestRestTemplate http;
    @Autowired protected Pseudonyms pseudonyms;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    /** The hidden hospital's TLP:AMBER+STRICT share. */
    protected IncidentId strict;
    protected IncidentId withdrawn;
    /** The open hospital's share whose summary and indicator a spreadsheet would take for formulas. */
    protected IncidentId formula;

    @BeforeAll
    void theHospitalsShareUnderEveryLabel() {
        var events = new ArrayList<EventEnvelope<?>>();
        formula = share(events, OPEN, 0, Tlp.CLEAR, false, "=HYPERLINK(\"http://evil\"), said the mail",
                new SharedIndicator(IndicatorType.FILE_NAME, "-invoice.pdf.exe", Tlp.CLEAR));
        share(events, HIDDEN, 1, Tlp.CLEAR, true, "Phishing wave",
                new SharedIndicator(IndicatorType.DOMAIN, "clear.feed.example", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.IPV4, GREEN_ADDRESS, Tlp.GREEN),
                new SharedIndicator(IndicatorType.SHA256, AMBER_STRICT_HASH, Tlp.AMBER_STRICT),
                new SharedIndicator(IndicatorType.DOMAIN, RED_VALUE, Tlp.RED));
        share(events, OPEN, 2, Tlp.CLEAR, false, "Open clear one", // changed at the same instant as the next
                new SharedIndicator(IndicatorType.URL, "https://one.feed.example/x", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.IPV4, "203.0.113.88", Tlp.CLEAR));
        share(events, OPEN, 2, Tlp.CLEAR, false, "Open clear two",
                new SharedIndicator(IndicatorType.DOMAIN, "two.feed.example", Tlp.CLEAR));
        withdrawn = share(events, OPEN, 3, Tlp.CLEAR, false, "Soon withdrawn",
                new SharedIndicator(IndicatorType.IPV4, WITHDRAWN_ADDRESS, Tlp.CLEAR));
        events.add(IncidentEvents.envelope(OPEN, 2, BASE.plus(Duration.ofMinutes(4)),
                new IncidentShareWithdrawn(withdrawn, "Shared by mistake")));
        share(events, OPEN, 5, Tlp.GREEN, false, "Green at the open hospital",
                new SharedIndicator(IndicatorType.EMAIL, "billing@green.feed.example", Tlp.GREEN));
        share(events, HIDDEN, 6, Tlp.AMBER, true, "Amber from the hidden hospital",
                new SharedIndicator(IndicatorType.DOMAIN, "amber.feed.example", Tlp.AMBER));
        strict = share(events, HIDDEN, 7, Tlp.AMBER_STRICT, true, "Strictly for the CERT",
                new SharedIndicator(IndicatorType.URL, "https://strict.feed.example/x?a='b'", Tlp.AMBER_STRICT));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) filter (where hospital_id in (:open, :hidden)) = 8
                   and count(*) filter (where incident_id = :withdrawn and withdrawn_at is not null) = 1
                  from query.shared_incident""").param("open", OPEN).param("hidden", HIDDEN)
                .param("withdrawn", withdrawn.value()).query(Boolean.class).single());
    }

    protected ResponseEntity<String> get(String path, String bearer, String accept) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    protected static JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new AssertionError(answer.toString(), e);
        }
    }

    // reported at BASE, shared (or changed last) that many minutes later
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
