package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.obligation.ObligationIntegrity;
import eu.vigil.security.VigilUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Intact, or the first broken link: an altered, missing or unreadable event (rules in IntegrityPageController). */
@RestController
class IntegrityApiController {

    private final ObligationIntegrity integrity;

    IntegrityApiController(ObligationIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/api/obligations/{obligationId}/integrity")
    IntegrityResponse verify(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId) {
        return IntegrityResponse.of(obligationId, integrity.verify(obligationId, HospitalId.of(user.ownHospital())));
    }
}
