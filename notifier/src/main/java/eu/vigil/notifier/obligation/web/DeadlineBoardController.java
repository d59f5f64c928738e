package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.notifier.hospital.ProfileWarning;
import eu.vigil.notifier.obligation.IncidentCategories;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationRuleException;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.notifier.obligation.Receipts;
import eu.vigil.notifier.obligation.ReportDrafts;
import eu.vigil.notifier.obligation.SubmitObligation;
import eu.vigil.notifier.rules.RuleNames;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.ViewerTime;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The deadline board: every obligation of the user's hospital, running ones first with the time left, and one
 * page per obligation where the DPO records its submission or a reasoned decision not to notify.
 */
@Controller
class DeadlineBoardController {

    private final ObligationView view;
    private final Obligations obligations;
    private final ViewerTime viewerTime;
    private final Clock clock;
    private final MessageSource messages;
    private final RuleNames ruleNames;
    private final IncidentCategories categories;
    private final ReportDrafts drafts;
    private final ProfileWarning profileWarning;
    private final Receipts receipts;

    DeadlineBoardController(ObligationView view, Obligations obligations, ViewerTime viewerTime, Clock clock,
                            MessageSource messages, RuleNames ruleNames,
                            IncidentCategories categories, ReportDrafts drafts, ProfileWarning profileWarning,
                            Receipts receipts) {
        this.view = view;
        this.receipts = receipts;
        this.profileWarning = profileWarning;
        this.drafts = drafts;
        this.ruleNames = ruleNames;
        this.categories = categories;
        this.obligations = obligations;
        this.viewerTime = viewerTime;
        this.clock = clock;
        this.messages = messages;
    }

    @Bean
    static EndpointRules deadlineBoardRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/deadlines", "/deadlines/*")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.POST, "/deadlines/*/submission", "/deadlines/*/not-required")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @GetMapping("/deadlines")
    String board(@AuthenticationPrincipal VigilUser user, Model model) {
        Instant now = clock.instant();
        var ofHospital = view.ofHospital(HospitalId.of(user.ownHospital()));
        var categoryOf = categories.of(ofHospital.stream().map(ObligationRow::incidentId).toList());
        var rows = ofHospital.stream().sorted(Urgency.boardOrder(now))
                .map(row -> boardRow(row, categoryOf.get(row.incidentId()), now)).toList();
        model.addAttribute("rows", rows);
        profileWarning.addTo(model, user);
        return "obligation/board";
    }

    @GetMapping("/deadlines/{obligationId}")
    String obligation(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId, Model model) {
        var obligation = own(user, obligationId);
        // the version sent is, unless the DPO says otherwise, the latest one approved
        Integer sent = drafts.summary(obligation).flatMap(draft -> draft.approvedVersions().stream().findFirst())
                .orElse(null);
        model.addAttribute("submission", new SubmissionForm(
                LocalDateTime.ofInstant(clock.instant(), viewerZone()).truncatedTo(ChronoUnit.MINUTES),
                viewerZone().getId(), null, null, sent, null));
        model.addAttribute("notRequired", new NotRequiredForm(null));
        return page(user, obligation, model);
    }

    @PostMapping("/deadlines/{obligationId}/submission")
    String submit(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                  @Valid @ModelAttribute("submission") SubmissionForm form, BindingResult errors, Model model) {
        var obligation = own(user, obligationId);
        if (!errors.hasErrors()) {
            try {
                obligations.submit(obligation, ObligationApiController.actor(user), new SubmitObligation(
                        obligationId, form.submittedAt().atZone(zone(form.timeZone())).toInstant(), form.reference(),
                        form.reasonForDelay(), form.draftVersion(),
                        form.channel() == null || form.channel().isBlank() ? null : form.channel()));
                return "redirect:/deadlines/" + obligationId + "?recorded";
            } catch (ObligationRuleException e) {
                reject(errors, e.field() == null ? "submittedAt" : e.field(), e);
            }
        }
        model.addAttribute("notRequired", new NotRequiredForm(null));
        return page(user, obligation, model);
    }

    @PostMapping("/deadlines/{obligationId}/not-required")
    String notRequired(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId,
                       @Valid @ModelAttribute("notRequired") NotRequiredForm form, BindingResult errors, Model model) {
        var obligation = own(user, obligationId);
        if (!errors.hasErrors()) {
            try {
                obligations.declareNotRequired(obligation, ObligationApiController.actor(user), form.reason());
                return "redirect:/deadlines/" + obligationId + "?recorded";
            } catch (ObligationRuleException e) {
                reject(errors, "reason", e);
            }
        }
        model.addAttribute("submission", new SubmissionForm(null, viewerZone().getId(), null, null, null, null));
        return page(user, obligation, model);
    }

    private String page(VigilUser user, ObligationRow obligation, Model model) {
        model.addAttribute("row", boardRow(obligation,
                categories.of(List.of(obligation.incidentId())).get(obligation.incidentId()), clock.instant()));
        model.addAttribute("mayRecord", user.has(VigilRole.DPO) && obligation.status().isRunning());
        model.addAttribute("draft", drafts.summary(obligation).orElse(null));
        model.addAttribute("sent", view.sentDraft(obligation.obligationId()).orElse(null));
        model.addAttribute("receipt", receipts.of(obligation).orElse(null));
        model.addAttribute("mayAttachReceipt", user.has(VigilRole.DPO)
                && obligation.status() == ObligationStatus.SUBMITTED);
        profileWarning.addTo(model, user);
        return "obligation/obligation";
    }

    private BoardRow boardRow(ObligationRow row, RsitCategory category, Instant now) {
        var locale = LocaleContextHolder.getLocale();
        var urgency = Urgency.of(row, now);
        String timeLeft = TimeLeft.of(row, now, messages, locale);
        // the exact time left only where the urgency's words round it off
        boolean rounded = urgency == Urgency.WITHIN_24_H || urgency == Urgency.WITHOUT_UNDUE_DELAY;
        return new BoardRow(row, ruleNames.of(row.ruleId(), row.title(), locale), timeLeft, urgency.cssClass(),
                TimeLeft.urgency(urgency, row, now, messages, locale), rounded ? timeLeft : "",
                category == null ? null : category.code());
    }

    // the page renders the rule's detail in the viewer's language, from the same key as the API's problem
    private static void reject(BindingResult errors, String field, ObligationRuleException e) {
        errors.rejectValue(field, "problem." + e.messageKey() + ".detail", e.arguments(), e.code());
    }

    private ObligationRow own(VigilUser user, UUID obligationId) {
        return obligations.of(obligationId, HospitalId.of(user.ownHospital()));
    }

    private ZoneId viewerZone() {
        return zone(viewerTime.zoneId());
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /**
     * One obligation as a row of the board.
     *
     * @param name         the rule's name in the viewer's language
     * @param urgencyClass the CSS class that colours the row; {@code urgencyText} says the same in words
     * @param clockDetail  the exact time left beside the urgency's words, or empty when they say it already
     * @param category     the incident's RSIT code, which the page names (ui-kit's {@code rsit.<code>}); null if unseen
     */
    record BoardRow(ObligationRow obligation, String name, String timeLeft, String urgencyClass, String urgencyText,
                    String clockDetail, String category) {
    }
}
