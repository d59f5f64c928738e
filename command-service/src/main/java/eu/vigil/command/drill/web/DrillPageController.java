package eu.vigil.command.drill.web;

import eu.vigil.command.drill.ArchiveDrill;
import eu.vigil.command.drill.DeleteDrill;
import eu.vigil.command.drill.DrillNotFoundException;
import eu.vigil.command.drill.DrillRunningException;
import eu.vigil.command.drill.EndDrill;
import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.drill.view.DrillRecord;
import eu.vigil.command.drill.view.DrillRecords;
import eu.vigil.contracts.HospitalId;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * A hospital's drills as its security officer runs them: the list, each drill's page with the injects released so
 * far, its end and its lessons learned. Another hospital's drill is not found, as another hospital's incident is.
 */
@Controller
class DrillPageController {

    private final DrillRecords drills;
    private final ScenarioCatalogue scenarios;
    private final DrillPage page;
    private final DrillCommands commands;
    private final Clock clock;

    DrillPageController(DrillRecords drills, ScenarioCatalogue scenarios, DrillPage page, DrillCommands commands,
                        Clock clock) {
        this.drills = drills;
        this.scenarios = scenarios;
        this.page = page;
        this.commands = commands;
        this.clock = clock;
    }

    @Bean
    static EndpointRules drillPageRules() {
        return rules -> rules.requestMatchers("/drills", "/drills/new", "/drills/*", "/drills/*/end",
                        "/drills/*/archive", "/drills/*/delete", "/drills/*/lessons")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER));
    }

    static String toDrillPage(UUID drillId) {
        return "redirect:/drills/" + drillId;
    }

    /** The drills not archived, or with {@code archived=true} the archived ones; newest first. */
    @GetMapping("/drills")
    String list(@RequestParam(defaultValue = "false") boolean archived, @AuthenticationPrincipal VigilUser user,
                Model model, Locale locale) {
        var hospital = HospitalId.of(user.ownHospital());
        model.addAttribute("drills", drills.ofHospital(hospital, archived).stream()
                .map(drill -> DrillRow.of(drill, scenarios, locale)).toList());
        model.addAttribute("archived", archived);
        model.addAttribute("archivedCount", drills.archivedOf(hospital));
        return "drill/list";
    }

    @GetMapping("/drills/{id}")
    String drill(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user, Model model, Locale locale) {
        DrillRecord drill = page.find(id, user);
        return page.show(drill, LessonsForm.of(drill.lessons()), model, locale);
    }

    /** Ending an ended drill again records nothing and shows the page. */
    @PostMapping("/drills/{id}/end")
    String end(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user) {
        page.find(id, user);
        try {
            commands.send(new EndDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateNotFoundException | DrillNotFoundException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return toDrillPage(id);
    }

    /** The button is on an ended drill's page only; a running drill stays as it is. */
    @PostMapping("/drills/{id}/archive")
    String archive(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user) {
        page.find(id, user);
        try {
            commands.send(new ArchiveDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (DrillRunningException running) {
            return toDrillPage(id);
        } catch (AggregateNotFoundException | DrillNotFoundException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/drills";
    }

    /**
     * The button is on an ended drill's page only, beside a box to tick that confirms it: unticked (or holding anything
     * but the box's value), the page shows again with the box's error; for a running drill, the page shows again.
     * Nothing is deleted in either case.
     */
    @PostMapping("/drills/{id}/delete")
    String delete(@PathVariable UUID id, @Valid @ModelAttribute("deleteForm") DeleteDrillForm form,
                  BindingResult errors, @AuthenticationPrincipal VigilUser user, Model model, Locale locale) {
        DrillRecord drill = page.find(id, user);
        if (!errors.hasErrors() && form.confirm() == null) {
            errors.rejectValue("confirm", "drill.delete.confirm.required");
        }
        if (errors.hasErrors()) {
            return page.show(drill, LessonsForm.of(drill.lessons()), model, locale);
        }
        try {
            commands.send(new DeleteDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (DrillRunningException running) {
            return toDrillPage(id);
        } catch (AggregateNotFoundException | DrillNotFoundException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/drills";
    }
}
