package eu.vigil.notifier.authority.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.authority.AuthorityCatalogue;
import eu.vigil.notifier.authority.AuthorityConfirmations;
import eu.vigil.notifier.authority.AuthorityNotFoundException;
import eu.vigil.notifier.authority.FactName;
import eu.vigil.notifier.authority.FactValueRefusedException;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.Arrays;

/** The authorities of the hospital's country, uncertain facts said in words; the DPO confirms a fact for the hospital. */
@Controller
class AuthorityPageController {

    private final AuthorityCatalogue catalogue;
    private final AuthorityConfirmations confirmations;
    private final HospitalProfiles profiles;
    private final Clock clock;

    AuthorityPageController(AuthorityCatalogue catalogue, AuthorityConfirmations confirmations,
                            HospitalProfiles profiles, Clock clock) {
        this.catalogue = catalogue;
        this.confirmations = confirmations;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Bean
    static EndpointRules authorityPageRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/authorities", "/authorities/*")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/authorities/*/confirmations")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @GetMapping("/authorities")
    String list(@AuthenticationPrincipal VigilUser user, Model model) {
        var profile = profiles.find(HospitalId.of(user.ownHospital()));
        String country = profile.map(HospitalProfile::country).orElse(null);
        model.addAttribute("country", country);
        model.addAttribute("profileMissing", profile.isEmpty());
        model.addAttribute("hospitalId", user.ownHospital());
        model.addAttribute("cards", catalogue.of(country).stream()
                .map(authority -> card(user, authority.id())).toList());
        model.addAttribute("mayConfirm", user.has(VigilRole.DPO));
        return "authority/list";
    }

    @GetMapping("/authorities/{authorityId}")
    String authority(@AuthenticationPrincipal VigilUser user, @PathVariable String authorityId, Model model) {
        model.addAttribute("confirmation", new ConfirmationForm(null, null, null));
        return page(user, authorityId, model);
    }

    @PostMapping("/authorities/{authorityId}/confirmations")
    String confirm(@AuthenticationPrincipal VigilUser user, @PathVariable String authorityId,
                   @Valid @ModelAttribute("confirmation") ConfirmationForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                confirmations.confirm(HospitalId.of(user.ownHospital()), authorityId,
                        FactName.of(form.fact()).orElseThrow(), form.value(), form.isConfirmed(), user.userId(),
                        clock.instant());
                return "redirect:/authorities/" + authorityId + "?recorded";
            } catch (FactValueRefusedException e) {
                errors.rejectValue("value", "authority.confirm.value.invalid", e.reason());
            }
        }
        return page(user, authorityId, model);
    }

    private String page(VigilUser user, String authorityId, Model model) {
        if (catalogue.find(authorityId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("card", card(user, authorityId));
        model.addAttribute("mayConfirm", user.has(VigilRole.DPO));
        model.addAttribute("factNames", Arrays.stream(FactName.values()).map(FactName::code).toList());
        return "authority/authority";
    }

    private AuthorityCard card(VigilUser user, String authorityId) {
        var authority = catalogue.find(authorityId).orElseThrow(() -> new AuthorityNotFoundException(authorityId));
        var confirmed = confirmations.of(HospitalId.of(user.ownHospital()), authorityId);
        return AuthorityCard.of(AuthorityResponse.of(authority, catalogue, confirmed),
                LocaleContextHolder.getLocale().getLanguage());
    }
}
