package eu.vigil.command.publication.web;

import eu.vigil.publication.PublicationDeadLetters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The events the broker refused for good, and those parked behind them, at the same kind of address as the consuming
 * services' pages of parked records (consumer-kit). It only lists them: republishing is not built yet.
 */
@Controller
class PublicationDeadLetterPageController {

    private final PublicationDeadLetters deadLetters;

    PublicationDeadLetterPageController(PublicationDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/admin/dead-letters/command-service")
    String parked(Model model) {
        model.addAttribute("parked", deadLetters.parked());
        return "publication/dead-letters";
    }
}
