package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo hospitals and incident reports of shared/docs/demo-scenarios.md, loaded through the public API as a
 * person would enter them. Times are relative to the load ("T"), so the deadlines are always close.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String commandServiceUrl;
    private final Tokens tokens;
    private final Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    DemoData(String commandServiceUrl, Tokens tokens) {
        this.commandServiceUrl = commandServiceUrl;
        this.tokens = tokens;
    }

    void load() throws IOException, InterruptedException {
        hospital("h-brugge", "AZ Sint-Aurelia Brugge", "BE", "Europe/Brussels", "nl");
        hospital("h-utrecht", "Ziekenhuis Domstad Utrecht", "NL", "Europe/Amsterdam", "nl");
        hospital("h-lyon", "Centre Hospitalier Confluence Lyon", "FR", "Europe/Paris", "fr");
        hospital("h-koeln", "Klinikum Rheinufer Köln", "DE", "Europe/Berlin", "de");

        report("h-brugge", "Ransomware: PACS and RIS encrypted, imaging down, ambulances diverted",
                "information-content-security/unauthorised-information-modification", hoursAgo(30), "unknown");
        report("h-utrecht", "Phishing: a surgeon's mailbox forwarded 412 discharge letters to an outside address",
                "fraud/phishing", hoursAgo(70), "yes");
        report("h-lyon", "Phishing kit imitating the webmail login, blocked at the mail gateway",
                "fraud/phishing", hoursAgo(20), "no");
        report("h-koeln", "Infusion pump vulnerability exploited on the ward network, 14 pumps isolated",
                "intrusion-attempts/exploit", hoursAgo(80), "no");
        report("h-brugge", "Credential stuffing against the patient portal",
                "intrusion-attempts/brute-force", hoursAgo(10), "no");
        report("h-utrecht", "DDoS on the appointment system",
                "availability/ddos", t.minus(Duration.ofDays(40)), "no");
    }

    private Instant hoursAgo(int hours) {
        return t.minus(Duration.ofHours(hours));
    }

    private void hospital(String id, String name, String country, String zone, String language)
            throws IOException, InterruptedException {
        send("PUT", "/api/hospitals/" + id, tokens.bearer("integration-admin"),
                Map.of("name", name, "country", country, "timeZone", zone, "language", language));
    }

    private void report(String hospital, String summary, String category, Instant awareAt, String personalData)
            throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>();
        body.put("summary", summary);
        body.put("detectedAt", awareAt.minus(Duration.ofMinutes(45)).toString());
        body.put("awareAt", awareAt.toString());
        body.put("category", category);
        body.put("personalDataInvolved", personalData);
        // reported by the hospital's integration client: the token names the hospital
        send("POST", "/api/incidents", tokens.bearer("integration-" + hospital), body);
    }

    private void send(String method, String path, String bearer, Map<String, ?> body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(commandServiceUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (!List.of(200, 201).contains(response.statusCode())) {
            throw new IllegalStateException("Demo data: " + method + " " + path + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
