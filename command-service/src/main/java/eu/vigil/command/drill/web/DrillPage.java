package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.Scenario;
import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.drill.view.DrillProgress;
import eu.vigil.command.drill.view.DrillRecord;
import eu.vigil.command.drill.view.DrillRecords;
import eu.vigil.contracts.HospitalId;
import eu.vigil.security.VigilUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A drill's page as its controllers show it: shown fresh, or again with the lessons form's errors. */
@Component
class DrillPage {

    private static final String VIEW = "drill/drill";

    private final DrillRecords drills;
    private final ScenarioCatalogue scenarios;
    private final Clock clock;

    DrillPage(DrillRecords drills, ScenarioCatalogue scenarios, Clock clock) {
        this.drills = drills;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    /** @throws ResponseStatusException 404 for an unknown drill and for another hospital's */
    DrillRecord find(UUID id, VigilUser user) {
        return drills.find(id, HospitalId.of(user.ownHospital()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String show(DrillRecord drill, LessonsForm lessons, Model model, Locale locale) {
        Scenario scenario = drill.scenarioId() == null ? null : scenarios.find(drill.scenarioId()).orElse(null);
        Instant now = clock.instant();
        var progress = DrillProgress.of(drill, scenario, now);
        model.addAttribute("drill", DrillRow.of(drill, scenarios, locale));
        model.addAttribute("participants", drill.participants());
        model.addAttribute("description", scenario == null ? null : scenario.description().in(locale));
        model.addAttribute("injects", progress.released().stream().map(inject -> InjectView.of(inject, locale))
                .toList());
        model.addAttribute("next", progress.next().orElse(null));
        model.addAttribute("minutesToNext", progress.next().map(next -> next.minutesFrom(now)).orElse(0L));
        model.addAttribute("lessons", drill.lessons() == null ? List.of()
                : drill.lessons().lines().filter(line -> !line.isBlank()).toList()); // a paragraph a line
        model.addAttribute("form", lessons);
        if (!model.containsAttribute("deleteForm")) { // a refused deletion brings its own, with its error
            model.addAttribute("deleteForm", DeleteDrillForm.UNTICKED);
        }
        return VIEW;
    }
}
