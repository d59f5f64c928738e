package eu.vigil.notifier.calendar;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.mail.MailProperties;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.notifier.rules.RuleNames;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/**
 * The hospital's feed for clients with a token ({@code /api/calendars/hospital.ics}), a page where a user makes
 * a private feed URL, and that URL ({@code /calendar/<token>.ics}), which needs no login.
 */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ObligationView view;
    private final CalendarTokens tokens;
    private final MailProperties links;
    private final RuleNames ruleNames;

    CalendarController(ObligationView view, CalendarTokens tokens, MailProperties links, RuleNames ruleNames) {
        this.ruleNames = ruleNames;
        this.view = view;
        this.tokens = tokens;
        this.links = links;
    }

    @Bean
    static EndpointRules calendarRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/calendars/hospital.ics", "/deadlines/calendar")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/deadlines/calendar")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll(); // the token is the credential
    }

    @GetMapping("/api/calendars/hospital.ics")
    ResponseEntity<String> hospital(@AuthenticationPrincipal VigilUser user) {
        return feed(HospitalId.of(user.ownHospital()));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        return tokens.hospitalOf(token).map(this::feed)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No calendar at this address: it was renewed or never existed. Make a new one on "
                                + "the deadline board."));
    }

    @GetMapping("/deadlines/calendar")
    String page(@AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("hasFeed", tokens.exists(user.userId()));
        return "calendar/calendar";
    }

    @PostMapping("/deadlines/calendar")
    String renew(@AuthenticationPrincipal VigilUser user, Model model) {
        String token = tokens.renew(user.userId(), HospitalId.of(user.ownHospital()));
        model.addAttribute("hasFeed", true);
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics").buildAndExpand(token).toUriString());
        return "calendar/calendar";
    }

    private ResponseEntity<String> feed(HospitalId hospital) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .body(CalendarFeed.of(hospital.value(), view.runningOfHospital(hospital), links.boardUrl(),
                        // the feed's texts are English: so are the rule names in it, whatever the rule file's language
                        obligation -> ruleNames.of(obligation.ruleId(), obligation.title(), Locale.ENGLISH)));
    }
}
