package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline page's receipt form: a file attached after the submission, shown with its size and digest. */
class ReceiptPageIT extends BruggeObligationsFixture {

    private static final byte[] ACK = "%PDF-1.7\n% CCB acknowledgement\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    UUID submitted;

    @BeforeEach
    void theNotificationWasSubmitted() {
        submitted = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        http.exchange("/api/obligations/" + submitted + "/submission", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("submittedAt", aware.plus(Duration.ofHours(29)).toString())),
                JsonNode.class);
    }

    @Test
    void theDpoAttachesTheReceiptAndThePageShowsItsSizeAndDigest() {
        var posted = post(submitted, "ccb-ack.pdf", "application/pdf", ACK);
        var page = page(posted.getHeaders().getLocation().toString(), "DPO");

        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(posted.getHeaders().getLocation()).hasToString("/deadlines/" + submitted + "?receipt-attached");
        assertThat(page).contains("Receipt attached.", "ccb-ack.pdf", ReceiptApiIT.sha256(ACK),
                ACK.length + " bytes", "/api/obligations/" + submitted + "/receipt");
    }

    @Test
    void aFileWhoseBytesAreNotOfItsTypeIsNamedBesideTheInputAndNotKept() {
        var posted = post(submitted, "ack.png", "image/png", ACK);
        var page = page(posted.getHeaders().getLocation().toString(), "DPO");

        assertThat(posted.getHeaders().getLocation())
                .hasToString("/deadlines/" + submitted + "?receipt-refused=content-not-of-type");
        assertThat(page).contains("id=\"receipt-file-error\"", "The file’s content is not of the type",
                "No receipt attached yet.").doesNotContain(ReceiptApiIT.sha256(ACK));
    }

    @Test
    void theOfficerSeesTheReceiptButNoFormToReplaceIt() {
        post(submitted, "ccb-ack.pdf", "application/pdf", ACK);

        assertThat(page("/deadlines/" + submitted, "SECURITY_OFFICER")).contains(ReceiptApiIT.sha256(ACK))
                .doesNotContain("enctype=\"multipart/form-data\"");
    }

    private ResponseEntity<String> post(UUID obligation, String name, String type, byte[] bytes) {
        var fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(type));
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, fileHeaders));
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).exchange(
                "/deadlines/" + obligation + "/receipt", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private String page(String path, String role) {
        var headers = headers(role, "h-brugge");
        headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(java.util.List.of(java.util.Locale.ENGLISH));
        return http.exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getBody();
    }
}
