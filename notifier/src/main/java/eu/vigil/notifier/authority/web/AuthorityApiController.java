package eu.vigil.notifier.authority.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.authority.Authority;
import eu.vigil.notifier.authority.AuthorityCatalogue;
import eu.vigil.notifier.authority.AuthorityConfirmations;
import eu.vigil.notifier.authority.AuthorityNotFoundException;
import eu.vigil.notifier.authority.FactName;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The authority catalogue with the caller's hospital's confirmations; a hospital's DPO confirms the facts the
 * regulatory pack left uncertain. The catalogue is the same for every hospital, so no answer depends on whose it is.
 */
@RestController
class AuthorityApiController {

    private final AuthorityCatalogue catalogue;
    private final AuthorityConfirmations confirmations;
    private final Clock clock;

    AuthorityApiController(AuthorityCatalogue catalogue, AuthorityConfirmations confirmations, Clock clock) {
        this.catalogue = catalogue;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Bean
    static EndpointRules authorityApiRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/authorities", "/api/authorities/*")
                    .hasAnyRole(VigilRole.SECURITY_OFFICER.name(), VigilRole.DPO.name(), VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/authorities/*/confirmations")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    /** The country's authorities; none for a country the catalogue does not cover. */
    @GetMapping("/api/authorities")
    List<AuthorityResponse> list(@AuthenticationPrincipal VigilUser user,
                                 @RequestParam @Pattern(regexp = "[A-Z]{2}",
                                         message = "must be an ISO 3166-1 alpha-2 code such as BE") String country) {
        return catalogue.of(country).stream().map(authority -> response(user, authority)).toList();
    }

    @GetMapping("/api/authorities/{authorityId}")
    AuthorityResponse one(@AuthenticationPrincipal VigilUser user, @PathVariable String authorityId) {
        return response(user, catalogue.find(authorityId)
                .orElseThrow(() -> new AuthorityNotFoundException(authorityId)));
    }

    @PutMapping("/api/authorities/{authorityId}/confirmations")
    AuthorityResponse confirm(@AuthenticationPrincipal VigilUser user, @PathVariable String authorityId,
                              @Valid @RequestBody ConfirmationRequest request) {
        confirmations.confirm(HospitalId.of(user.ownHospital()), authorityId,
                FactName.of(request.fact()).orElseThrow(), request.value(), request.confirmed(), user.userId(),
                clock.instant());
        return one(user, authorityId);
    }

    private AuthorityResponse response(VigilUser user, Authority authority) {
        var confirmed = user.hospitalId()
                .map(hospital -> confirmations.of(HospitalId.of(hospital), authority.id()))
                .orElse(Map.of()); // an administrator acts for no hospital
        return AuthorityResponse.of(authority, catalogue, confirmed);
    }
}
