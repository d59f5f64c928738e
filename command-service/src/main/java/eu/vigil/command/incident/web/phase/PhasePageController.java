package eu.vigil.command.incident.web.phase;

import eu.vigil.command.incident.ChangePhase;
import eu.vigil.command.incident.ConcludeHandling;
import eu.vigil.command.incident.CorrectAwareness;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.RecordImpactEnded;
import eu.vigil.command.incident.ReopenIncident;
import eu.vigil.command.incident.web.AssessmentPage;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
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

/**
 * Moving the incident through its phases, reopening it, recording when its handling was concluded and when its impact
 * ended, and correcting when it was detected and known.
 */
@Controller
class PhasePageController {

    private final PageCommands pages;
    private final Clock clock;

    PhasePageController(PageCommands pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/incidents/{id}/phase")
    String phase(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user,
                 @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        return showPhase(view, times, model);
    }

    @PostMapping("/incidents/{id}/phase")
    String changePhase(@PathVariable IncidentId id, @Valid @ModelAttribute("form") PhaseForm form,
                       BindingResult errors, @AuthenticationPrincipal VigilUser user,
                       @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        var phase = Choices.one(form.phase(), Phase::fromCode, "phase", errors);
        var sequence = pages.send(new ChangePhase(id, HospitalId.of(user.ownHospital()), phase, form.note()), user,
                form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showPhase(view, times, model);
    }

    @PostMapping("/incidents/{id}/reopening")
    String reopen(@PathVariable IncidentId id, @Valid @ModelAttribute("reopening") PhaseForm form,
                  BindingResult errors, @AuthenticationPrincipal VigilUser user,
                  @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        var phase = Choices.one(form.phase(), Phase::fromCode, "phase", errors);
        var sequence = pages.send(new ReopenIncident(id, HospitalId.of(user.ownHospital()), phase, form.note()),
                user, form.requestToken(), errors, Map.of("reason", "note"));
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showPhase(view, times, model);
    }

    @PostMapping("/incidents/{id}/handling-concluded")
    String concludeHandling(@PathVariable IncidentId id,
                            @Valid @ModelAttribute("handling") HandlingConcludedForm form, BindingResult errors,
                            @AuthenticationPrincipal VigilUser user,
                            @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        ConcludeHandling command = form.toCommand(id, HospitalId.of(user.ownHospital()), times, clock.instant(),
                errors);
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showPhase(view, times, model);
    }

    @PostMapping("/incidents/{id}/impact-ended")
    String recordImpactEnded(@PathVariable IncidentId id, @Valid @ModelAttribute("impactEnd") ImpactEndedForm form,
                             BindingResult errors, @AuthenticationPrincipal VigilUser user,
                             @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        RecordImpactEnded command = form.toCommand(id, HospitalId.of(user.ownHospital()), times, clock.instant(),
                errors);
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showPhase(view, times, model);
    }

    @GetMapping("/incidents/{id}/awareness")
    String awareness(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user,
                     @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        return showAwareness(view, AwarenessForm.of(view, times), times, model);
    }

    @PostMapping("/incidents/{id}/awareness")
    String correctAwareness(@PathVariable IncidentId id, @Valid @ModelAttribute("form") AwarenessForm form,
                            BindingResult errors, @AuthenticationPrincipal VigilUser user,
                            @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var view = pages.view(id, user);
        CorrectAwareness command = form.toCommand(id, HospitalId.of(user.ownHospital()), times, clock.instant(),
                errors);
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : showAwareness(view, form, times, model);
    }

    /**
     * The page's four forms; the one just posted is already in the model (with its errors) and stays as it was, the
     * others start afresh.
     */
    private static String showPhase(IncidentView view, FormTimes times, Model model) {
        model.addAttribute("incident", view);
        addUnlessPosted(model, "form", PhaseForm.blank());
        addUnlessPosted(model, "reopening", PhaseForm.blank());
        addUnlessPosted(model, "handling", HandlingConcludedForm.of(view, times));
        addUnlessPosted(model, "impactEnd", ImpactEndedForm.of(view, times));
        model.addAttribute("zone", times.zone().getId());
        model.addAttribute("later", FormOptions.phases(view.phase(), true));
        model.addAttribute("earlier", FormOptions.phases(view.phase(), false).stream()
                .filter(option -> !option.code().equals(Phase.CLOSED.code())).toList());
        return "incident/phase";
    }

    private static void addUnlessPosted(Model model, String name, Object blank) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, blank);
        }
    }

    private static String showAwareness(IncidentView view, AwarenessForm form, FormTimes times, Model model) {
        model.addAttribute("incident", view);
        model.addAttribute("form", form);
        model.addAttribute("zone", times.zone().getId());
        return AssessmentPage.show("awareness", "awareness", model);
    }
}
