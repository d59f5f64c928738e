package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.notifier.obligation.SubmitObligation;
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

import java.util.List;
import java.util.UUID;

/** The obligations of the caller's hospital; the DPO records submissions and decisions not to notify. */
@RestController
class ObligationApiController {

    private final ObligationView view;
    private final Obligations obligations;

    ObligationApiController(ObligationView view, Obligations obligations) {
        this.view = view;
        this.obligations = obligations;
    }

    @Bean
    static EndpointRules obligationApiRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/obligations", "/api/obligations/*")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/api/obligations/*/submission", "/api/obligations/*/not-required",
                        "/api/obligations/intermediate-reports", "/api/obligations/data-subject-communications")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    /** Every obligation of the hospital except withdrawn ones, running first; or those of one incident. */
    @GetMapping("/api/obligations")
    List<ObligationResponse> list(@AuthenticationPrincipal VigilUser user,
                                  @RequestParam(required = false) UUID incidentId) {
        var hospital = HospitalId.of(user.ownHospital());
        var rows = incidentId == null ? view.ofHospital(hospital)
                : view.ofIncident(new IncidentId(incidentId)).stream()
                        .filter(row -> row.hospitalId().equals(hospital)).toList();
        return rows.stream().map(ObligationResponse::of).toList();
    }

    @GetMapping("/api/obligations/{obligationId}")
    ObligationResponse one(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId) {
        return ObligationResponse.of(own(user, obligationId), view.sentDraft(obligationId).orElse(null));
    }

    @PostMapping("/api/obligations/{obligationId}/submission")
    ObligationResponse submit(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                              @Valid @RequestBody SubmissionRequest request) {
        var obligation = own(user, obligationId);
        obligations.submit(obligation, actor(user), new SubmitObligation(obligation.obligationId(),
                request.submittedAt(), request.reference(), request.reasonForDelay(), request.draftVersion(),
                request.channel()));
        return one(user, obligationId);
    }

    @PostMapping("/api/obligations/{obligationId}/not-required")
    ObligationResponse notRequired(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                                   @Valid @RequestBody NotRequiredRequest request) {
        obligations.declareNotRequired(own(user, obligationId), actor(user), request.reason());
        return one(user, obligationId);
    }

    /** The authority asked for an intermediate report (NIS2 Art. 23(4)(c)): an obligation due when it said. */
    @PostMapping("/api/obligations/intermediate-reports")
    ResponseEntity<ObligationResponse> intermediateReport(@AuthenticationPrincipal VigilUser user,
                                                          @Valid @RequestBody IntermediateReportRequest request) {
        var opened = obligations.requestIntermediateReport(new IncidentId(request.incidentId()),
                HospitalId.of(user.ownHospital()), actor(user), request.requestedAt(), request.dueAt(),
                request.request());
        return ResponseEntity.status(HttpStatus.CREATED).body(ObligationResponse.of(opened));
    }

    /** The DPO decided on a high risk to the data subjects (GDPR Art. 34(1)): they must be told without undue delay. */
    @PostMapping("/api/obligations/data-subject-communications")
    ResponseEntity<List<ObligationResponse>> highRisk(@AuthenticationPrincipal VigilUser user,
                                                      @Valid @RequestBody HighRiskDecisionRequest request) {
        var opened = obligations.decideHighRisk(new IncidentId(request.incidentId()),
                HospitalId.of(user.ownHospital()), actor(user), request.reasons());
        return ResponseEntity.status(HttpStatus.CREATED).body(opened.stream().map(ObligationResponse::of).toList());
    }

    private ObligationRow own(VigilUser user, UUID obligationId) {
        return obligations.of(obligationId, HospitalId.of(user.ownHospital()));
    }

    static Actor actor(VigilUser user) {
        return new Actor(user.userId(), VigilRole.DPO.name());
    }
}
