package eu.vigil.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero personal data on every surface the sector CERT and other hospitals read (issue 16): an incident whose private
 * record holds a person's name, an e-mail address, a patient number, a phone number and a national identifier is
 * shared, pseudonymously, with a clean summary; none of those strings, in any case, appears in the feed page, the
 * feed, correlation and alert APIs, ten seconds of the live stream, the STIX, MISP and CSV exports, the TAXII
 * collection and the sector trends; nor the hospital's id or name in what is exported of that share.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZeroPersonalDataIT {

    private static final List<String> PERSONAL_DATA = List.of("Marguerite Vasseur-Lemoine",
            "m.vasseur@patients.example.org", "PAT-2026-884512", "+33 6 12 34 56 78", "2 84 05 69 123 456 78");
    private static final String HOSPITAL = "h-koeln";
    private static final String HOSPITAL_NAME = "Klinikum Rheinufer Köln";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningStack stack;
    private final List<String> streamed = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private String incident;

    ZeroPersonalDataIT(RunningStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void aHospitalSharesAnIncidentWhosePrivateRecordHoldsPersonalData() throws Exception {
        var stream = CompletableFuture.runAsync(this::listenToTheLiveFeedForTenSeconds);
        assertThat(connected.await(30, TimeUnit.SECONDS)).as("the live feed opened").isTrue();
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        var api = new DemoApi(stack.gatewayUrl(), new Tokens(stack.issuer(), stack.directory()));
        var shared = new DemoIncident(api, HOSPITAL, "zero-personal-data-" + run, Instant.now());
        var report = new LinkedHashMap<String, Object>();
        report.put("summary", "Ransom note on imaging workstations");
        report.put("description", "Found by " + PERSONAL_DATA.get(0) + " (" + PERSONAL_DATA.get(1) + ", "
                + PERSONAL_DATA.get(3) + ") while viewing the images of patient " + PERSONAL_DATA.get(2)
                + ", national number " + PERSONAL_DATA.get(4) + ".");
        report.put("detectedAt", shared.at(1.5).toString());
        report.put("awareAt", shared.at(1).toString());
        report.put("category", "malicious-code/infected-system");
        report.put("personalDataInvolved", "yes");
        shared.report(report);
        shared.entry("observation", "Called " + PERSONAL_DATA.get(0) + " back on " + PERSONAL_DATA.get(3), 0.5);
        String indicator = shared.indicator("domain", "pay-" + run + ".example", "amber",
                "Seen in the mail to " + PERSONAL_DATA.get(1) + " about patient " + PERSONAL_DATA.get(2));
        shared.share("amber", true, "Ransomware on imaging workstations; restore from backup under way.",
                List.of(indicator));
        incident = shared.id();
        stream.join();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eu.vigil.local.CertSurfaces#paths")
    void givenTheCertsSurfaceThenNoPersonalDataIsOnIt(String path) throws Exception {
        var body = get(path, "integration-cert");

        assertThat(body.status()).isEqualTo(200);
        assertNoPersonalData(body.text());
        assertThat(body.text()).doesNotContainIgnoringCase(HOSPITAL_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".stix", ".misp.json"})
    void givenThePseudonymousShareExportedThenNeitherItsHospitalsIdNorNameIsInIt(String format) throws Exception {
        var body = get("/api/cert/shares/" + incident + format, "integration-cert");

        assertThat(body.status()).isEqualTo(200);
        assertThat(body.text()).contains("Ransomware on imaging workstations").doesNotContainIgnoringCase(HOSPITAL)
                .doesNotContainIgnoringCase(HOSPITAL_NAME);
        assertNoPersonalData(body.text());
    }

    @Test
    void givenAnotherHospitalsOfficerThenTheirFeedHoldsNoPersonalDataEither() throws Exception {
        for (String path : List.of("/cert/feed", "/api/cert/feed", "/api/cert/feed.stix", "/api/cert/feed.csv")) {
            var body = get(path, "integration-h-lyon");
            assertThat(body.status()).as(path).isEqualTo(200);
            assertNoPersonalData(body.text());
        }
    }

    @Test
    void givenTenSecondsOfTheLiveFeedWhileTheShareArrivedThenItCarriedNoPersonalData() {
        assertThat(streamed).as("the stream announced the change").contains("event:changed");
        assertNoPersonalData(String.join("\n", streamed));
    }

    private void listenToTheLiveFeedForTenSeconds() {
        try {
            // straight to query-service, whose stream it is: through the gateway this bearer client got no byte of it
            // within 30 s, while browsers' sessions do (seen, not explained yet)
            var request = HttpRequest.newBuilder(URI.create(stack.queryServiceUrl() + "/live/cert/feed"))
                    .header("Authorization", stack.bearer("integration-cert"))
                    .header("Accept", "text/event-stream").build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The live feed answered " + response.statusCode());
            }
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                while (System.nanoTime() < end) {
                    String line = lines.readLine();
                    if (line == null) {
                        break;
                    }
                    streamed.add(line);
                    connected.countDown();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("The live feed could not be read", e);
        }
    }

    private static void assertNoPersonalData(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String personal : PERSONAL_DATA) {
            assertThat(lower).as("no %s", personal).doesNotContain(personal.toLowerCase(Locale.ROOT));
        }
    }

    private CertSurfaces.Body get(String path, String client) throws Exception {
        return CertSurfaces.get(stack, path, client);
    }
}
