package eu.vigil.command.drill.web;

import eu.vigil.command.drill.DrillNotFoundException;
import eu.vigil.command.drill.RecordLessons;
import eu.vigil.contracts.HospitalId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * Records or replaces a drill's lessons learned from its page, through the command of
 * {@code PUT /api/drills/{id}/lessons}. A second submit of the same form carries the same text, which the drill
 * records once and answers with the same redirect, as the PUT does: unlike the incident's forms, whose token keys a
 * change that would otherwise be recorded twice, this form needs no request token.
 */
@Controller
class LessonsPageController {

    private final DrillPage page;
    private final DrillCommands commands;
    private final Clock clock;

    LessonsPageController(DrillPage page, DrillCommands commands, Clock clock) {
        this.page = page;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/drills/{id}/lessons")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("form") LessonsForm form, BindingResult errors,
                  @AuthenticationPrincipal VigilUser user, Model model, Locale locale) {
        var drill = page.find(id, user);
        if (errors.hasErrors()) {
            return page.show(drill, form, model, locale);
        }
        try {
            commands.send(new RecordLessons(id, HospitalId.of(user.ownHospital()), form.text(),
                    clock.instant()), user);
        } catch (AggregateNotFoundException | DrillNotFoundException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return DrillPageController.toDrillPage(id);
    }
}
