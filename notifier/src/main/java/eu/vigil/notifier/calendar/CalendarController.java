package eu.vigil.notifier.calendar;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.mail.MailLanguage;
import eu.vigil.notifier.mail.MailProperties;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.notifier.rules.RuleNames;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.Languages;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/**
 * The hospital's feed for clients with a token ({@code /api/calendars/hospital.ics}), a page where a user makes
 * a private feed URL, and that URL ({@code /calendar/<token>.ics}), which needs no login. A feed speaks one of the
 * seven languages of the pages: the one a {@code lang} parameter names, else (a private URL) the one of the page the
 * URL was made on, else the hospital's (that of its mail), English for a hospital of several or none.
 */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    /** The codes a {@code lang} parameter may name: the seven languages of the pages. */

    private final ObligationView view;
    private final CalendarTokens tokens;
    private final MailProperties links;
    private final RuleNames ruleNames;
    private final HospitalProfiles profiles;
    private final MessageSource messages;

    CalendarController(ObligationView view, CalendarTokens tokens, MailProperties links, RuleNames ruleNames,
                       HospitalProfiles profiles, MessageSource messages) {
        this.ruleNames = ruleNames;
        this.view = view;
        this.tokens = tokens;
        this.links = links;
        this.profiles = profiles;
        this.messages = messages;
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

    /** In the {@code lang} asked for, else in the hospital's language. */
    @GetMapping("/api/calendars/hospital.ics")
    ResponseEntity<String> hospital(@AuthenticationPrincipal VigilUser user, @RequestParam(required = false)
            @Pattern(regexp = Languages.PATTERN, message = Languages.REFUSED) String lang) {
        return feed(HospitalId.of(user.ownHospital()), lang);
    }

    /** In the {@code lang} asked for, else in the language of the page the address was made on, else the hospital's. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token, @RequestParam(required = false)
            @Pattern(regexp = Languages.PATTERN, message = Languages.REFUSED) String lang) {
        return tokens.subscriptionOf(token)
                .map(subscription -> feed(subscription.hospital(), lang != null ? lang : subscription.language()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body(new CalendarTexts(messages, lang != null ? lang : "en").get("calendar.notFound")));
    }

    @GetMapping("/deadlines/calendar")
    String page(@AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("hasFeed", tokens.exists(user.userId()));
        return "calendar/calendar";
    }

    /** The new address's feed speaks the language of this page, when it is one of the seven. */
    @PostMapping("/deadlines/calendar")
    String renew(@AuthenticationPrincipal VigilUser user, Locale locale, Model model) {
        String token = tokens.renew(user.userId(), HospitalId.of(user.ownHospital()),
                CalendarTexts.supported(locale).orElse(null));
        model.addAttribute("hasFeed", true);
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics").buildAndExpand(token).toUriString());
        return "calendar/calendar";
    }

    /** @param language one of the seven, or null for the hospital's */
    private ResponseEntity<String> feed(HospitalId hospital, String language) {
        var texts = new CalendarTexts(messages, language != null ? language
                : MailLanguage.of(profiles.of(hospital)).getLanguage());
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .body(CalendarFeed.of(hospital.value(), view.runningOfHospital(hospital), links.boardUrl(),
                        // the rule names in the feed's language, whatever the rule file's language
                        obligation -> ruleNames.of(obligation.ruleId(), obligation.title(), texts.locale()), texts));
    }
}
