package eu.vigil.notifier.draft.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import eu.vigil.notifier.draft.DraftReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The DPO's draft of the early warning: filled from the incident, saved, approved, exported, sent. */
class DraftApiIT extends DraftFixture {

    @Test
    void givenANewIncidentWhenTheDpoOpensTheDraftThenItsFieldsComeFromTheIncidentInTheAuthoritysLanguage() {
        var draft = draft(null).getBody();

        assertThat(draft.get("reportKind").asText()).isEqualTo("nis2-early-warning");
        assertThat(draft.get("language").asText()).isEqualTo("nl"); // Belgium: the CCB reads Dutch first
        assertThat(draft.get("status").asText()).isEqualTo("not-saved");
        assertThat(field(draft, "summary").get("text").asText()).isEqualTo("Ransom note on the PACS viewer");
        assertThat(field(draft, "summary").get("origin").asText()).isEqualTo("incident");
        assertThat(field(draft, "contactPoint").get("text").asText()).isEqualTo("security@brugge.example");
        assertThat(field(draft, "awareAt").get("text").asText()).contains("(Europe/Brussels)").contains("UTC");
        // the impact was never assessed: whether it crosses borders is what the DPO must still write
        assertThat(field(draft, "crossBorder").get("origin").asText()).isEqualTo("missing");
        assertThat(draft.get("missing")).extracting(JsonNode::asText).containsExactly("crossBorder");
    }

    @Test
    void givenEnglishAskedForWhenTheDraftIsShownThenWhatTheIncidentSaysReadsInEnglish() {
        var draft = draft("en").getBody();

        assertThat(field(draft, "suspectedMalicious").get("text").asText()).isEqualTo("Yes");
        assertThat(draft.get("language").asText()).isEqualTo("en");
    }

    @Test
    void givenAnIncompleteVersionWhenTheDpoApprovesThenItIsRefusedNamingTheEmptyField() {
        var fields = new java.util.HashMap<>(complete("Ransomware"));
        fields.remove("crossBorder");
        var saved = save(ANNA, 0, fields).getBody();

        var refused = approve(ANNA, saved);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:draft-incomplete");
        assertThat(refused.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/fields/crossBorder");
        assertThat(export(1, "html", String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void givenAnApprovedVersionWhenExportedThenEveryFormatCarriesTheIncidentTheVersionAndTheDigest() throws Exception {
        var saved = save(ANNA, 0, complete("Ransomware on the imaging servers: été, Übergabe")).getBody();
        assertThat(approve(ANNA, saved).getBody().get("status").asText()).isEqualTo("approved");
        String digest = saved.get("contentDigest").asText();

        String html = export(1, "html", String.class).getBody();
        String text = export(1, "text", String.class).getBody();
        JsonNode json = new ObjectMapper().readTree(export(1, "json", byte[].class).getBody());
        var pdf = export(1, "pdf", byte[].class);

        assertThat(html).contains("<h2>Unlawful or malicious acts suspected</h2>").contains(incident.toString())
                .contains(digest);
        assertThat(text).contains("Cross-border impact possible\nNo").contains(digest);
        assertThat(json.get("contentDigest").asText()).isEqualTo(digest);
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.get("incidentId").asText()).isEqualTo(incident.toString());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(pdf.getHeaders().getFirst("Vigil-Content-Digest")).isEqualTo("sha-256=" + digest);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertThat(pdfText).contains("été, Übergabe").contains("Early warning");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray()))
                    .contains("pdfaid:part");
        }
    }

