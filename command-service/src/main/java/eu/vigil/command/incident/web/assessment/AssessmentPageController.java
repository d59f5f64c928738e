package eu.vigil.command.incident.web.assessment;

import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.web.AssessmentPage;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** Classification and the assessments of impact, personal data and NIS2 significance, each starting from the current one. */
@Controller
class AssessmentPageController {

    private static final Map<String, String> IMPACT_FIELDS = Map.of("medicalDevices", "devices");
    private static final Map<String, String> TITLES = Map.of("classification", "classification", "impact", "impact",
            "personal-data", "personalDataForm", "significance", "significanceForm");

    private final PageCommands pages;
    private final Clock clock;

    AssessmentPageController(PageCommands pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/incidents/{id}/classification")
    String classification(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return show("classification", view, ClassificationForm.of(view.classification()), model);
    }

    @PostMapping("/incidents/{id}/classification")
    String classify(@PathVariable IncidentId id, @Valid @ModelAttribute("form") ClassificationForm form,
                    BindingResult errors, @AuthenticationPrincipal VigilUser user, Model model) {
        return save("classification", id, form, form.requestToken(),
                hospital -> form.toCommand(id, hospital, errors), errors, user, model, Map.of());
    }

    @GetMapping("/incidents/{id}/impact")
    String impact(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return show("impact", view, ImpactForm.of(view.impact()), model);
    }

    @PostMapping("/incidents/{id}/impact")
    String assessImpact(@PathVariable IncidentId id, @Valid @ModelAttribute("form") ImpactForm form,
                        BindingResult errors, @AuthenticationPrincipal VigilUser user, Model model) {
        return save("impact", id, form, form.requestToken(), hospital -> form.toCommand(id, hospital, errors),
                errors, user, model, IMPACT_FIELDS);
    }

    @GetMapping("/incidents/{id}/personal-data")
    String personalData(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user,
                        @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        model.addAttribute("zone", times.zone().getId());
        return show("personal-data", view, PersonalDataForm.of(view, times), model);
    }

    @PostMapping("/incidents/{id}/personal-data")
    String assessPersonalData(@PathVariable IncidentId id, @Valid @ModelAttribute("form") PersonalDataForm form,
                              BindingResult errors, @AuthenticationPrincipal VigilUser user,
                              @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        model.addAttribute("zone", times.zone().getId());
        return save("personal-data", id, form, form.requestToken(),
                hospital -> form.toCommand(id, hospital, times, clock.instant(), errors), errors, user, model,
                Map.of());
    }

    @GetMapping("/incidents/{id}/significance")
    String significance(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return show("significance", view, SignificanceForm.of(view.significance()), model);
    }

    @PostMapping("/incidents/{id}/significance")
    String assessSignificance(@PathVariable IncidentId id, @Valid @ModelAttribute("form") SignificanceForm form,
                              BindingResult errors, @AuthenticationPrincipal VigilUser user, Model model) {
        return save("significance", id, form, form.requestToken(),
                hospital -> form.toCommand(id, hospital, errors), errors, user, model, Map.of());
    }

    private String save(String page, IncidentId id, Object form, String requestToken,
                        Function<HospitalId, Object> command, BindingResult errors, VigilUser user, Model model,
                        Map<String, String> fieldNames) {
        var view = pages.view(id, user);
        var sequence = pages.send(command.apply(HospitalId.of(user.ownHospital())), user, requestToken, errors,
                fieldNames);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : show(page, view, form, model);
    }

    private static String show(String page, IncidentView view, Object form, Model model) {
        model.addAttribute("incident", view);
        model.addAttribute("form", form);
        model.addAttribute("categories", FormOptions.CATEGORIES);
        model.addAttribute("severities", FormOptions.SEVERITIES);
        model.addAttribute("answers", FormOptions.ANSWERS);
        model.addAttribute("services", FormOptions.SERVICES);
        model.addAttribute("patientCare", FormOptions.PATIENT_CARE);
        model.addAttribute("dataCategories", FormOptions.DATA_CATEGORIES);
        model.addAttribute("significance", FormOptions.SIGNIFICANCE);
        return AssessmentPage.show(page, TITLES.get(page), model);
    }
}
