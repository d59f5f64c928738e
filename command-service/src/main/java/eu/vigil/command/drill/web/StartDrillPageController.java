package eu.vigil.command.drill.web;

import eu.vigil.command.drill.DrillRequestReusedException;
import eu.vigil.command.drill.StartDrill;
import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The form that starts a drill, through the same command as {@code POST /api/drills}; its hidden token plays the
 * {@code Idempotency-Key}, so a double submit starts one drill.
 */
@Controller
class StartDrillPageController {

    private static final String PAGE = "drill/new";

    private final DrillCommands commands;
    private final ScenarioCatalogue scenarios;
    private final Clock clock;
    private final Validator validator;

    StartDrillPageController(DrillCommands commands, ScenarioCatalogue scenarios, Clock clock, Validator validator) {
        this.commands = commands;
        this.scenarios = scenarios;
        this.clock = clock;
        this.validator = validator;
    }

    @GetMapping("/drills/new")
    String form(Model model, Locale locale) {
        return show(StartDrillForm.blank(), model, locale);
    }

    @PostMapping("/drills/new")
    String start(@Valid @ModelAttribute("form") StartDrillForm form, BindingResult errors,
                 @AuthenticationPrincipal VigilUser user, Model model, Locale locale) {
        String scenario = form.scenarioId(scenarios, errors);
        int scale = form.scale(errors);
        List<String> participants = form.participantAddresses(validator, errors);
        if (errors.hasErrors()) {
            return show(form, model, locale);
        }
        var id = drillId(form.requestToken(), user);
        try {
            commands.send(new StartDrill(id, HospitalId.of(user.ownHospital()), scenario, form.title(), scale,
                    clock.instant(), participants), user);
        } catch (AggregateStreamCreationException submittedTwice) {
            return DrillPageController.toDrillPage(id); // the first submission of this form started it
        } catch (UnknownHospitalException e) {
            errors.reject("problem.unknown-hospital.detail", new Object[]{e.hospital().value()}, e.getMessage());
            return show(form, model, locale);
        } catch (DrillRequestReusedException e) {
            errors.reject("problem.idempotency-key-reused.detail", e.getMessage());
            return show(form, model, locale);
        }
        return DrillPageController.toDrillPage(id);
    }

    private static UUID drillId(String token, VigilUser user) {
        String key = token == null || token.isBlank() ? UUID.randomUUID().toString() : token.strip();
        return UUID.nameUUIDFromBytes(("drill-form:" + user.ownHospital() + "/" + user.userId() + "/" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String show(StartDrillForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("autofocus", "title");
        model.addAttribute("scenarios", ScenarioChoice.all(scenarios, locale));
        model.addAttribute("noScenario", StartDrillForm.NO_SCENARIO);
        model.addAttribute("maxScale", String.valueOf(Exercise.MAX_SCALE)); // a bound, not an amount: 1440
        model.addAttribute("clocks", List.of(StartDrillForm.REAL_TIME, StartDrillForm.HOUR_IN_A_MINUTE,
                StartDrillForm.CHOSEN));
        return PAGE;
    }
}
