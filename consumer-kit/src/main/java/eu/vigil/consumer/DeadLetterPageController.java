package eu.vigil.consumer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The administrator's page of the records this service parked, each with a Replay button. Every service serves it
 * at a path of its own ({@code /admin/dead-letters/<spring.application.name>}, or {@code vigil.dead-letters.page-path})
 * so that the gateway routes each to its service; each service authorises it for {@code ADMIN} in its SecurityConfig.
 * A replay redirects back with the outcome in the query (the services keep no session for a flash attribute).
 */
@Controller
class DeadLetterPageController {

    static final String PAGE_PATH = "${vigil.dead-letters.page-path:/admin/dead-letters/${spring.application.name}}";

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final String pagePath;
    private final String service;

    DeadLetterPageController(DeadLetters deadLetters, DeadLetterReplay replay, String pagePath, String service) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.pagePath = pagePath;
        this.service = service;
    }

    @GetMapping(PAGE_PATH)
    String parked(@RequestParam(required = false) Long replayed, @RequestParam(required = false) Long failed,
                  @RequestParam(required = false) Long gone, Model model) {
        List<DeadLetter> parked = deadLetters.parked();
        model.addAttribute("deadLetters", parked);
        model.addAttribute("pagePath", pagePath);
        model.addAttribute("service", service);
        model.addAttribute("replayed", replayed);
        model.addAttribute("gone", gone);
        model.addAttribute("failed", failed);
        model.addAttribute("failedAgain", failed == null ? null
                : parked.stream().filter(deadLetter -> deadLetter.id() == failed).findFirst().orElse(null));
        return "dead-letters/parked";
    }

    @PostMapping(PAGE_PATH + "/{id}/replay")
    String replay(@PathVariable long id) {
        String outcome = replay.replay(id).map(done -> done.replayed() ? "replayed" : "failed").orElse("gone");
        return "redirect:" + pagePath + "?" + outcome + "=" + id;
    }
}
