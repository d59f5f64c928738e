package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.AuthorityChoices;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.hospital.KnownHospitals;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;

/**
 * Issue 15: the administrator's pages for the hospitals and their notification profiles, stored as the API stores
 * them ({@link HospitalProfileRequest}'s validation, {@link HospitalProfiles#save}); a hospital's officer and DPO read
 * their own hospital's profile.
 */
@Controller
class HospitalProfilePageController {

    /** The list shows this many hospitals at most and says when there are more. */
    static final int LISTED = 500;

    private static final List<String> FIELDS = List.of("country", "timeZone", "nis2Authority",
            "dataProtectionAuthority", "dpoEmail", "securityOfficerEmail", "fourEyesApproval");

    private final HospitalProfiles profiles;
    private final KnownHospitals hospitals;
    private final AuthorityChoices choices;

    HospitalProfilePageController(HospitalProfiles profiles, KnownHospitals hospitals, AuthorityChoices choices) {
        this.profiles = profiles;
        this.hospitals = hospitals;
        this.choices = choices;
    }

    @Bean
    static EndpointRules hospitalProfilePageRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/hospital-profiles").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/hospital-profiles/*")
                    .access(AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(VigilRole.ADMIN.name()),
                            VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO)))
                .requestMatchers(HttpMethod.POST, "/hospital-profiles/*").hasRole(VigilRole.ADMIN.name());
    }

    @GetMapping("/hospital-profiles")
    String list(Model model) {
        var known = hospitals.first(LISTED + 1);
        model.addAttribute("hospitals", known.stream().limit(LISTED).toList());
        model.addAttribute("more", known.size() > LISTED);
        model.addAttribute("listed", LISTED);
        // the list names the hospitals without a profile itself: the layout leaves no slot for the warning
        model.addAttribute("profileMissing", known.stream().anyMatch(profile -> !profile.configured()));
        return "hospital/list";
    }

    @GetMapping("/hospital-profiles/{hospitalId}")
    String profile(@AuthenticationPrincipal VigilUser user, @PathVariable HospitalId hospitalId, Model model) {
        var profile = profiles.find(hospitalId);
        if (!user.has(VigilRole.ADMIN)) {
            // another hospital's profile is answered as an unknown one
            HospitalScope.ownOnly(Optional.of(hospitalId), HospitalId::value, user)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("profile", profile.orElse(null));
            model.addAttribute("profileMissing", profile.isEmpty()); // said here: the layout leaves no slot for it
            model.addAttribute("hospitalId", hospitalId.value());
            return "hospital/profile";
        }
        model.addAttribute("form", profile.map(HospitalProfilePageController::form)
                .orElseGet(() -> new HospitalProfileRequest(null, null, null, null, null, null, false)));
        return form(hospitalId, profile.isEmpty(), List.of(), model);
    }

    @PostMapping("/hospital-profiles/{hospitalId}")
    String save(@PathVariable HospitalId hospitalId, @Valid @ModelAttribute("form") HospitalProfileRequest form,
                BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(hospitalId, profiles.find(hospitalId).isEmpty(), invalid(errors), model);
        }
        profiles.save(form.toProfile(hospitalId));
        return "redirect:/hospital-profiles/" + hospitalId.value() + "?saved";
    }

    private String form(HospitalId hospitalId, boolean missing, List<String> invalid, Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("hospitalId", hospitalId.value());
        model.addAttribute("missing", missing);
        model.addAttribute("profileMissing", missing); // said on the page: the layout leaves no slot for it
        model.addAttribute("invalid", invalid);
        model.addAttribute("countries", choices.countries());
        model.addAttribute("nis2Authorities", choices.nis2Authorities(language));
        model.addAttribute("dataProtectionAuthorities", choices.dataProtectionAuthorities(language));
        return "hospital/form";
    }

    // the form's fields with an error, in the form's order; the zone's known-zone check is the zone field's
    private static List<String> invalid(BindingResult errors) {
        var fields = errors.getFieldErrors().stream()
                .map(error -> "knownTimeZone".equals(error.getField()) ? "timeZone" : error.getField()).toList();
        return FIELDS.stream().filter(fields::contains).toList();
    }

    private static HospitalProfileRequest form(HospitalProfile profile) {
        return new HospitalProfileRequest(profile.country(), profile.timeZone().getId(), profile.nis2Authority(),
                profile.dataProtectionAuthority(), profile.dpoEmail(), profile.securityOfficerEmail(),
                profile.fourEyesApproval());
    }
}
