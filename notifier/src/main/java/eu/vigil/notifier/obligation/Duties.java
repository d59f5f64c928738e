package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.rules.ApplicableRule;
import eu.vigil.notifier.rules.RecipientKind;
import eu.vigil.notifier.rules.RuleBook;
import eu.vigil.notifier.rules.Trigger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns what the notifier learns about an incident into commands to its obligations, by the rules that apply to
 * the incident's hospital. Every command is safe to send twice: obligation ids follow from incident and rule.
 */
@Component
public class Duties {

    public static final String NIS2 = "nis2";
    public static final String GDPR = "gdpr";
    static final String NOTIFICATION = "NIS2_INCIDENT_NOTIFICATION";
    static final String END_OF_IMPACT_COMMUNICATION = "NIS2_END_OF_IMPACT_COMMUNICATION";
    private static final String FINAL_REPORT = "NIS2_FINAL_REPORT";
    private static final String PROGRESS_REPORT = "NIS2_PROGRESS_REPORT";

    private final RuleBook rules;
    private final HospitalProfiles profiles;
    private final ObligationView view;
    private final IncidentClocks clocks;
    private final CommandGateway commands;

    Duties(RuleBook rules, HospitalProfiles profiles, ObligationView view, IncidentClocks clocks,
           CommandGateway commands) {
        this.rules = rules;
        this.profiles = profiles;
        this.commands = commands;
        this.clocks = clocks;
        this.view = view;
    }

    /**
     * NIS2 Art. 23(3): significant, or not decided yet (the clocks run, flagged); with the rules that run from the end
     * of handling or of the impact, when those have been recorded already.
     */
    public void significanceHolds(IncidentClock incident, boolean undecided) {
        open(incident, NIS2, Trigger.AWARENESS, incident.awareAt(), undecided);
        handlingConcluded(incident, undecided);
        impactEnded(incident, undecided);
    }

    /**
     * NIS2 Art. 23(4)(e): an incident still ongoing when its final report under (d) fell due owes a final report one
     * month after its handling is concluded; concluded before that, the (d) final report is the final one and the
     * progress report kept in its stand is withdrawn. Nothing while the handling goes on.
     */
    public void handlingConcluded(IncidentClock incident, boolean undecided) {
        Instant concludedAt = incident.handlingConcludedAt();
        if (concludedAt == null) {
            return;
        }
        var obligations = view.ofIncident(incident.incidentId());
        boolean ongoingAtFinalReport = obligations.stream()
                .anyMatch(row -> row.ruleId().equals(FINAL_REPORT) && row.dueAt() != null
                        && row.dueAt().isBefore(concludedAt));
        if (ongoingAtFinalReport) {
            open(incident, NIS2, Trigger.HANDLING_CONCLUDED, concludedAt, undecided);
        } else {
            obligations.stream()
                    .filter(row -> row.ruleId().equals(PROGRESS_REPORT) && row.status().isRunning())
                    .forEach(progress -> send(progress.hospitalId(), new WithdrawObligation(progress.obligationId(),
                            "Handling concluded before the final report fell due: NIS2 Art. 23(4)(d) applies")));
        }
    }

    /** Portugal (DL 125/2025): the end of the impact on the hospital's services is communicated within 24 hours. */
    public void impactEnded(IncidentClock incident, boolean undecided) {
        if (incident.impactEndedAt() != null) {
            open(incident, NIS2, Trigger.IMPACT_ENDED, incident.impactEndedAt(), undecided);
        }
    }

    /** GDPR Art. 33(1) and 33(5): personal data involved or not known to be uninvolved. */
    public void personalDataInvolved(IncidentClock incident) {
        open(incident, GDPR, Trigger.PERSONAL_DATA_AWARENESS, incident.personalDataAwareAt(), false);
    }

    /** The trigger of a regime's obligations no longer holds; submitted ones stay as they are. */
    public void noLongerHolds(IncidentId incident, String regime, String reason) {
        view.running(incident, regime).forEach(obligation ->
                send(obligation.hospitalId(), new WithdrawObligation(obligation.obligationId(), reason)));
    }

    /**
     * A corrected instant (awareness, the breach's awareness, the end of handling or of the impact) moves every running
     * obligation that runs from it; the others stay as they are.
     */
    public void clockMoved(IncidentClock incident, String reason) {
        var profile = profiles.of(incident.hospitalId());
        for (var obligation : view.running(incident.incidentId())) {
            var rule = rule(profile, obligation.regime(), obligation.ruleId());
            if (rule == null) {
                continue;
            }
            Instant trigger = incident.instantOf(rule.rule().trigger());
            if (trigger != null && !trigger.equals(obligation.triggeredAt())) {
                var due = incident.due(rule.rule().offset(), trigger, profile.timeZone()).orElse(null);
                send(obligation.hospitalId(), new MoveDue(obligation.obligationId(), trigger, due, reason));
            }
        }
    }

