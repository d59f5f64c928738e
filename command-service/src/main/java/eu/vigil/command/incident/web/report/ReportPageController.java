package eu.vigil.command.incident.web.report;

import eu.vigil.command.drill.view.DrillRecords;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** The report form: a first report in under a minute, by keyboard, with the rest of the details optional. */
@Controller
class ReportPageController {

    private static final String PAGE = "incident/report";
    // The API names rule violations after its own fields; the form groups some of them differently.
    private static final Map<String, String> FORM_FIELDS = Map.of("categories", "personalDataCategories",
            "reason", "significanceReason", "medicalDevices", "devices",
            "drillId", "drill"); // the drill is no field to correct: its refusal is the form's

    private final PageCommands pages;
    private final DrillRecords drills;
    private final Clock clock;

    ReportPageController(PageCommands pages, DrillRecords drills, Clock clock) {
        this.pages = pages;
        this.drills = drills;
        this.clock = clock;
    }

    /** @param drill the drill to report within, from the drill's page: another hospital's is not found */
    @GetMapping("/incidents/new")
    String form(@RequestParam(name = "drill", required = false) UUID drill, @AuthenticationPrincipal VigilUser user,
                @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        if (drill != null && drills.find(drill, HospitalId.of(user.ownHospital())).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var times = pages.times(user, zone);
        return show(ReportIncidentForm.blank(times.local(clock.instant()), drill), user, times, model);
    }

    @PostMapping("/incidents/new")
    String report(@Valid @ModelAttribute("form") ReportIncidentForm form, BindingResult errors,
                  @AuthenticationPrincipal VigilUser user,
                  @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        var request = form.toRequest(times, errors);
        var identity = RequestIdentity.of(form.requestToken(), user);
        var id = new IncidentId(identity.idFor("incident"));
        try {
            var sequence = pages.send(request.toCommand(id, HospitalId.of(user.ownHospital()), clock.instant()),
                    user, form.requestToken(), errors, FORM_FIELDS);
            return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                    : show(form, user, times, model);
        } catch (AggregateStreamCreationException submittedTwice) {
            return PageCommands.toIncidentPage(id, 0); // the first submission of this form recorded the report
        }
    }

    private String show(ReportIncidentForm form, VigilUser user, FormTimes times, Model model) {
        model.addAttribute("form", form);
        // a drill's report says EXERCISE, named by its title when the drill is the hospital's
        model.addAttribute("drill", form.drillId() == null ? null
                : drills.find(form.drillId(), HospitalId.of(user.ownHospital())).orElse(null));
        model.addAttribute("autofocus", "summary");
        model.addAttribute("zone", times.zone().getId());
        model.addAttribute("categories", FormOptions.CATEGORIES);
        model.addAttribute("severities", FormOptions.SEVERITIES);
        model.addAttribute("answers", FormOptions.ANSWERS);
        model.addAttribute("services", FormOptions.SERVICES);
        model.addAttribute("patientCare", FormOptions.PATIENT_CARE);
        model.addAttribute("dataCategories", FormOptions.DATA_CATEGORIES);
        model.addAttribute("significance", FormOptions.SIGNIFICANCE);
        return PAGE;
    }
}
