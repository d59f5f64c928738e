package eu.vigil.notifier.draft.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.authority.HospitalAuthorities;
import eu.vigil.notifier.hospital.ProfileWarning;
import eu.vigil.notifier.draft.DraftSheet;
import eu.vigil.notifier.draft.Drafts;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.web.Problems;
import eu.vigil.web.RuleViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The draft page of an obligation: each field with where its text came from and what is still missing, the versions
 * saved, and the approval; the DPO writes and approves here, the security officer reads.
 */
@Controller
class DraftPageController {

    static final String FIELD_PREFIX = "field-";

    private final Obligations obligations;
    private final Drafts drafts;
    private final Validator validator;
    private final MessageSource messages;
    private final HospitalAuthorities authorities;
    private final ProfileWarning profileWarning;

    DraftPageController(Obligations obligations, Drafts drafts, Validator validator, MessageSource messages,
                        HospitalAuthorities authorities, ProfileWarning profileWarning) {
        this.authorities = authorities;
        this.profileWarning = profileWarning;
        this.obligations = obligations;
        this.drafts = drafts;
        this.validator = validator;
        this.messages = messages;
    }

    @Bean
    static EndpointRules draftPageRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/deadlines/*/draft", "/deadlines/*/draft/**")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/deadlines/*/draft", "/deadlines/*/draft/**")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @GetMapping("/deadlines/{obligationId}/draft")
    String draft(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                 @RequestParam(required = false) String language, Model model) {
        var obligation = own(user, obligationId);
        return page(user, drafts.sheet(obligation, language), Map.of(), null, model);
    }

    /** Saves the form as the next version; errors come back beside their fields with the text as typed. */
    @PostMapping("/deadlines/{obligationId}/draft")
    String save(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                @RequestParam MultiValueMap<String, String> form, Model model) {
        var obligation = own(user, obligationId);
        var texts = new LinkedHashMap<String, String>();
        form.forEach((name, values) -> {
            if (name.startsWith(FIELD_PREFIX)) {
                texts.put(name.substring(FIELD_PREFIX.length()), values.get(0));
            }
        });
        var request = new DraftSaveRequest(integer(form.getFirst("basedOn")), form.getFirst("language"), texts);
        var errors = new LinkedHashMap<String, String>();
        validator.validate(request).forEach(violation -> errors.putIfAbsent(pointer(violation.getPropertyPath()),
                violation.getMessage()));
        if (errors.isEmpty()) {
            try {
                var saved = drafts.save(obligation, DraftApiController.actor(user), request.basedOn(),
                        request.language(), DraftApiController.fields(texts));
                return "redirect:/deadlines/" + obligationId + "/draft?saved=" + saved.version();
            } catch (RuleViolation e) {
                errors.put(Problems.pointer(e.field()), detail(e));
            }
        }
        String language = DraftSheet.LANGUAGES.contains(request.language()) ? request.language() : null;
        var sheet = drafts.sheet(obligation, language);
        return page(user, sheet, errors, texts, model);
    }

    @PostMapping("/deadlines/{obligationId}/draft/approval")
    String approve(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                   @RequestParam int version, @RequestParam String contentDigest, Model model) {
        var obligation = own(user, obligationId);
        try {
            drafts.approve(obligation, DraftApiController.actor(user), version, contentDigest);
            return "redirect:/deadlines/" + obligationId + "/draft?approved=" + version;
        } catch (RuleViolation e) {
            return page(user, drafts.sheet(obligation, null), Map.of("", detail(e)), null, model);
        }
    }

    @GetMapping("/deadlines/{obligationId}/draft/diff")
    String diff(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId, @RequestParam int from,
                @RequestParam int to, Model model) {
        var obligation = own(user, obligationId);
        model.addAttribute("o", obligation);
        model.addAttribute("diff", drafts.diff(obligation, from, to));
        return "draft/diff";
    }

    private String page(VigilUser user, DraftSheet sheet, Map<String, String> errors, Map<String, String> typed,
                        Model model) {
        var saved = sheet.saved();
        boolean dpo = user.has(VigilRole.DPO) && sheet.obligation().status().isRunning();
        model.addAttribute("sheet", sheet);
        model.addAttribute("o", sheet.obligation());
        model.addAttribute("versions", drafts.versions(sheet.obligation()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed == null ? Map.of() : typed);
        model.addAttribute("mayEdit", dpo);
        model.addAttribute("mayApprove", dpo && saved != null && !saved.approved()
                && !saved.approvedBy().contains(user.userId()) && sheet.missing().isEmpty());
        model.addAttribute("approvedByMe", saved != null && saved.approvedBy().contains(user.userId()));
        model.addAttribute("languages", DraftSheet.LANGUAGES);
        model.addAttribute("fieldPrefix", FIELD_PREFIX);
        profileWarning.addTo(model, user);
        model.addAttribute("authority", authorities.named(sheet.obligation().authority()).orElse(null));
        return "draft/draft";
    }

    private String detail(RuleViolation e) {
        return messages.getMessage("problem." + e.messageKey() + ".detail", e.arguments(),
                LocaleContextHolder.getLocale());
    }

    private ObligationRow own(VigilUser user, UUID obligationId) {
        return obligations.of(obligationId, HospitalId.of(user.ownHospital()));
    }

    // fields[summary].<map value> names the field "summary" of the map: /fields/summary, as the API says it
    private static String pointer(jakarta.validation.Path path) {
        var pointer = new StringBuilder();
        for (var node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
            if (node.getKey() != null) {
                pointer.append('/').append(node.getKey());
            }
        }
        return pointer.toString();
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1; // refused by the request's bounds, beside the form
        }
    }

}
