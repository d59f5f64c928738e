package eu.vigil.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 20: nothing of a drill leaves the hospital's own views. Utrecht's officer reports an incident within a drill,
 * with personal data, and shares it with the CERT under TLP:AMBER with an indicator; a real incident reported and
 * shared after it is the control. Once the control has reached the CERT, neither the drill's share, its indicator,
 * its summary nor its ids are on any surface the CERT or another hospital reads, and the drill's incident is not in
 * the hospital's breach register, while its own views show it.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillNeverLeavesIT {

    private static final String HOSPITAL = "h-utrecht";

    private final RunningStack stack;
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private String drill;
    private DemoIncident rehearsed;
    private DemoIncident real;

    DrillNeverLeavesIT(RunningStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void anIncidentOfADrillAndARealOneAreSharedWithTheCert() throws Exception {
        var api = new DemoApi(stack.gatewayUrl(), new Tokens(stack.issuer(), stack.directory()));
        drill = api.send(HOSPITAL, "drill-never-leaves:" + run, "POST", "/api/drills",
                Map.of("title", "Drill " + run, "scale", 60)).get("drillId").asText();
        rehearsed = reportAndShare(api, "drill-marker-" + run, drill);
        real = reportAndShare(api, "control-" + run, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/cert/feed", "integration-cert").text()
                .contains(real.id()));
        await().atMost(Duration.ofSeconds(60)).until(() -> get(stack.notifierUrl(), "/api/breach-register",
                "dpo-integration-" + HOSPITAL).text().contains(real.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eu.vigil.local.CertSurfaces#paths")
    void givenTheCertsSurfaceThenNothingOfTheDrillIsOnIt(String path) throws Exception {
        var body = get(path, "integration-cert");

        assertThat(body.status()).isEqualTo(200);
        assertNothingOfTheDrill(body.text());
    }

    @Test
    void givenAnotherHospitalsOfficerThenTheirSectorViewHoldsNothingOfTheDrill() throws Exception {
        for (String path : List.of("/cert/feed", "/api/cert/feed", "/api/cert/feed.stix", "/api/cert/feed.csv")) {
            var body = get(path, "integration-h-lyon");
            assertThat(body.status()).as(path).isEqualTo(200);
            assertNothingOfTheDrill(body.text());
        }
    }

    @Test
    void givenTheDrillsIncidentThenTheCertCannotExportItsShare() throws Exception {
        assertThat(get("/api/cert/shares/" + rehearsed.id() + ".stix", "integration-cert").status()).isEqualTo(404);
        assertThat(get("/api/cert/shares/" + real.id() + ".stix", "integration-cert").status()).isEqualTo(200);
    }

    @Test
    void givenTheHospitalsBreachRegisterThenTheDrillsIncidentIsNotInIt() throws Exception {
        for (String path : List.of("/api/breach-register", "/breach-register.csv")) {
            var body = get(stack.notifierUrl(), path, "dpo-integration-" + HOSPITAL);
            assertThat(body.status()).as(path).isEqualTo(200);
            assertThat(body.text()).as(path).contains(real.id());
            assertNothingOfTheDrill(body.text());
        }
    }

    @Test
    void givenTheHospitalsOwnViewsThenTheyShowTheDrillsIncidentMarked() throws Exception {
        var own = get("/api/incidents/" + rehearsed.id(), "integration-" + HOSPITAL);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains("drill-marker-" + run, "\"exercise\"", drill);
    }

    private DemoIncident reportAndShare(DemoApi api, String marker, String drillId) throws Exception {
        var incident = new DemoIncident(api, HOSPITAL, marker, Instant.now());
        var report = new LinkedHashMap<String, Object>();
        report.put("summary", "Mailbox forwarding rule " + marker);
        report.put("description", "Letters forwarded outside; " + marker);
        report.put("detectedAt", incident.at(0.5).toString());
        report.put("awareAt", incident.at(0.25).toString());
        report.put("category", "fraud/phishing");
        report.put("personalDataInvolved", "yes");
        if (drillId != null) {
            report.put("drillId", drillId);
        }
        incident.report(report);
        String indicator = incident.indicator("domain", marker + ".test", "amber", null);
        incident.share("amber", false, "Forwarding rule after a fake login; " + marker, List.of(indicator));
        return incident;
    }

    private void assertNothingOfTheDrill(String text) {
        assertThat(text).doesNotContain("drill-marker-" + run, rehearsed.id(), drill);
    }

    private CertSurfaces.Body get(String path, String client) throws Exception {
        return CertSurfaces.get(stack, path, client);
    }

    private CertSurfaces.Body get(String serviceUrl, String path, String client) throws Exception {
        return CertSurfaces.get(stack, serviceUrl, path, client);
    }
}
