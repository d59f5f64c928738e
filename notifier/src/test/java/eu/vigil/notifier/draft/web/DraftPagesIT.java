package eu.vigil.notifier.draft.web;

import eu.vigil.notifier.draft.DraftField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft as the DPO works on it in the pages: write, save, approve, then record what was sent. */
class DraftPagesIT extends DraftFixture {

    @Test
    void givenANewDraftWhenTheDpoOpensItsPageThenEachFieldSaysWhereItsTextCameFromAndWhatIsMissing() {
        var page = page("/deadlines/" + earlyWarning + "/draft?language=en");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("From the incident").contains("Still to be written")
                .contains("Ransom note on the PACS viewer").contains("Next:");
    }

    // the hostile-input table's form cases, which cannot reach this form's field names by its record: each field of
    // the draft holding NUL, a control character or one character over its bound
    @ParameterizedTest
    @ValueSource(strings = {"bell%07", "nul%00", "over"})
    void givenTheFormWhenAFieldHoldsHostileTextThenTheErrorIsBesideItAndNothingIsRecorded(String hostile) {
        String text = hostile.equals("over") ? "x".repeat(DraftField.MAX_LENGTH + 1) : hostile;

        var response = post("/deadlines/" + earlyWarning + "/draft",
                "basedOn=0&language=en&field-summary=" + text + "&field-crossBorder=No");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"field-summary-error\"");
        assertThat(versionsStored()).isZero();
    }

    @Test
    void givenASavedAndApprovedDraftWhenTheSubmissionFormNamesItThenTheDeadlineShowsWhatWasSent() {
        var saved = post("/deadlines/" + earlyWarning + "/draft", "basedOn=0&language=en&field-summary=Ransomware"
                + "&field-awareAt=today&field-suspectedMalicious=Yes&field-crossBorder=No"
                + "&field-contactPoint=security%40brugge.example");
        var version = draft("en").getBody();
        var approved = post("/deadlines/" + earlyWarning + "/draft/approval", "version=" + version.get("version")
                + "&contentDigest=" + version.get("contentDigest").asText());
        var deadline = page("/deadlines/" + earlyWarning);

        var recorded = post("/deadlines/" + earlyWarning + "/submission", "submittedAt="
                + LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES)
                + "&timeZone=UTC&reference=CCB-9&draftVersion=" + version.get("version") + "&channel=portal");

        // the client follows the redirect after each post to the page it names
        assertThat(saved.getBody()).contains("Version 1 saved.");
        assertThat(approved.getBody()).contains("Version 1 approved.");
        assertThat(deadline.getBody()).contains("is approved: export it")
                .contains("<option value=\"" + version.get("version") + "\" selected=\"selected\"");
        assertThat(recorded.getBody()).contains("of the draft was sent (the authority")
                .contains(version.get("contentDigest").asText());
    }

    private ResponseEntity<String> page(String path) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(eu.vigil.testsupport.TestTokens.bearer(ANNA, "DPO", hospital));
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String path, String form) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(eu.vigil.testsupport.TestTokens.bearer(ANNA, "DPO", hospital));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
