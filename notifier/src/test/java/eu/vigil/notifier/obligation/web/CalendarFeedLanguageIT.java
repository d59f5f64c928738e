package eu.vigil.notifier.obligation.web;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar speaks its subscriber's language: the one a {@code lang} parameter names, else the one of the page a
 * private address was made on, else the hospital's (Brugge's is English: Belgium has several); still valid iCalendar.
 */
class CalendarFeedLanguageIT extends BruggeObligationsFixture {

    @Test
    void givenLangFrWhenTheHospitalsFeedIsReadThenItsEntriesAreFrenchTaggedSoAndAnotherReaderDecodesThemWhole() {
        String ics = hospitalFeed("?lang=fr").getBody();

        List<List<ParseWarning>> warnings = new ArrayList<>();
        var calendars = Biweekly.parse(ics).warnings(warnings).all();
        assertThat(warnings).allSatisfy(ofOneCalendar -> assertThat(ofOneCalendar).isEmpty());
        VEvent warning = calendars.get(0).getEvents().stream()
                .filter(event -> event.getUid().getValue().equals(uid("NIS2_EARLY_WARNING"))).findFirst().orElseThrow();
        assertThat(warning.getSummary().getValue()).startsWith("Échéance : ").contains(" à CCB (CERT.be) (");
        assertThat(warning.getSummary().getLanguage()).isEqualTo("fr");
        // the comma and the line breaks were escaped (RFC 5545 §3.3.11) and read back as written
        assertThat(warning.getDescription().getValue()).startsWith("Alerte précoce à CCB (CERT.be)\nBase juridique : ")
                .contains("(BE), transposing", "\nIncident : " + incident + "\n")
                .matches("(?s).*\nStatut : (Ouverte|En retard)$"); // late once the notifier's deadline fires
        assertThat(warning.getDescription().getLanguage()).isEqualTo("fr");
        // RFC 5545 §3.1: folded at 75 octets, never inside a character of several octets
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).doesNotContain("Due:", "Legal basis", "\uFFFD");
    }

    @Test
    void givenNoLangThenBruggesFeedIsEnglishTaggedSo() {
        String ics = unfolded(hospitalFeed("").getBody());

        assertThat(ics).contains("SUMMARY;LANGUAGE=en:Due: ", "DESCRIPTION;LANGUAGE=en:")
                .containsPattern("\\\\nStatus: (Open|Late)\r\n");
    }

    @Test
    void givenAPrivateAddressMadeOnAGermanPageThenItsFeedIsGermanUnlessLangAsksForAnother() {
        var headers = headers("DPO", "h-brugge");
        headers.setAcceptLanguageAsLocales(List.of(Locale.GERMAN));
        String page = http.exchange("/deadlines/calendar", HttpMethod.POST, new HttpEntity<>(headers), String.class)
                .getBody();
        assertThat(page).contains("Die Einträge sind in der Sprache dieser Seite verfasst.");
        String address = feedPath(page);

        String german = unfolded(http.getForEntity(address, String.class).getBody());
        String portuguese = unfolded(http.getForEntity(address + "?lang=pt", String.class).getBody());

        assertThat(german).contains("SUMMARY;LANGUAGE=de:Fällig: ", "\\nRechtsgrundlage: ")
                .containsPattern("\\\\nStatus: (Offen|Verspätet)\r\n").doesNotContain("Due:");
        assertThat(portuguese).contains("SUMMARY;LANGUAGE=pt:Termo: ", "\\nBase jurídica: ")
                .containsPattern("\\\\nEstado: (Em aberto|Em atraso)\r\n");
    }

    @Test
    void givenALanguageThePagesAreNotWrittenInThenTheFeedIsRefusedNamingLang() {
        var refused = http.exchange("/api/calendars/hospital.ics?lang=ja", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-brugge")), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().toString()).contains("lang").doesNotContain("Due:");
    }

    @Test
    void givenAnAddressThatOpensNoCalendarThenItSaysSoInTheLangAskedFor() {
        var missing = http.getForEntity("/calendar/no-such-token.ics?lang=nl", String.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).startsWith("Op dit adres staat geen agenda");
    }

    private org.springframework.http.ResponseEntity<String> hospitalFeed(String query) {
        return http.exchange("/api/calendars/hospital.ics" + query, HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-brugge")), String.class);
    }

    private String uid(String rule) {
        return ObligationIds.of(incident, rule) + "@vigil";
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", ""); // RFC 5545 §3.1
    }

    private static String feedPath(String page) {
        int start = page.indexOf("/calendar/");
        return page.substring(start, page.indexOf(".ics", start) + 4);
    }
}
