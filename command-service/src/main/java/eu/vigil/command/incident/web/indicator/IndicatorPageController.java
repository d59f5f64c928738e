package eu.vigil.command.incident.web.indicator;

import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.WithdrawIndicator;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.command.incident.web.ReasonForm;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
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

import java.util.UUID;

/** Indicators of compromise: add one, correct one by a new one that supersedes it, or withdraw one. */
@Controller
class IndicatorPageController {

    private final PageCommands pages;

    IndicatorPageController(PageCommands pages) {
        this.pages = pages;
    }

    @GetMapping("/incidents/{id}/indicators/new")
    String newIndicator(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        return show(pages.view(id, user), null, IndicatorForm.blank(), model);
    }

    @PostMapping("/incidents/{id}/indicators/new")
    String add(@PathVariable IncidentId id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
               @AuthenticationPrincipal VigilUser user, Model model) {
        return save(id, null, form, errors, user, model);
    }

    @GetMapping("/incidents/{id}/indicators/{indicatorId}/correction")
    String correction(@PathVariable IncidentId id, @PathVariable UUID indicatorId,
                      @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return show(view, indicator(view, indicatorId), IndicatorForm.correcting(indicator(view, indicatorId)), model);
    }

    @PostMapping("/incidents/{id}/indicators/{indicatorId}/correction")
    String correct(@PathVariable IncidentId id, @PathVariable UUID indicatorId,
                   @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
                   @AuthenticationPrincipal VigilUser user, Model model) {
        return save(id, indicatorId, form, errors, user, model);
    }

    @GetMapping("/incidents/{id}/indicators/{indicatorId}/withdrawal")
    String withdrawal(@PathVariable IncidentId id, @PathVariable UUID indicatorId,
                      @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        return showWithdrawal(view, indicator(view, indicatorId), ReasonForm.blank(), model);
    }

    @PostMapping("/incidents/{id}/indicators/{indicatorId}/withdrawal")
    String withdraw(@PathVariable IncidentId id, @PathVariable UUID indicatorId,
                    @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                    @AuthenticationPrincipal VigilUser user, Model model) {
        var view = pages.view(id, user);
        var command = new WithdrawIndicator(id, HospitalId.of(user.ownHospital()), indicatorId, form.reason());
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showWithdrawal(view, indicator(view, indicatorId), form, model);
    }

    private String save(IncidentId id, UUID supersedes, IndicatorForm form, BindingResult errors, VigilUser user,
                        Model model) {
        var view = pages.view(id, user);
        UUID indicatorId = RequestIdentity.of(form.requestToken(), user).idFor("indicator");
        var command = form.toCommand(id, HospitalId.of(user.ownHospital()), indicatorId, supersedes, errors);
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : show(view, supersedes == null ? null : indicator(view, supersedes), form, model);
    }

    private static IndicatorAdded indicator(IncidentView view, UUID indicatorId) {
        return view.indicators().stream().filter(indicator -> indicator.indicatorId().equals(indicatorId))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String show(IncidentView view, IndicatorAdded corrected, IndicatorForm form, Model model) {
        model.addAttribute("incident", view);
        model.addAttribute("corrected", corrected);
        model.addAttribute("form", form);
        model.addAttribute("autofocus", "type");
        model.addAttribute("types", FormOptions.INDICATOR_TYPES);
        model.addAttribute("labels", FormOptions.TLP);
        return "incident/indicator";
    }

    private static String showWithdrawal(IncidentView view, IndicatorAdded indicator, ReasonForm form, Model model) {
        model.addAttribute("incident", view);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        return "incident/indicator-withdrawal";
    }
}
