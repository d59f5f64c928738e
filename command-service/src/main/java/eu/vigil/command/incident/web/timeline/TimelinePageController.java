package eu.vigil.command.incident.web.timeline;

import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.web.FormOptions;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.command.incident.web.PageCommands;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.UUID;

/** Writing the timeline as the incident unfolds, and correcting an entry by a new one that supersedes it. */
@Controller
class TimelinePageController {

    private static final String PAGE = "incident/timeline-entry";

    private final PageCommands pages;
    private final Clock clock;

    TimelinePageController(PageCommands pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/incidents/{id}/timeline/new")
    String newEntry(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user,
                    @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var times = pages.times(user, zone);
        return show(pages.view(id, user), null, TimelineEntryForm.blank(times.local(clock.instant())), times, model);
    }

    @PostMapping("/incidents/{id}/timeline/new")
    String append(@PathVariable IncidentId id, @Valid @ModelAttribute("form") TimelineEntryForm form,
                  BindingResult errors, @AuthenticationPrincipal VigilUser user,
                  @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        return save(id, null, form, errors, user, zone, model);
    }

    @GetMapping("/incidents/{id}/timeline/{entryId}/correction")
    String correction(@PathVariable IncidentId id, @PathVariable UUID entryId, @AuthenticationPrincipal VigilUser user,
                      @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        var view = pages.view(id, user);
        var times = pages.times(user, zone);
        return show(view, entry(view, entryId), TimelineEntryForm.correcting(entry(view, entryId), times), times,
                model);
    }

    @PostMapping("/incidents/{id}/timeline/{entryId}/correction")
    String correct(@PathVariable IncidentId id, @PathVariable UUID entryId,
                   @Valid @ModelAttribute("form") TimelineEntryForm form, BindingResult errors,
                   @AuthenticationPrincipal VigilUser user,
                   @CookieValue(name = "vigil_tz", required = false) String zone, Model model) {
        return save(id, entryId, form, errors, user, zone, model);
    }

    private String save(IncidentId id, UUID supersedes, TimelineEntryForm form, BindingResult errors,
                        VigilUser user, String zone, Model model) {
        var view = pages.view(id, user);
        var times = pages.times(user, zone);
        UUID entryId = RequestIdentity.of(form.requestToken(), user).idFor("timeline-entry");
        var command = form.toCommand(id, HospitalId.of(user.ownHospital()), entryId, supersedes, times,
                clock.instant(), errors);
        var sequence = pages.send(command, user, form.requestToken(), errors);
        return sequence.isPresent() ? PageCommands.toIncidentPage(id, sequence.getAsLong())
                : show(view, supersedes == null ? null : entry(view, supersedes), form, times, model);
    }

    private static TimelineEntryAppended entry(IncidentView view, UUID entryId) {
        return view.entries().stream().filter(entry -> entry.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String show(IncidentView view, TimelineEntryAppended corrected, TimelineEntryForm form,
                               FormTimes times, Model model) {
        model.addAttribute("incident", view);
        model.addAttribute("corrected", corrected);
        model.addAttribute("form", form);
        model.addAttribute("autofocus", "text");
        model.addAttribute("zone", times.zone().getId());
        model.addAttribute("kinds", FormOptions.ENTRY_KINDS);
        return PAGE;
    }
}