    @Test
    void givenAnApprovedVersionWhenTheDpoEditsItThenANewVersionFollowsAndTheApprovedOneStillExports() {
        var first = save(ANNA, 0, complete("Ransomware")).getBody();
        approve(ANNA, first);

        var second = save(ANNA, 1, complete("Ransomware on the PACS archive"));
        var diff = http.exchange("/deadlines/" + earlyWarning + "/draft/diff?from=1&to=2", HttpMethod.GET,
                as(ANNA, null), String.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(second.getBody().get("status").asText()).isEqualTo("editing");
        assertThat(export(1, "html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export(2, "html", String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(diff.getBody()).contains("Ransomware on the PACS archive");
    }

    @Test
    void givenAnApprovedVersionWhenTheSubmissionNamesItThenTheObligationRecordsItsDigestAndChannel() {
        var saved = save(ANNA, 0, complete("Ransomware")).getBody();
        approve(ANNA, saved);

        var submitted = http.exchange("/api/obligations/" + earlyWarning + "/submission", HttpMethod.POST,
                as(ANNA, Map.of("submittedAt", java.time.Instant.now().minusSeconds(5).toString(),
                        "reference", "CCB-2026-77", "draftVersion", 1, "channel", "portal")), JsonNode.class);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().get("sent").get("draftDigest").asText())
                .isEqualTo(saved.get("contentDigest").asText());
        assertThat(submitted.getBody().get("sent").get("channel").asText()).isEqualTo("portal");
    }

    @Test
    void givenAVersionNotApprovedWhenTheSubmissionNamesItThenItIsRefusedAndNothingIsRecorded() {
        save(ANNA, 0, complete("Ransomware"));

        var refused = http.exchange("/api/obligations/" + earlyWarning + "/submission", HttpMethod.POST,
                as(ANNA, Map.of("submittedAt", java.time.Instant.now().minusSeconds(5).toString(),
                        "draftVersion", 1)), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:draft-not-approved");
        assertThat(view.find(earlyWarning).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void givenAStaleVersionWhenTheDpoSavesThenItIsRefusedAndNothingIsRecorded() {
        save(ANNA, 0, complete("Ransomware"));

        var refused = save(BART, 0, complete("Something else"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:draft-changed");
        assertThat(versionsStored()).isEqualTo(1);
    }

    @Test
    void givenHostileFieldsWhenSavedThenEachIsRefusedNamingItsFieldAndNothingIsRecorded() {
        var unknown = save(ANNA, 0, Map.of("bogus", "x"));
        var control = save(ANNA, 0, Map.of("summary", "bell\u0007"));
        var notOfThisReport = save(ANNA, 0, Map.of("rootCause", "LockBit"));
        var nullText = new java.util.HashMap<String, String>();
        nullText.put("summary", null);
        var nullField = save(ANNA, 0, nullText);
        var language = http.exchange("/api/obligations/" + earlyWarning + "/draft/versions", HttpMethod.POST,
                as(ANNA, Map.of("basedOn", 0, "language", "xx", "fields", Map.of())), JsonNode.class);

        assertThat(unknown.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/fields/bogus");
        assertThat(control.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(control.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/fields/summary");
        assertThat(notOfThisReport.getBody().get("errors").get(0).get("pointer").asText())
                .isEqualTo("/fields/rootCause");
        assertThat(language.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/language");
        assertThat(nullField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nullField.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/fields/summary");
        assertThat(versionsStored()).isZero();
    }

    @Test
    void givenAnotherHospitalsDpoWhenTheyAskForTheDraftOrItsExportThenItIsNotFound() {
        var saved = save(ANNA, 0, complete("Ransomware")).getBody();
        approve(ANNA, saved);

        var draft = http.exchange("/api/obligations/" + earlyWarning + "/draft", HttpMethod.GET,
                asRole(ANNA, "DPO", "h-lyon", null), JsonNode.class);
        var export = http.exchange("/api/obligations/" + earlyWarning + "/draft/versions/1/export/pdf",
                HttpMethod.GET, asRole(ANNA, "DPO", "h-lyon", null), JsonNode.class);

        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // the schema the notifier publishes, as a client would fetch it
    private JsonSchema schema() {
        var published = http.exchange(DraftReport.SCHEMA, HttpMethod.GET, as(ANNA, null), String.class).getBody();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    static JsonNode field(JsonNode draft, String key) {
        for (JsonNode field : draft.get("fields")) {
            if (field.get("key").asText().equals(key)) {
                return field;
            }
        }
        throw new AssertionError("No field " + key + " in " + draft);
    }
}