    /**
     * NIS2 Art. 23(4)(d): the final report runs from the notification's actual submission; while the handling goes
     * on, so does the progress report of 23(4)(e), due at the same time in case the incident is still ongoing then
     * (withdrawn when the handling concludes before).
     */
    void notificationSubmitted(ObligationRow notification, Instant submittedAt) {
        var incident = clocks.of(notification.incidentId()).orElseThrow();
        var profile = profiles.of(notification.hospitalId());
        rules.rulesFor(profile.country(), NIS2).stream()
                .filter(rule -> rule.rule().trigger() == Trigger.NOTIFICATION_SUBMITTED)
                .filter(rule -> !rule.rule().id().equals(PROGRESS_REPORT) || incident.handlingConcludedAt() == null)
                .forEach(rule -> openOne(incident, profile, NIS2, rule, submittedAt, false));
    }

    /** Portugal (DL 125/2025): the final report runs from the end-of-impact communication's actual submission. */
    void endOfImpactCommunicated(ObligationRow communication, Instant submittedAt) {
        var incident = clocks.of(communication.incidentId()).orElseThrow();
        open(incident, NIS2, Trigger.END_OF_IMPACT_COMMUNICATED, submittedAt, false);
    }

    /**
     * NIS2 Art. 23(4)(c): the authority asked for an intermediate report, due when it said. Each request is an
     * obligation of its own.
     */
    UUID intermediateReportRequested(IncidentClock incident, Actor dpo, Instant requestedAt, Instant dueAt,
                                     String request) {
        var profile = profiles.of(incident.hospitalId());
        var rule = rule(profile, NIS2, "NIS2_INTERMEDIATE_REPORT");
        UUID id = ObligationIds.of(incident.incidentId(), rule.rule().id() + "@" + requestedAt);
        send(dpo, incident.hospitalId(), new OpenObligation(id, terms(incident, profile, NIS2, rule, request),
                requestedAt, dueAt, false));
        return id;
    }

    /**
     * GDPR Art. 34(1): the DPO decided the breach is likely to result in a high risk to the data subjects; the
     * communication runs "without undue delay" from the awareness of the breach.
     */
    List<UUID> highRiskDecided(IncidentClock incident, Actor dpo, String reasons) {
        if (incident.personalDataAwareAt() == null) {
            throw ObligationRuleException.noPersonalData();
        }
        var profile = profiles.of(incident.hospitalId());
        return rules.rulesFor(profile.country(), GDPR).stream()
                .filter(rule -> rule.rule().trigger() == Trigger.HIGH_RISK_DECIDED)
                .map(rule -> {
                    UUID id = ObligationIds.of(incident.incidentId(), rule.rule().id());
                    send(dpo, incident.hospitalId(), new OpenObligation(id,
                            terms(incident, profile, GDPR, rule, reasons), incident.personalDataAwareAt(),
                            incident.due(rule.rule().offset(), incident.personalDataAwareAt(), profile.timeZone())
                                    .orElse(null), false));
                    return id;
                })
                .toList();
    }

    private void open(IncidentClock incident, String regime, Trigger trigger, Instant triggeredAt, boolean undecided) {
        var profile = profiles.of(incident.hospitalId());
        rules.rulesFor(profile.country(), regime).stream()
                .filter(rule -> rule.rule().trigger() == trigger)
                .forEach(rule -> openOne(incident, profile, regime, rule, triggeredAt, undecided));
    }

    private void openOne(IncidentClock incident, HospitalProfile profile, String regime, ApplicableRule applicable,
                         Instant triggeredAt, boolean undecided) {
        var rule = applicable.rule();
        var due = incident.due(rule.offset(), triggeredAt, profile.timeZone()).orElse(null);
        send(ObligationMetaData.NOTIFIER, incident.hospitalId(), new OpenObligation(
                ObligationIds.of(incident.incidentId(), rule.id()), terms(incident, profile, regime, applicable, null),
                triggeredAt, due, undecided));
    }

    private static ObligationTerms terms(IncidentClock incident, HospitalProfile profile, String regime,
                                         ApplicableRule applicable, String basis) {
        var rule = applicable.rule();
        return new ObligationTerms(incident.incidentId(), incident.hospitalId(), rule.id(), regime, rule.title(),
                rule.recipient().code(), authority(profile, rule.recipient()), rule.legalBasis(), rule.source(),
                applicable.jurisdiction(), applicable.ruleVersion(), applicable.baselineFallback(),
                profile.timeZone().getId(), basis);
    }

    private ApplicableRule rule(HospitalProfile profile, String regime, String ruleId) {
        return rules.rulesFor(profile.country(), regime).stream()
                .filter(rule -> rule.rule().id().equals(ruleId)).findFirst().orElse(null);
    }

    private static String authority(HospitalProfile profile, RecipientKind recipient) {
        return switch (recipient) {
            case CSIRT -> profile.nis2Authority();
            case DATA_PROTECTION_AUTHORITY -> profile.dataProtectionAuthority();
            default -> null; // data subjects, recipients of the service, the hospital's own register
        };
    }

    private void send(HospitalId hospital, Object command) {
        send(ObligationMetaData.NOTIFIER, hospital, command);
    }

    private void send(Actor actor, HospitalId hospital, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ObligationMetaData.of(actor, hospital)));
    }
}
