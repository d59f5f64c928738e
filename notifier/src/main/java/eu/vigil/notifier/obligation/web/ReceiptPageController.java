package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.obligation.ObligationRuleException;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.notifier.obligation.ReceiptFile;
import eu.vigil.notifier.obligation.ReceiptRefusedException;
import eu.vigil.notifier.obligation.Receipts;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

/**
 * The deadline page's form that attaches the authority's receipt (multipart). A file input cannot be shown again
 * with its file, so a refusal too redirects to the page, which names it beside the input.
 */
@Controller
class ReceiptPageController {

    private final Obligations obligations;
    private final Receipts receipts;
    private final Clock clock;

    ReceiptPageController(Obligations obligations, Receipts receipts, Clock clock) {
        this.obligations = obligations;
        this.receipts = receipts;
        this.clock = clock;
    }

    @Bean
    static EndpointRules receiptPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/deadlines/*/receipt")
                .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @PostMapping("/deadlines/{obligationId}/receipt")
    String attach(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                  @RequestParam(name = "file", required = false) MultipartFile upload) {
        var obligation = obligations.of(obligationId, HospitalId.of(user.ownHospital()));
        String page = "redirect:/deadlines/" + obligationId;
        try {
            var file = ReceiptFile.of(upload == null ? null : upload.getOriginalFilename(),
                    upload == null ? null : upload.getContentType(), upload == null ? new byte[0] : upload.getBytes());
            receipts.attach(obligation, ObligationApiController.actor(user), file, clock.instant());
            return page + "?receipt-attached";
        } catch (ReceiptRefusedException e) {
            return page + "?receipt-refused=" + e.reason();
        } catch (ObligationRuleException e) {
            return page + "?receipt-refused=" + e.code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
