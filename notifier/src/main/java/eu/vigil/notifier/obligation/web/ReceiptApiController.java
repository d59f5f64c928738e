package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.notifier.obligation.ReceiptFile;
import eu.vigil.notifier.obligation.ReceiptRefusedException;
import eu.vigil.notifier.obligation.Receipts;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The authority's receipt for a submitted report (issue 14): the DPO attaches the file as the request body, its
 * type as Content-Type and its name as {@code Vigil-File-Name} (percent-encoded UTF-8) or a Content-Disposition
 * filename; the hospital's DPO and security officer download it. A body up to 5 MiB reaches this address only:
 * {@code vigil.web.larger-bodies} in application.yml.
 */
@RestController
class ReceiptApiController {

    static final String FILE_NAME_HEADER = "Vigil-File-Name";
    // how the API names the parts of an upload in a problem's errors
    private static final Map<String, String> POINTERS = Map.of("name", FILE_NAME_HEADER,
            "type", HttpHeaders.CONTENT_TYPE, "content", "body");

    private final Obligations obligations;
    private final Receipts receipts;
    private final Clock clock;
    private final MessageSource messages;

    ReceiptApiController(Obligations obligations, Receipts receipts, Clock clock, MessageSource messages) {
        this.obligations = obligations;
        this.receipts = receipts;
        this.clock = clock;
        this.messages = messages;
    }

    @Bean
    static EndpointRules receiptApiRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/obligations/*/receipt")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.PUT, "/api/obligations/*/receipt")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @PutMapping("/api/obligations/{obligationId}/receipt")
    ResponseEntity<ReceiptResponse> attach(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                           @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                           String contentType,
                                           @RequestHeader(name = FILE_NAME_HEADER, required = false) String name,
                                           @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false)
                                           String disposition,
                                           @RequestBody(required = false) byte[] body) {
        var obligation = own(user, obligationId);
        var file = ReceiptFile.of(fileName(name, disposition), contentType, body == null ? new byte[0] : body);
        var receipt = receipts.attach(obligation, ObligationApiController.actor(user), file, clock.instant());
        return ResponseEntity.created(URI.create("/api/obligations/" + obligationId + "/receipt"))
                .body(ReceiptResponse.of(receipt));
    }

    /** The file as attached; never shown inline, so that a crafted receipt cannot run as a page of Vigil's. */
    @GetMapping("/api/obligations/{obligationId}/receipt")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId) {
        var file = receipts.file(own(user, obligationId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(ProblemType.NOT_FOUND,
                        "No receipt is attached to this obligation; a DPO attaches it after the submission."), null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(file.bytes());
    }

    @ExceptionHandler
    ProblemDetail refused(ReceiptRefusedException e) {
        String message = messages.getMessage("receipt.refused." + e.reason(), null, LocaleContextHolder.getLocale());
        var problem = Problems.of(e.type(), message);
        Problems.blame(problem, POINTERS.get(e.part()), message, null);
        return problem;
    }

    // a name that is not valid percent-encoding is passed on as sent, and refused there if it is not plain
    private static String fileName(String header, String disposition) {
        if (header != null) {
            try {
                return UriUtils.decode(header, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return header;
            }
        }
        if (disposition != null) {
            try {
                return ContentDisposition.parse(disposition).getFilename();
            } catch (IllegalArgumentException e) {
                throw ReceiptFile.unreadableName();
            }
        }
        return null;
    }

    private ObligationRow own(VigilUser user, UUID obligationId) {
        return obligations.of(obligationId, HospitalId.of(user.ownHospital()));
    }
}
