package eu.vigil.query.drill.web;

import eu.vigil.query.drill.ScriptedDrill;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill report's pages (ADR 0022): EXERCISE and each result in words, in the viewer's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillReportPagesIT {

    private static final String HOSPITAL = "h-drill-pages";
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", HOSPITAL);
    private static final String OTHER_DPO = TestTokens.bearer("u-dpo-9", "DPO", "h-drill-pages-else");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Environment context;

    private ScriptedDrill drill;

    @BeforeAll
    void aScriptedDrill() {
        drill = new ScriptedDrill(HOSPITAL).publish(context, jdbc);
    }

    @Test
    void givenTheReportPageThenItSaysExerciseAndEachResultInWords() {
        var answer = page("/drill-reports/" + drill.drillId, DPO, Locale.ENGLISH);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String page = answer.getBody();
        assertThat(page).contains("<title>EXERCISE · Drill report: Ransomware on the PACS</title>",
                "<strong class=\"badge\">EXERCISE</strong>",
                "This is the report of a drill: nothing of it was sent to an authority or to the sector CERT.",
                "Its deadlines run 60 times faster than real time.");
        assertThat(page).containsSubsequence("Inject 1", "PACS unreachable", "report the incident", "Met",
                "classify the incident", "not the role expected", "Late", "0 h 2 min 0 s", "2 h 0 min 0 s",
                "Inject 2", "Ransom note on three workstations", "Met", "Missed", "Inject 3", "Not released yet",
                "Not due yet");
        assertThat(page).contains("<strong class=\"score-word\">Missed</strong>", "class=\"score score-missed\"")
                .as("colour repeats the word, never replaces it");
        assertThat(page).containsSubsequence("Reports owed to authorities", "Early warning", "0 h 6 min 0 s",
                "6 h 0 min 0 s", "Who acted when", "u-officer-7", "Security officer", "Incident reported",
                "u-dpo-1", "Data protection officer", "Draft approved", "Lessons learned",
                "Call the DPO before classifying.");
        assertThat(page).contains("href=\"/drill-reports/" + drill.drillId + "/pdf\"").doesNotContain("??");
        assertThat(page).containsSubsequence("Scenario", "<bdi>Ransomware on the imaging systems (PACS)</bdi>")
                .doesNotContain("pacs-ransomware");
    }

    @Test
    void givenAFrenchViewerThenTheReportSpeaksFrenchAndTheInjectItsFrenchText() {
        String page = page("/drill-reports/" + drill.drillId, DPO, Locale.FRENCH).getBody();

        assertThat(page).contains("EXERCICE", "PACS injoignable", "Satisfaite", "En retard", "Manquée",
                "Qui a agi quand", "<bdi>Rançongiciel sur les systèmes d’imagerie (PACS)</bdi>").doesNotContain("??");
    }

    @Test
    void givenTheListThenTheHospitalsDrillsStandSideBySideWithTheirNumbers() {
        String list = page("/drill-reports", DPO, Locale.ENGLISH).getBody();

        assertThat(list).contains("<strong class=\"badge\">EXERCISE</strong>", "Drill reports",
                "href=\"/drill-reports/" + drill.drillId + "\"");
        var row = Arrays.stream(list.split("<tr")).filter(r -> r.contains("/drill-reports/" + drill.drillId))
                .findFirst().orElseThrow();
        assertThat(row).containsSubsequence("Ransomware on the PACS", "Ransomware on the imaging systems (PACS)",
                "60 × real time", "still running", ">2<", ">1<", ">1<", "30 h 0 min 0 s", "—");
        assertThat(list).doesNotContain("??", "pacs-ransomware");
    }

    @Test
    void givenAGermanViewerThenTheListNamesTheScenarioByItsGermanTitle() {
        String list = page("/drill-reports", DPO, Locale.GERMAN).getBody();

        var row = Arrays.stream(list.split("<tr")).filter(r -> r.contains("/drill-reports/" + drill.drillId))
                .findFirst().orElseThrow();
        assertThat(row).contains("<bdi>Ransomware auf den Bildarchivsystemen (PACS)</bdi>")
                .doesNotContain("pacs-ransomware");
    }

    @Test
    void anotherHospitalsDpoFindsNoSuchReport() {
        var answer = page("/drill-reports/" + drill.drillId, OTHER_DPO, Locale.ENGLISH);
        String list = page("/drill-reports", OTHER_DPO, Locale.ENGLISH).getBody();

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).contains("Drill not found").doesNotContain("PACS");
        assertThat(list).contains("No drill yet").doesNotContain("PACS");
    }

    private ResponseEntity<String> page(String url, String token, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
