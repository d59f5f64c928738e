package eu.vigil.notifier.draft.web;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.draft.DraftField;
import eu.vigil.notifier.draft.DraftRuleException;
import eu.vigil.notifier.draft.Drafts;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report drafts of the caller's hospital: the DPO writes, saves versions and approves them; the security officer
 * reads them.
 */
@RestController
class DraftApiController {

    private final Obligations obligations;
    private final Drafts drafts;

    DraftApiController(Obligations obligations, Drafts drafts) {
        this.obligations = obligations;
        this.drafts = drafts;
    }

    @Bean
    static EndpointRules draftApiRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/obligations/*/draft", "/api/obligations/*/draft/**")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/api/obligations/*/draft/**")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    /** The draft as it stands; {@code language} shows what the incident says in another language. */
    @GetMapping("/api/obligations/{obligationId}/draft")
    DraftResponse draft(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                        @RequestParam(required = false) String language) {
        return DraftResponse.of(drafts.sheet(own(user, obligationId), language));
    }

    @PostMapping("/api/obligations/{obligationId}/draft/versions")
    ResponseEntity<DraftVersionResponse> save(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                              @Valid @RequestBody DraftSaveRequest request) {
        var saved = drafts.save(own(user, obligationId), actor(user), request.basedOn(), request.language(),
                fields(request.fields()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DraftVersionResponse.of(saved));
    }

    /** Every version, newest first. */
    @GetMapping("/api/obligations/{obligationId}/draft/versions")
    List<DraftVersionResponse> versions(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId) {
        return drafts.versions(own(user, obligationId)).stream().map(DraftVersionResponse::of).toList();
    }

    @GetMapping("/api/obligations/{obligationId}/draft/versions/{version}")
    DraftVersionResponse version(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                 @PathVariable int version) {
        return DraftVersionResponse.of(drafts.version(own(user, obligationId), version));
    }

    @PostMapping("/api/obligations/{obligationId}/draft/versions/{version}/approval")
    DraftVersionResponse approve(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                 @PathVariable int version, @Valid @RequestBody DraftApprovalRequest request) {
        return DraftVersionResponse.of(drafts.approve(own(user, obligationId), actor(user), version,
                request.contentDigest()));
    }

    private ObligationRow own(VigilUser user, UUID obligationId) {
        return obligations.of(obligationId, HospitalId.of(user.ownHospital()));
    }

    static Map<DraftField, String> fields(Map<String, String> byKey) {
        var fields = new EnumMap<DraftField, String>(DraftField.class);
        byKey.forEach((key, text) -> fields.put(DraftField.ofKey(key)
                .orElseThrow(() -> DraftRuleException.unknownField(key)), text));
        return fields;
    }

    static Actor actor(VigilUser user) {
        return new Actor(user.userId(), VigilRole.DPO.name());
    }
}
