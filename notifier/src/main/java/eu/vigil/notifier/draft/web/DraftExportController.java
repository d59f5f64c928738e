package eu.vigil.notifier.draft.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.draft.DraftReport;
import eu.vigil.notifier.draft.DraftRuleException;
import eu.vigil.notifier.draft.Drafts;
import eu.vigil.ui.pdf.PdfDocuments;
import eu.vigil.ui.pdf.PdfMetadata;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.security.VigilUser;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The exports of an approved version: {@code html} to paste into a portal, {@code pdf} (PDF/A) to print or attach,
 * {@code text} for an e-mail, {@code json} after the published schema. Each names the incident, the version and the
 * content digest, and so does its {@code Vigil-Content-Digest} header. A version not approved is not exported (409).
 * A drill's exports say EXERCISE ({@link DraftReport}), and so does their file name.
 */
@RestController
class DraftExportController {

    static final String DIGEST_HEADER = "Vigil-Content-Digest";

    private final Obligations obligations;
    private final Drafts drafts;
    private final DraftReport report;
    private final PdfDocuments pdf;

    DraftExportController(Obligations obligations, Drafts drafts, DraftReport report, PdfDocuments pdf) {
        this.obligations = obligations;
        this.drafts = drafts;
        this.report = report;
        this.pdf = pdf;
    }

    @Bean
    static EndpointRules draftSchemaRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, DraftReport.SCHEMA)
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    /** The JSON Schema (2020-12) every JSON export follows. */
    @GetMapping(value = DraftReport.SCHEMA, produces = "application/schema+json")
    ResponseEntity<Resource> schema() {
        return ResponseEntity.ok(new ClassPathResource("schemas/draft-export.schema.json"));
    }

    @GetMapping("/api/obligations/{obligationId}/draft/versions/{version}/export/{format}")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                  @PathVariable int version, @PathVariable String format) {
        var obligation = obligations.of(obligationId, HospitalId.of(user.ownHospital()));
        var approved = drafts.approvedVersion(obligation, version);
        var as = ExportFormat.of(format);
        byte[] body = switch (as) {
            case HTML -> report.html(obligation, approved).getBytes(StandardCharsets.UTF_8);
            case TEXT -> report.text(obligation, approved).getBytes(StandardCharsets.UTF_8);
            case JSON -> report.json(obligation, approved);
            case PDF -> pdf.render(report.html(obligation, approved), new PdfMetadata(
                    report.documentTitle(obligation, approved),
                    approved.language(), approved.kind().legalBasis(), "Vigil"));
        };
        var headers = new HttpHeaders();
        headers.setContentType(as.mediaType());
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(DraftReport.fileName(obligation, approved) + "." + as.extension()).build());
        headers.set(DIGEST_HEADER, "sha-256=" + approved.digest());
        return ResponseEntity.ok().headers(headers).body(body);
    }

    enum ExportFormat {
        HTML(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), "html"),
        PDF(MediaType.APPLICATION_PDF, "pdf"),
        TEXT(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8), "txt"),
        JSON(MediaType.APPLICATION_JSON, "json");

        private final MediaType mediaType;
        private final String extension;

        ExportFormat(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static ExportFormat of(String name) {
            return java.util.Arrays.stream(values()).filter(format -> format.extension.equals(name)
                    || format.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> DraftRuleException.unknownFormat(name));
        }

        MediaType mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }
    }
}
