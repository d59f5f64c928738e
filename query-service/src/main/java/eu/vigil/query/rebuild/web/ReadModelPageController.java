package eu.vigil.query.rebuild.web;

import eu.vigil.query.rebuild.ReadModelRebuilds;
import eu.vigil.query.rebuild.RebuildRunningException;
import eu.vigil.query.rebuild.RebuildStreams;
import eu.vigil.query.rebuild.UnknownReadModelException;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;

/**
 * The administrator's page of read models: each with its latest rebuild's progress (records done of total, rate,
 * time left), following it live, and a button to rebuild it.
 */
@Controller
class ReadModelPageController {

    private static final String PAGE = "/admin/read-models";

    private final ReadModelRebuilds rebuilds;
    private final RebuildStreams streams;
    private final Clock clock;

    ReadModelPageController(ReadModelRebuilds rebuilds, RebuildStreams streams, Clock clock) {
        this.rebuilds = rebuilds;
        this.streams = streams;
        this.clock = clock;
    }

    @Bean
    static EndpointRules readModelPageRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, PAGE, "/live/read-models").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, PAGE + "/*/rebuild").hasRole(VigilRole.ADMIN.name());
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String started, @RequestParam(required = false) String running,
                Model model) {
        var now = clock.instant();
        model.addAttribute("readModels", rebuilds.readModels().stream()
                .map(name -> ReadModelView.of(name, rebuilds.latest(name).orElse(null), now)).toList());
        model.addAttribute("started", known(started));
        model.addAttribute("running", known(running));
        return "rebuild/read-models";
    }

    @PostMapping(PAGE + "/{readModel}/rebuild")
    String rebuild(@PathVariable String readModel) {
        try {
            rebuilds.start(readModel);
            return "redirect:" + PAGE + "?started=" + readModel;
        } catch (RebuildRunningException e) {
            return "redirect:" + PAGE + "?running=" + readModel;
        } catch (UnknownReadModelException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // the name is not echoed
        }
    }

    @GetMapping(path = "/live/read-models", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live() {
        return streams.watch();
    }

    // the notice names only a read model there is: anything else in the address is not shown
    private String known(String readModel) {
        return readModel != null && rebuilds.readModels().contains(readModel) ? readModel : null;
    }
}
