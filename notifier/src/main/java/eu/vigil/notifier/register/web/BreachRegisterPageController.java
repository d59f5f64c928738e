package eu.vigil.notifier.register.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.register.BadRegisterFilterException;
import eu.vigil.notifier.register.BreachEntry;
import eu.vigil.notifier.register.BreachRegister;
import eu.vigil.notifier.register.RegisterFilter;
import eu.vigil.notifier.register.RegisterStatus;
import eu.vigil.security.VigilUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The register's page, with its filters by year and status and links to the CSV and PDF of what it shows. */
@Controller
class BreachRegisterPageController {

    private final BreachRegister register;
    private final Clock clock;

    BreachRegisterPageController(BreachRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/breach-register")
    String page(@AuthenticationPrincipal VigilUser user, @RequestParam(required = false) String year,
                @RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        var all = register.of(HospitalId.of(user.ownHospital()), RegisterFilter.ALL);
        RegisterFilter filter;
        try {
            filter = RegisterFilter.parse(year, status);
        } catch (BadRegisterFilterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", e.parameter());
            filter = RegisterFilter.ALL;
        }
        model.addAttribute("entries", model.containsAttribute("filterError") ? List.of()
                : all.stream().filter(filter::accepts).toList());
        model.addAttribute("years", years(all));
        model.addAttribute("statuses", RegisterStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("times", new RegisterTimes(LocaleContextHolder.getLocale()));
        model.addAttribute("csv", exportLink("/breach-register.csv", filter));
        model.addAttribute("pdf", exportLink("/breach-register.pdf", filter));
        return "register/breach-register";
    }

    // the years that have a breach, and this one: the newest first
    private List<Integer> years(List<BreachEntry> entries) {
        return Stream.concat(entries.stream().map(entry -> entry.breachAwareAtLocal().getYear()),
                        Stream.of(clock.instant().atZone(ZoneOffset.UTC).getYear()))
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    static String exportLink(String path, RegisterFilter filter) {
        var link = UriComponentsBuilder.fromPath(path);
        if (filter.year() != null) {
            link.queryParam("year", filter.year());
        }
        if (filter.status() != null) {
            link.queryParam("status", filter.status().code());
        }
        return link.toUriString();
    }
}
